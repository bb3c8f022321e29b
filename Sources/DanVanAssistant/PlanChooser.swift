import DanVanIntents
import DanVanKnowledge

/// Which plan a question is about: the one it names, else the one in context, else the default; and
/// the plan that can answer when the question names a document or an outside unit of another plan.
struct PlanChooser {
    let knowledge: KnowledgeBase

    func plan(for slots: Slots, context: ConversationContext) -> Plan? {
        if let id = slots.plan, let p = knowledge.plan(id: id) { return p }
        if let id = context.planID, let p = knowledge.plan(id: id) { return p }
        return knowledge.defaultPlan
    }

    /// Another plan to answer from, or nil to answer from `plan`.
    ///
    /// - A document the plan in focus does not cite, but another plan does.
    /// - A unit the plan in focus does not name, but another plan does — unless it is one of the
    ///   commune's own units and the plan in focus has duties for every unit (then those apply).
    func redirect(_ intent: KnowledgeIntent, slots: Slots, from plan: Plan, answerer: KnowledgeAnswerer) -> Plan? {
        guard slots.plan == nil else { return nil }
        if intent == .legalDocument, let ref = slots.document, !ref.matches.contains(where: { $0.planID == plan.id }),
           let other = ref.matches.first, let home = knowledge.plan(id: other.planID) {
            return home
        }
        if intent == .unitDuties, let unit = slots.unit, !knowledge.units.isCollective(unit), !answerer.names(plan, unit: unit),
           !(knowledge.units.communeUnits.contains(unit) && plan.allUnitsSection != nil),
           let otherID = knowledge.plans(namingUnit: unit).last, let other = knowledge.plan(id: otherID) {
            return other
        }
        return nil
    }
}
