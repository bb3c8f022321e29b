import DanVanKnowledge
import DanVanText
import Foundation

/// The rules of Nghị định 30/2020/NĐ-CP a draft follows, derived from the plan's own words and the
/// vocabulary (levels, symbol rules: `Data/`; openings that say "carry out": `Intents/entities.yaml`):
/// the issuing body's symbol ("BC-KT"), the place of issue, the date line, the report's subject.
///
///     let style = AdministrativeStyle(units: knowledge.units, carryOutOpenings: catalog.vocabulary.carryOutOpenings)
///     style.symbol(of: "Phòng Văn hóa - Xã hội")                      // "VHXH"
///     style.place(ofIssuer: "Ủy ban nhân dân xã Đường An")             // "Đường An"
///     AdministrativeStyle.dateLine(place: "Đường An", date: CalendarDate(iso: "2025-09-05")!)
///     // "Đường An, ngày 05 tháng 9 năm 2025"
public struct AdministrativeStyle: Sendable {
    /// Levels, connecting words and symbol rules of names.
    let units: UnitDirectory
    /// Folded openings of a plan title that say "carry out", longest first; the subject restates them
    /// as "Kết quả thực hiện".
    let carryOutOpenings: [[String]]

    public init(units: UnitDirectory, carryOutOpenings: [[String]]) {
        self.units = units
        self.carryOutOpenings = carryOutOpenings.sorted { $0.count > $1.count }
    }

    /// The header block of a report issued by `office` (nil: the authority itself) under `plan`'s issuer.
    func header(plan: Plan, office: String?, today: CalendarDate) -> ReportHeader {
        ReportHeader(authority: plan.issuer.uppercased(), office: office?.uppercased(),
                     numberLine: Msg.reportNumberLine(symbol: symbol(of: office ?? plan.issuer)),
                     placeDate: Self.dateLine(place: plan.place ?? place(ofIssuer: plan.issuer), date: today))
    }

    /// The place named after the level word of an authority ("Ủy ban nhân dân xã Đường An" → "Đường An").
    func place(ofIssuer issuer: String) -> String? { units.place(ofAuthority: issuer) }

    /// The issuing body's symbol after "BC-" (`UnitDirectory.symbol(of:)`).
    func symbol(of name: String) -> String { units.symbol(of: name) }

    /// "Đường An, ngày 05 tháng 9 năm 2025": days under 10 and months 1–2 take a leading zero.
    static func dateLine(place: String?, date: CalendarDate) -> String {
        let day = date.day < 10 ? String(format: "%02d", date.day) : "\(date.day)"
        let month = date.month <= 2 ? String(format: "%02d", date.month) : "\(date.month)"
        return Msg.reportPlaceDate(place: place, day: day, month: month, year: date.year)
    }

    /// The topic a report's subject names, and the year the plan's title ends with, if any:
    /// "Triển khai thực hiện công tác dân vận … năm 2025" → ("công tác dân vận …", 2025).
    func topic(of plan: Plan) -> (topic: String, year: Int?) {
        var words = plan.title.split(separator: " ").map(String.init)
        var year: Int?
        if words.count >= 3, DateGrammar.shared.isYearWord(words[words.count - 2]),
           let y = Int(words[words.count - 1].trimmingCharacters(in: .punctuationCharacters)), y > 1900 {
            year = y
            words.removeLast(2)
        }
        let folded = words.map(Folding.fold)
        if let opening = carryOutOpenings.first(where: { folded.starts(with: $0) && words.count > $0.count }) {
            return (words.dropFirst(opening.count).joined(separator: " "), year)
        }
        return (Msg.reportPlanTopic(Self.lowercasingFirst(words.joined(separator: " "))), year)
    }

    /// The subject line under "BÁO CÁO".
    func subject(plan: Plan, period: ReportPeriod, compiled: Bool) -> String {
        let (topic, year) = topic(of: plan)
        let y = year ?? period.deadline.year
        return compiled ? Msg.reportCompiledSubject(topic: topic, round: period.round, year: y)
            : Msg.reportSubject(topic: topic, round: period.round, year: y)
    }

    /// The opening sentence naming the plan the report answers to.
    static func basis(plan: Plan) -> String {
        Msg.reportBasis(number: plan.number, date: plan.date?.display, issuer: plan.issuer, title: lowercasingFirst(plan.title))
    }

    /// A sentence-case title inside a sentence: first letter lowered unless the word is an acronym.
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let rest = text.dropFirst()
        if let second = rest.first, second.isUppercase { return text }
        return first.lowercased() + rest
    }
}
