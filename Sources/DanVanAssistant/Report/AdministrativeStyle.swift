import DanVanKnowledge
import DanVanText
import Foundation

/// The rules of Nghị định 30/2020/NĐ-CP a draft follows, derived from the plan's own words only:
/// the issuing body's symbol ("BC-KT"), the place of issue, the date line, the report's subject.
///
///     AdministrativeStyle.symbol(of: "Phòng Văn hóa - Xã hội", levels: units.levelPhrases)           // "VHXH"
///     AdministrativeStyle.place(ofIssuer: "Ủy ban nhân dân xã Đường An", levels: units.levelPhrases)  // "Đường An"
///     AdministrativeStyle.dateLine(place: "Đường An", date: CalendarDate(iso: "2025-09-05")!)
///     // "Đường An, ngày 05 tháng 9 năm 2025"
enum AdministrativeStyle {
    /// Opening words of a plan title that say "carry out" ("Triển khai thực hiện công tác dân vận…"),
    /// folded, longest first; the report's subject restates them as "Kết quả thực hiện".
    static let carryOutOpenings: [[String]] = [["trien", "khai", "thuc", "hien"], ["to", "chuc", "thuc", "hien"],
                                                ["trien", "khai"], ["thuc", "hien"]]

    /// The header block of a report issued by `office` (nil: the authority itself) under `plan`'s issuer.
    ///
    /// `levels`: the administrative levels, folded (`UnitDirectory.levelPhrases`), that precede a place name.
    static func header(plan: Plan, office: String?, levels: [[String]], today: CalendarDate) -> ReportHeader {
        ReportHeader(authority: plan.issuer.uppercased(), office: office?.uppercased(),
                     numberLine: Msg.reportNumberLine(symbol: symbol(of: office ?? plan.issuer, levels: levels)),
                     placeDate: dateLine(place: plan.place ?? place(ofIssuer: plan.issuer, levels: levels), date: today))
    }

    /// Where the level word of an authority's name starts, if it names a place after it.
    /// Only lower-case occurrences count: "Văn hóa - Xã hội" is not a place.
    private static func levelIndex(_ words: [String], _ levelWords: [[String]]) -> (index: Int, length: Int)? {
        let folded = words.map(Folding.fold)
        for i in words.indices.dropFirst() where words[i].first?.isLowercase == true {
            for level in levelWords where i + level.count <= words.count && Array(folded[i..<i + level.count]) == level {
                return (i, level.count)
            }
        }
        return nil
    }

    /// The place named after the level word of an authority ("Ủy ban nhân dân xã Đường An" → "Đường An").
    static func place(ofIssuer issuer: String, levels: [[String]]) -> String? {
        let words = issuer.split(separator: " ").map(String.init)
        guard let level = levelIndex(words, levels), level.index + level.length < words.count else { return nil }
        return words[(level.index + level.length)...].joined(separator: " ")
    }

    /// "Đường An, ngày 05 tháng 9 năm 2025": days under 10 and months 1–2 take a leading zero.
    static func dateLine(place: String?, date: CalendarDate) -> String {
        let day = date.day < 10 ? String(format: "%02d", date.day) : "\(date.day)"
        let month = date.month <= 2 ? String(format: "%02d", date.month) : "\(date.month)"
        return Msg.reportPlaceDate(place: place, day: day, month: month, year: date.year)
    }

    /// The issuing body's symbol after "BC-": initials of its name without the level and place
    /// ("Ủy ban nhân dân xã Đường An" → "UBND"), without a leading "Phòng" ("Phòng Kinh tế" → "KT");
    /// "Văn phòng …" is "VP"; acronyms stay whole.
    static func symbol(of name: String, levels: [[String]]) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init).filter { $0 != "&" }
        if let level = levelIndex(words, levels) { words = Array(words[..<level.index]) }
        let folded = words.map(Folding.fold)
        if folded.starts(with: ["van", "phong"]) { return "VP" }
        if folded.first == "phong", words.count > 1 { words.removeFirst() }
        return words.filter { Folding.fold($0) != "va" }.map { word -> String in
            if word.count >= 2, word == word.uppercased() { return word }
            guard let first = word.first else { return "" }
            let base = String(first).decomposedStringWithCanonicalMapping.unicodeScalars.first.map { String($0) } ?? String(first)
            return base.uppercased()
        }.joined()
    }

    /// The topic a report's subject names, and the year the plan's title ends with, if any:
    /// "Triển khai thực hiện công tác dân vận … năm 2025" → ("công tác dân vận …", 2025).
    static func topic(of plan: Plan) -> (topic: String, year: Int?) {
        var words = plan.title.split(separator: " ").map(String.init)
        var year: Int?
        if words.count >= 3, Folding.fold(words[words.count - 2]) == "nam",
           let y = Int(words[words.count - 1].trimmingCharacters(in: .punctuationCharacters)), y > 1900 {
            year = y
            words.removeLast(2)
        }
        let folded = words.map(Folding.fold)
        if let opening = carryOutOpenings.first(where: { folded.starts(with: $0) && words.count > $0.count }) {
            return (words.dropFirst(opening.count).joined(separator: " "), year)
        }
        return (Msg.reportPlanTopic(lowercasingFirst(words.joined(separator: " "))), year)
    }

    /// The subject line under "BÁO CÁO".
    static func subject(plan: Plan, period: ReportPeriod, compiled: Bool) -> String {
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
