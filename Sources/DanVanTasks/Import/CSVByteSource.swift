/// Where `CSVRecordStream` takes its bytes from: a string in memory, or a file read piece by piece.
protocol CSVByteSource {
    /// The next byte, or nil at the end.
    ///
    /// - Throws: Whatever the source cannot read (a file that fails mid-read).
    mutating func next() throws -> UInt8?
}

/// The UTF-8 bytes of a string already in memory.
struct StringBytes: CSVByteSource {
    private var bytes: String.UTF8View.Iterator

    init(_ text: String) { bytes = text.utf8.makeIterator() }

    mutating func next() -> UInt8? { bytes.next() }
}
