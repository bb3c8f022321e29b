import Yams

/// Reads a decoding error of a data file (YAML or JSON) into what a person needs: the line and a reason.
///
///     DataFileError.read(error)   // (line: 12, reason: "parser: while parsing a flow node …")
public enum DataFileError {
    /// The line (when the YAML parser knows it) and a one-line reason.
    public static func read(_ error: Error) -> (line: Int?, reason: String) {
        if case DecodingError.dataCorrupted(let context) = error, let inner = context.underlyingError as? YamlError {
            return read(inner)  // Yams wraps its syntax errors; the wrapped one knows the line
        }
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
                // An unclosed bracket is noticed a line or more later: then the line where it opened says more.
                // (Other contexts, such as the enclosing block, start far earlier and say less.)
                let opened = context.flatMap { $0.text.contains("flow") ? $0.mark.line : nil }
                return (min(opened ?? mark.line, mark.line), "\(yaml)")
            default:
                return (nil, "\(yaml)")
            }
        }
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                let path = c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
                return (nil, path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)")
            @unknown default:
                return (nil, "\(error)")
            }
        }
        return (nil, "\(error)")
    }
}
