import DanVanKnowledge
import DanVanText

/// A plan's own written text, rebuilt from its model: what a practice question may draw from.
public enum PlanText {
    /// Header, preamble, every section's title and paragraphs, recipients, the appendix's cells.
    public static func of(_ plan: Plan) -> String {
        var parts = [plan.number ?? "", plan.issuer, plan.title, plan.preamble, plan.reportsTo ?? ""]
        for s in plan.sections { parts.append(s.title); parts += s.paragraphs }
        parts += plan.recipients
        for u in plan.units { parts.append(u.name); parts += u.duties.map(\.text) }
        parts += plan.deadlines.map(\.text)
        for r in plan.appendix { parts += [r.title, r.lead ?? "", r.coordinating ?? "", r.deadline ?? "", r.group ?? ""] }
        return parts.joined(separator: "\n")
    }

    /// The folded text, words separated by single spaces, for containment checks.
    public static func folded(_ plan: Plan) -> String {
        " " + Tokenizer.foldedWords(of(plan)).joined(separator: " ") + " "
    }

    /// Whether `phrase`, folded, is written in the folded text (as whole words).
    public static func states(_ folded: String, _ phrase: String) -> Bool {
        let words = Tokenizer.foldedWords(phrase)
        return !words.isEmpty && folded.contains(" " + words.joined(separator: " ") + " ")
    }

    /// Every calendar date written in the text.
    public static func dates(_ plan: Plan) -> Set<CalendarDate> {
        var found = Set<CalendarDate>()
        for m in DateExtractor.mentions(in: Folding.fold(of(plan))) {
            if case .date(let d) = m.value { found.insert(d) }
        }
        return found
    }
}
