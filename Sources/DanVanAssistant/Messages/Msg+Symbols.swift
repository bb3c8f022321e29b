import DanVanText

/// Sentences explaining the letters of a document symbol ("QĐ-UBND là gì").
extension Msg {
    public static let symbolSource = "Danh mục loại văn bản và cơ quan ban hành (Data/vocabulary/document-kinds.yaml), bảng thuật ngữ (Data/glossary.yaml)"
    /// "QĐ-UBND là phần chữ của số, ký hiệu văn bản: QĐ = Quyết định; UBND = Ủy ban nhân dân."
    public static func symbolExplained(_ symbol: String, _ summary: String) -> String {
        "\(symbol) là phần chữ trong số, ký hiệu của một văn bản (loại văn bản, rồi cơ quan ban hành): \(summary)."
    }
    /// "QĐ: loại văn bản — Quyết định (văn bản của Đảng: cũng có thể là Quy định)".
    public static func symbolKindPiece(_ code: String, _ name: String, alternatives: [String]) -> String {
        "\(code): loại văn bản — \(name)" + (alternatives.isEmpty ? "" : " (cũng có thể là \(alternatives.joined(separator: ", ")))")
    }
    /// "UBTVQH15: cơ quan ban hành — Ủy ban Thường vụ Quốc hội, khóa 15".
    public static func symbolIssuerPiece(_ code: String, _ name: String, term: Int?) -> String {
        "\(code): cơ quan ban hành — \(name)" + (term.map { ", khóa \($0)" } ?? "")
    }
}
