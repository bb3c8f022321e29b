import Foundation

/// Reads the YAML subset the vocabulary files use and decodes it into a `Decodable` type.
///
///     try VocabularyReader.decode(Words.self, from: "nouns: [\"nhiệm vụ\", nv]")   // Words(nouns: ["nhiệm vụ", "nv"])
///
/// The subset: nested maps by indentation, lists of scalars (block `- item` or flow `[a, "b"]`, a
/// flow list may span lines), plain or quoted scalars, `#` comments. Every scalar decodes as a
/// `String`. DanVanTasks does not link Yams; the same files also decode with Yams.
enum VocabularyReader {
    /// A malformed vocabulary file.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var reason: String
    }

    private struct Line {
        var number: Int
        var indent: Int
        var text: String
    }

    /// Decodes `type` from the YAML-subset `text`.
    ///
    /// - Throws: `SyntaxError` for text outside the subset, `DecodingError` for a shape mismatch.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let value = try parse(text)
        let data = try JSONSerialization.data(withJSONObject: value)
        return try JSONDecoder().decode(type, from: data)
    }

    /// The text as Foundation values: `[String: Any]`, `[Any]` and `String`.
    static func parse(_ text: String) throws -> Any {
        let lines = try logicalLines(text)
        var index = 0
        guard !lines.isEmpty else { return [String: Any]() }
        let value = try block(lines, &index, indent: lines[0].indent)
        if index < lines.count {
            throw SyntaxError(line: lines[index].number, reason: "unexpected indentation")
        }
        return value
    }

    private static func block(_ lines: [Line], _ index: inout Int, indent: Int) throws -> Any {
        if lines[index].text.hasPrefix("- ") || lines[index].text == "-" {
            var items: [Any] = []
            while index < lines.count, lines[index].indent == indent, lines[index].text.hasPrefix("-") {
                let item = String(lines[index].text.dropFirst()).trimmingCharacters(in: .whitespaces)
                items.append(try scalarOrFlow(item, line: lines[index].number))
                index += 1
            }
            return items
        }
        var map: [String: Any] = [:]
        while index < lines.count, lines[index].indent == indent {
            let line = lines[index]
            guard let colon = keySeparator(in: line.text) else {
                throw SyntaxError(line: line.number, reason: "expected `key: value`")
            }
            let key = unquote(String(line.text[..<colon]).trimmingCharacters(in: .whitespaces))
            let rest = String(line.text[line.text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            index += 1
            if !rest.isEmpty {
                map[key] = try scalarOrFlow(rest, line: line.number)
            } else if index < lines.count, lines[index].indent > indent {
                map[key] = try block(lines, &index, indent: lines[index].indent)
            } else {
                map[key] = [String]()
            }
        }
        return map
    }

    private static func scalarOrFlow(_ text: String, line: Int) throws -> Any {
        guard text.hasPrefix("[") else { return unquote(text) }
        guard text.hasSuffix("]") else { throw SyntaxError(line: line, reason: "unclosed `[`") }
        let body = text.dropFirst().dropLast()
        return splitOutsideQuotes(String(body), separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map(unquote)
    }

    /// Lines without comments and blank lines, flow lists joined into one line.
    private static func logicalLines(_ text: String) throws -> [Line] {
        var result: [Line] = []
        var pending: Line?
        for (offset, raw) in text.components(separatedBy: .newlines).enumerated() {
            let stripped = stripComment(raw)
            if var open = pending {
                open.text += " " + stripped.trimmingCharacters(in: .whitespaces)
                pending = bracketsBalanced(open.text) ? nil : open
                if pending == nil { result.append(open) }
                continue
            }
            let trimmed = stripped.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if raw.contains("\t") { throw SyntaxError(line: offset + 1, reason: "tab in indentation") }
            let indent = stripped.prefix(while: { $0 == " " }).count
            let line = Line(number: offset + 1, indent: indent, text: trimmed)
            if bracketsBalanced(trimmed) { result.append(line) } else { pending = line }
        }
        if let open = pending { throw SyntaxError(line: open.number, reason: "unclosed `[`") }
        return result
    }

    private static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (i, c) in zip(line.indices, line) {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if previous == " " || previous == "[" || previous == "," || previous == ":" || previous == "-" {
                    quote = c
                }
            } else if c == "#", previous == " " || previous == "\t" {
                return String(line[..<i])
            }
            previous = c
        }
        return line
    }

    private static func bracketsBalanced(_ text: String) -> Bool {
        var depth = 0
        var quote: Character?
        for c in text {
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "\"", "'": quote = c
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
        }
        return depth <= 0
    }

    private static func keySeparator(in text: String) -> String.Index? {
        var quote: Character?
        for (i, c) in zip(text.indices, text) {
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == ":" {
                let next = text.index(after: i)
                if next == text.endIndex || text[next] == " " { return i }
            }
        }
        return nil
    }

    private static func splitOutsideQuotes(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if current.trimmingCharacters(in: .whitespaces).isEmpty { quote = c }
            } else if c == separator {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    private static func unquote(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
            var out = ""
            var escaped = false
            for c in text.dropFirst().dropLast() {
                if escaped { out.append(c == "n" ? "\n" : c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
            }
            return out
        }
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
            return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        return text
    }
}
