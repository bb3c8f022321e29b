/// A time of day as plans write it: "19h00", "9h", "16 giờ 30".
public struct TimeOfDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    /// A valid time (0–23 h, 0–59 min), or nil.
    public init?(hour: Int, minute: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// "19h00", as Vietnamese documents write times.
    public var display: String { "\(hour)h" + CalendarDate.padded(minute, 2) }
    public var description: String { display }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}
