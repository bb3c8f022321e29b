import Foundation

/// Writes all-day events as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets
/// (never inside a UTF-8 character), TEXT values escaped (`\\`, `;`, `,`, newlines), DTSTAMP on every
/// event, dates as `VALUE=DATE`.
///
///     let text = ICalendarWriter(name: "danvan", stamp: Date()).calendar([event])
///     // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//danvan//danvan//VI\r\n…"
public struct ICalendarWriter {
    /// The calendar's name (X-WR-CALNAME), shown by phones and Thunderbird.
    public var name: String
    /// DTSTAMP: when the file was made (UTC).
    public var stamp: Date

    public init(name: String, stamp: Date) {
        self.name = name
        self.stamp = stamp
    }

    public func calendar(_ events: [ICalendarEvent]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//danvan//danvan//VI", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name)]
        let stampText = Self.utc(stamp)
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + Self.escape(event.uid), "DTSTAMP:" + stampText,
                      "DTSTART;VALUE=DATE:" + Self.date(event.date),
                      "DTEND;VALUE=DATE:" + Self.date(event.date.adding(days: 1)),
                      "SUMMARY:" + Self.escape(event.summary)]
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            if !event.categories.isEmpty { lines.append("CATEGORIES:" + event.categories.map(Self.escape).joined(separator: ",")) }
            if let rule = event.rule { lines.append("RRULE:" + rule) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default:
                // Other control characters are not allowed in a TEXT value.
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets: CRLF then one space, never splitting a UTF-8 character.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            // The first line holds 75 octets; a continuation's leading space counts, so 74 more.
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    static func date(_ d: CalendarDate) -> String {
        CalendarDate.padded(d.year, 4) + CalendarDate.padded(d.month, 2) + CalendarDate.padded(d.day, 2)
    }

    static func utc(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
        return CalendarDate.padded(p.year ?? 1970, 4) + CalendarDate.padded(p.month ?? 1, 2) + CalendarDate.padded(p.day ?? 1, 2)
            + "T" + CalendarDate.padded(p.hour ?? 0, 2) + CalendarDate.padded(p.minute ?? 0, 2) + CalendarDate.padded(p.second ?? 0, 2) + "Z"
    }
}
