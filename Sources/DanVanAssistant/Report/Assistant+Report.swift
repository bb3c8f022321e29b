import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

extension Assistant {
    /// The answer to `report.draft` ("báo cáo lần 2 của phòng kinh tế") and `report.compiled`
    /// ("báo cáo tổng hợp lần 2"): a summary of the draft and the command that writes all of it.
    func reportReply(_ intentID: String, publicID: String, slots: [String: Entity], plan: Plan, confidence: Double) -> Reply {
        let compiled = intentID == "report.compiled"
        var shown = slots.mapValues(\.display).filter { $0.key != "plan" && !(compiled && $0.key == "unit") }
        shown["plan"] = plan.id
        shown["report"] = compiled ? "compiled" : "unit"
        func reply(_ blocks: [AnswerDocument.Block]) -> Reply {
            Reply(intent: publicID, slots: shown, confidence: confidence, document: AnswerDocument(blocks: blocks), planID: plan.id)
        }
        let unit = compiled ? nil : slots["unit"]?.text
        guard compiled || unit != nil else { return reply([.paragraph(Msg.reportAskUnit)]) }
        guard let desk = tasks as? StoreTaskDesk else { return reply([.paragraph(Msg.reportStoreNotOpened)]) }
        let drafter = ReportDrafter(plan: plan, units: knowledge.units, today: today)
        do {
            let request = ReportRequest(unit: unit, round: slots["round"]?.number, compiled: compiled)
            let draft: ReportDraft
            if let store = try desk.storeForReport() {
                draft = try drafter.draft(request, store: store)
            } else {
                draft = try drafter.draft(request, storePath: desk.path)  // no store yet: the worded refusal
            }
            shown["round"] = "\(draft.period.round)"
            var rows: [TaskRow]?
            if case .unit(let r) = draft {
                rows = r.items.map { StoreTaskDesk.row(TaskSummary($0.task)) }
            }
            return Reply(intent: publicID, slots: shown, confidence: confidence, document: draft.summary(), tasks: rows,
                         planID: plan.id)
        } catch let error as ReportError {
            return reply([.paragraph(error.message)])
        } catch {
            return reply([.paragraph(Msg.reportStoreFailed(TaskErrorWording.message(for: error)))])
        }
    }
}

