/// A short form the plan itself defines: "hộ kinh doanh (HKD)", "… (sau đây gọi tắt là Chương trình)".
public struct Abbreviation: Codable, Equatable, Sendable {
    /// The short form as written ("HKD", "Chương trình").
    public var short: String
    /// What it stands for, as the plan writes it ("hộ kinh doanh").
    public var full: String
    /// The section that defines it ("preamble", "II.1").
    public var section: String
}
