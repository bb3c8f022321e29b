import DanVanIntents
import DanVanText

/// Sentences of a filtered list of cited documents ("các nghị quyết của Quốc hội từ năm 2020").
extension Msg {
    /// "năm 2021", "từ năm 2022", "trước năm 2020", "từ năm 2020 đến năm 2023".
    public static func yearRangePhrase(_ y: YearRange) -> String {
        switch (y.lower, y.upper) {
        case let (a?, b?) where a == b: return "năm \(a)"
        case let (a?, b?): return "từ năm \(a) đến năm \(b)"
        case let (a?, nil): return "từ năm \(a)"
        case let (nil, b?): return "trước năm \(b + 1)"
        case (nil, nil): return ""
        }
    }

    /// "Các nghị quyết của Quốc hội được kế hoạch nhắc đến, ban hành từ năm 2020".
    public static func basesFilteredTitle(kind: String?, issuer: String?, period: String?) -> String {
        var s = kind.map { "Các \($0.lowercased())" } ?? "Văn bản"
        if let issuer { s += " của \(issuer)" }
        s += " được kế hoạch nhắc đến"
        return s + (period.map { ", ban hành \($0)" } ?? "")
    }

    /// "Không có văn bản căn cứ nào là nghị quyết của Quốc hội ban hành từ năm 2024." and the documents there are.
    public static func noDocumentsMatching(kind: String?, issuer: String?, period: String?, others: String) -> String {
        var s = "Không có văn bản căn cứ nào"
        if let kind { s += " là \(kind.lowercased())" }
        if let issuer { s += " của \(issuer)" }
        if let period { s += " ban hành \(period)" }
        s += " trong kế hoạch."
        return s + (others.isEmpty ? "" : " Các văn bản được nhắc đến: \(others).")
    }
}
