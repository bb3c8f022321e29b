import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

extension Assistant {
    /// The answer to `report.draft` ("báo cáo lần 2 của phòng kinh tế") and `report.compiled`
    /// ("báo cáo tổng hợp lần 2"): a summary of the draft and the command that writes all of it.
    func reportReply(_ intent: ReportIntent, publicIntent: IntentID, slots: Slots, plan: Plan, confidence: Double) -> Reply {
        let compiled = intent == .compiled
        var shown = slots.removing(.plan).display.filter { !(compiled && $0.key == "unit") }
        shown["plan"] = plan.id
        shown["report"] = compiled ? "compiled" : "unit"
        func reply(_ blocks: [AnswerDocument.Block]) -> Reply {
            Reply(intent: publicIntent, slots: shown, confidence: confidence, document: AnswerDocument(blocks: blocks), planID: plan.id)
        }
        let unit = compiled ? nil : slots.unit
        guard compiled || unit != nil else { return reply([.paragraph(Msg.reportAskUnit)]) }
        guard let desk = tasks else { return reply([.paragraph(Msg.reportStoreNotOpened)]) }
        let drafter = ReportDrafter(plan: plan, units: knowledge.units, carryOutOpenings: catalog.vocabulary.carryOutOpenings, today: today)
        do {
            let request = ReportRequest(unit: unit, round: slots.round, compiled: compiled)
            let stored: [(task: PlanTask, notes: [ProgressNote])]
            do {
                guard let found = try desk.reportTasks() else { throw ReportError.noStore(path: desk.location) }
                stored = found
            } catch let error as ReportError {
                throw error
            } catch {
                throw ReportError.store(TaskErrorWording.message(for: error))
            }
            let draft = try drafter.draft(request, tasks: stored)
            shown["round"] = "\(draft.period.round)"
            var rows: [TaskRow]?
            if case .unit(let r) = draft {
                rows = r.items.map { TaskRow(TaskSummary($0.task)) }
            }
            return Reply(intent: publicIntent, slots: shown, confidence: confidence, document: draft.summary(), tasks: rows,
                         planID: plan.id)
        } catch let error as ReportError {
            return reply([.paragraph(error.message)])
        } catch {
            return reply([.paragraph(Msg.reportStoreFailed("\(error)"))])
        }
    }
}

