/// The header block of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing
/// body on the left, the national name and motto on the right, then the number and the place and date.
///
///     ReportHeader(authority: "ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN", office: "PHÒNG KINH TẾ",
///                  numberLine: "Số:      /BC-KT", placeDate: "Đường An, ngày 10 tháng 9 năm 2025")
public struct ReportHeader: Equatable, Sendable {
    /// The governing body, in capitals ("ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN").
    public var authority: String
    /// The issuing office under it, in capitals ("PHÒNG KINH TẾ"); nil when the authority issues.
    public var office: String?
    /// "Số:      /BC-KT", the number left for the clerk to fill.
    public var numberLine: String
    /// "Đường An, ngày 10 tháng 9 năm 2025".
    public var placeDate: String

    public init(authority: String, office: String?, numberLine: String, placeDate: String) {
        self.authority = authority
        self.office = office
        self.numberLine = numberLine
        self.placeDate = placeDate
    }
}
