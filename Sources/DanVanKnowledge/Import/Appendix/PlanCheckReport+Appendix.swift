import DanVanText

extension PlanCheckReport {
    /// "bảng phụ lục: 11 dòng, 2 dòng thiếu đơn vị chủ trì", then the rows without a lead unit to verify.
    static func appendixBlocks(_ plan: Plan) -> [AnswerDocument.Block] {
        guard !plan.appendix.isEmpty else { return [.paragraph(Msg.appendixCheckNone)] }
        let withoutLead = plan.appendix.filter { $0.lead == nil }
        var blocks: [AnswerDocument.Block] = [.paragraph(Msg.appendixCheck(rows: plan.appendix.count, withoutLead: withoutLead.count))]
        if !withoutLead.isEmpty {
            blocks.append(.bullets(withoutLead.map { Msg.appendixRowLine(number: $0.number ?? String($0.row), title: $0.title, lead: nil, deadline: $0.deadline) }))
        }
        return blocks
    }
}
