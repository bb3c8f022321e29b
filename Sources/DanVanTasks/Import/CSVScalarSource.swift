/// Where `CSVRecordStream` takes its Unicode scalars from: a string in memory, or a file read piece by piece.
protocol CSVScalarSource {
    /// The next scalar, or nil at the end.
    ///
    /// - Throws: Whatever the source cannot read (a file's bytes that are not UTF-8).
    mutating func next() throws -> Unicode.Scalar?
}

/// The scalars of a string already in memory.
struct StringScalars: CSVScalarSource {
    private var scalars: String.UnicodeScalarView.Iterator

    init(_ text: String) { scalars = text.unicodeScalars.makeIterator() }

    mutating func next() -> Unicode.Scalar? { scalars.next() }
}
