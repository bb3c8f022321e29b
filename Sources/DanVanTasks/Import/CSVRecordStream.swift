/// CSV records read one at a time from a scalar source, each with the line of the file it starts on
/// (newlines inside quoted fields counted): the reading rules of `CSVRecordReader`, in constant memory.
///
///     var stream = CSVRecordStream(StringScalars("a,\"b,c\"\r\nd,e\r\n"), separator: ",")
///     try stream.next()?.fields   // ["a", "b,c"]
///     try stream.next()?.line     // 2
struct CSVRecordStream<Source: CSVScalarSource> {
    private var source: Source
    let separator: Unicode.Scalar
    private var pending: Unicode.Scalar?
    private var line = 1

    init(_ source: Source, separator: Unicode.Scalar) {
        self.source = source
        self.separator = separator
    }

    /// The next record, or nil at the end of the source.
    ///
    /// - Throws: `CSVRecordReader.Failure` (a quote never closed, a field too long), or the source's error.
    mutating func next() throws -> CSVRecord? {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var fieldScalars = 0
        var inQuotes = false
        let recordLine = line
        var quoteLine = line

        func finish() throws {
            let value = String(field)
            if fieldScalars > CSVRecordReader.fieldLimit, value.count > CSVRecordReader.fieldLimit {
                throw CSVRecordReader.Failure.fieldTooLong(line: recordLine)
            }
            fields.append(CSVRecordReader.clean(CSVRecordReader.restoringFormula(value)))
            field = String.UnicodeScalarView()
            fieldScalars = 0
        }
        func append(_ c: Unicode.Scalar) throws {
            field.append(c)
            fieldScalars += 1
            // Combining marks make a character several scalars; far past the limit is too long anyway.
            if fieldScalars > CSVRecordReader.fieldLimit * 16 { throw CSVRecordReader.Failure.fieldTooLong(line: recordLine) }
        }

        while true {
            let c: Unicode.Scalar
            if let waiting = pending {
                c = waiting
                pending = nil
            } else if let read = try source.next() {
                c = read
            } else {
                break
            }
            if inQuotes {
                if c == "\"" {
                    let next = try source.next()
                    if next == "\"" { try append(c) } else { inQuotes = false; pending = next }
                } else {
                    if c == "\n" { line += 1 }
                    try append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
            case separator:
                try finish()
            case "\r", "\n":
                if c == "\r" {
                    let next = try source.next()
                    if next != "\n" { pending = next }
                }
                line += 1
                try finish()
                return CSVRecord(line: recordLine, fields: fields)
            default:
                try append(c)
            }
        }
        if inQuotes { throw CSVRecordReader.Failure.unterminatedQuote(line: quoteLine) }
        guard !field.isEmpty || !fields.isEmpty else { return nil }
        try finish()
        return CSVRecord(line: recordLine, fields: fields)
    }
}
