import Foundation

/// The bytes of a file, read 64 KiB at a time: memory stays the same whatever the file's size. A
/// UTF-8 byte-order mark at its start is skipped; the bytes are checked as UTF-8 by their reader
/// (`CSVRecordStream`, one field at a time).
///
///     let bytes = try UTF8FileBytes(url)
///     while let b = try bytes.next() { … }
final class UTF8FileBytes: CSVByteSource {
    /// Why the file cannot be read.
    enum Failure: Error, Equatable {
        case unreadable
    }

    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var index = 0
    private var atEnd = false
    static let chunkSize = 64 * 1024

    /// Opens the file; a byte-order mark at its start is skipped.
    ///
    /// - Throws: `Failure.unreadable` when it cannot be opened.
    init(_ url: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw Failure.unreadable }
        self.handle = handle
        if try peekBOM() { index = 3 }
    }

    deinit { try? handle.close() }

    @inline(__always)
    func next() throws -> UInt8? {
        if index < chunk.count {
            let b = chunk[index]
            index += 1
            return b
        }
        return try nextChunk()
    }

    /// The first `limit` bytes of the file at most, up to the end of its `lines`-th line, as text
    /// (invalid bytes replaced, a byte-order mark dropped): enough to see the header's separator.
    static func head(of url: URL, lines: Int, limit: Int = 1 << 20) throws -> String {
        let file = try UTF8FileBytes(url)
        var bytes: [UInt8] = []
        var newlines = 0
        while bytes.count < limit, newlines < lines, let b = try file.next() {
            bytes.append(b)
            if b == 0x0A { newlines += 1 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func peekBOM() throws -> Bool {
        try refill()
        return chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF
    }

    /// The first byte of the next chunk, or nil at the end of the file.
    private func nextChunk() throws -> UInt8? {
        if atEnd { return nil }
        try refill()
        guard !chunk.isEmpty else { return nil }
        index = 1
        return chunk[0]
    }

    private func refill() throws {
        let data: Data?
        do {
            data = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw Failure.unreadable
        }
        chunk = data.map(Array.init) ?? []
        index = 0
        if chunk.isEmpty { atEnd = true }
    }
}
