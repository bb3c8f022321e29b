/// CSV records read one at a time from a byte source, each with the line of the file it starts on
/// (newlines inside quoted fields counted): the reading rules of `CSVRecordReader`, in constant memory.
///
///     var stream = CSVRecordStream(StringBytes("a,\"b,c\"\r\nd,e\r\n"), separator: ",")
///     try stream.next()?.fields   // ["a", "b,c"]
///     try stream.next()?.line     // 2
///
/// The bytes are scanned as they come (separators, quotes and line breaks are ASCII, so they never
/// stand inside a multi-byte character); each field's bytes become a string once, validated as UTF-8
/// then: a field that is not UTF-8 fails the read (`CSVRecordReader.Failure.notUTF8`). A field past
/// `fieldLimit * 64` bytes stops the read at once (more than `fieldLimit * 16` scalars, as before).
struct CSVRecordStream<Source: CSVByteSource> {
    private var source: Source
    let separator: UInt8
    private var pending: UInt8?
    private var line = 1
    /// The bytes of the field being read, kept between fields so that its storage is reused.
    private var field: [UInt8] = []
    /// The fields of the last record: the next one reserves as many.
    private var width = 8

    init(_ source: Source, separator: Unicode.Scalar) {
        precondition(separator.isASCII, "a CSV separator is an ASCII character")
        self.source = source
        self.separator = UInt8(separator.value)
    }

    /// The next record, or nil at the end of the source.
    ///
    /// - Throws: `CSVRecordReader.Failure` (a quote never closed, a field too long, bytes that are not
    ///   UTF-8), or the source's error.
    mutating func next() throws -> CSVRecord? {
        var fields: [String] = []
        fields.reserveCapacity(width)
        field.removeAll(keepingCapacity: true)
        /// Every byte of the field OR-ed: its high bit says whether the field is all ASCII.
        var high: UInt8 = 0
        /// Whether the field holds a control character `CSVRecordReader.clean` drops or changes.
        var control = false
        var previous: UInt8 = 0
        var inQuotes = false
        let recordLine = line
        var quoteLine = line
        // The longest field in bytes: more than 4 bytes per scalar for `fieldLimit * 16` scalars.
        let byteLimit = CSVRecordReader.fieldLimit * 16 * 4

        func finish() throws {
            fields.append(try Self.string(field, ascii: high < 0x80, control: control, line: recordLine))
            field.removeAll(keepingCapacity: true)
            high = 0
            control = false
            previous = 0
        }
        func append(_ b: UInt8) throws {
            field.append(b)
            high |= b
            // C0 controls but the line feed, DEL, and C1 controls (U+0080–U+009F: C2 80 … C2 9F).
            if (b < 0x20 && b != 0x0A) || b == 0x7F || (previous == 0xC2 && b < 0xA0 && b >= 0x80) { control = true }
            previous = b
            // Combining marks make a character several scalars; far past the limit is too long anyway.
            if field.count > byteLimit { throw CSVRecordReader.Failure.fieldTooLong(line: recordLine) }
        }

        while true {
            let c: UInt8
            if let waiting = pending {
                c = waiting
                pending = nil
            } else if let read = try source.next() {
                c = read
            } else {
                break
            }
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    let next = try source.next()
                    if next == UInt8(ascii: "\"") { try append(c) } else { inQuotes = false; pending = next }
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    try append(c)
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\"") where field.isEmpty:
                inQuotes = true
                quoteLine = line
            case separator:
                try finish()
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if c == UInt8(ascii: "\r") {
                    let next = try source.next()
                    if next != UInt8(ascii: "\n") { pending = next }
                }
                line += 1
                try finish()
                width = fields.count
                return CSVRecord(line: recordLine, fields: fields)
            default:
                try append(c)
            }
        }
        if inQuotes {
            // What the field already shows comes first in the file: bytes that are not UTF-8, or more
            // than `fieldLimit * 16` scalars.
            if high >= 0x80, String(validating: field, as: UTF8.self) == nil {
                throw CSVRecordReader.Failure.notUTF8
            }
            if field.count > CSVRecordReader.fieldLimit * 16,
               String(decoding: field, as: UTF8.self).unicodeScalars.count > CSVRecordReader.fieldLimit * 16 {
                throw CSVRecordReader.Failure.fieldTooLong(line: recordLine)
            }
            throw CSVRecordReader.Failure.unterminatedQuote(line: quoteLine)
        }
        guard !field.isEmpty || !fields.isEmpty else { return nil }
        try finish()
        return CSVRecord(line: recordLine, fields: fields)
    }

    /// A field's bytes as the cell's text: UTF-8 checked, at most `fieldLimit` characters, the
    /// formula guard's `'` taken off, control characters cleaned (`CSVRecordReader.clean`).
    private static func string(_ bytes: [UInt8], ascii: Bool, control: Bool, line: Int) throws -> String {
        let value: String
        if ascii {
            value = String(decoding: bytes, as: UTF8.self)
        } else {
            guard let valid = String(validating: bytes, as: UTF8.self) else { throw CSVRecordReader.Failure.notUTF8 }
            value = valid
        }
        if bytes.count > CSVRecordReader.fieldLimit,
           value.unicodeScalars.count > CSVRecordReader.fieldLimit * 16 || value.count > CSVRecordReader.fieldLimit {
            throw CSVRecordReader.Failure.fieldTooLong(line: line)
        }
        let restored = bytes.first == UInt8(ascii: "'") ? CSVRecordReader.restoringFormula(value) : value
        return control ? CSVRecordReader.clean(restored) : restored
    }
}
