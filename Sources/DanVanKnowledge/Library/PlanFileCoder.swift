import Foundation

/// Reads and writes one plan as JSON (pretty, sorted keys, "/" unescaped), naming the file and line
/// of a file that does not decode.
enum PlanFileCoder {
    static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(plan)
        data.append(0x0A)
        return data
    }

    static func decode(_ url: URL) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LibraryError.brokenDataFile(file: url.path, line: nil, detail: nil)
        }
        do {
            return try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw LibraryError.brokenDataFile(file: url.path, line: line(of: error, in: data), detail: detail(of: error))
        } catch {
            throw LibraryError.brokenDataFile(file: url.path, line: nil, detail: nil)
        }
    }

    /// The line of a syntax error: JSONDecoder does not say on Linux, JSONSerialization gives
    /// "around character N" (or "line N" on other platforms).
    private static func line(of error: DecodingError, in data: Data) -> Int? {
        guard case .dataCorrupted(let context) = error, context.codingPath.isEmpty else { return nil }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let ns = error as NSError
            if let index = ns.userInfo["NSJSONSerializationErrorIndex"] as? Int { return lineOf(byte: index, in: data) }
            let text = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let n = number(after: "line ", in: text) { return n }
            if let index = number(after: "character ", in: text) { return lineOf(byte: index, in: data) }
            return nil
        }
    }

    private static func lineOf(byte index: Int, in data: Data) -> Int {
        data.prefix(index).filter { $0 == 0x0A }.count + 1
    }

    private static func number(after word: String, in text: String) -> Int? {
        guard let r = text.range(of: word) else { return nil }
        return Int(text[r.upperBound...].prefix { $0.isNumber })
    }

    /// Where in the plan the value is wrong ("documents.3.date"), for a file that is valid JSON.
    private static func detail(of error: DecodingError) -> String? {
        func path(_ codingPath: [CodingKey]) -> String {
            codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return path(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return path(context.codingPath)
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? nil : path(context.codingPath)
        @unknown default: return nil
        }
    }
}
