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

    /// The line the decoder points at: its byte index, or "line N" in its description.
    private static func line(of error: DecodingError, in data: Data) -> Int? {
        guard case .dataCorrupted(let context) = error else { return nil }
        if let underlying = context.underlyingError as NSError? {
            if let index = underlying.userInfo["NSJSONSerializationErrorIndex"] as? Int {
                return data.prefix(index).filter { $0 == 0x0A }.count + 1
            }
            let text = (underlying.userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(underlying)"
            if let n = lineNumber(in: text) { return n }
        }
        return lineNumber(in: context.debugDescription)
    }

    private static func lineNumber(in text: String) -> Int? {
        guard let r = text.range(of: "line ") else { return nil }
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
