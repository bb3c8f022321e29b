/// Builds an XML document element by element, escaping every text and attribute value, so no part of
/// a file (SpreadsheetML, WordprocessingML) is assembled by pasting strings together.
///
///     var xml = XMLWriter()
///     xml.open("row", ["r": "1"])
///     xml.element("t", text: "Phòng Kinh tế & TTSNC")
///     xml.close()
///     xml.document   // "<?xml version=\"1.0\" …?>\n<row r=\"1\"><t>Phòng Kinh tế &amp; TTSNC</t></row>"
public struct XMLWriter {
    private var output = ""
    private var stack: [String] = []

    public init() {}

    /// The declaration and everything written; every opened element must be closed.
    public var document: String {
        precondition(stack.isEmpty, "unclosed element \(stack.last ?? "")")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + output
    }

    /// Opens an element; attributes keep their order.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name + Self.attributes(attributes) + ">"
        stack.append(name)
    }

    /// Closes the element opened last.
    public mutating func close() {
        guard let name = stack.popLast() else { preconditionFailure("close without open") }
        output += "</" + name + ">"
    }

    /// An element with only attributes (`<col min="1"/>`), or with escaped text.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) {
        guard let text else {
            output += "<" + name + Self.attributes(attributes) + "/>"
            return
        }
        output += "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">"
    }

    /// Escaped character data inside the open element.
    public mutating func text(_ text: String) {
        output += Self.escape(text)
    }

    /// `&`, `<`, `>`, quotes escaped; characters XML 1.0 forbids (most C0 controls) dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }
}
