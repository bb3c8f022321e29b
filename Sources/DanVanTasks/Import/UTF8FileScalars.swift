import Foundation

/// The Unicode scalars of a UTF-8 file, read 64 KiB at a time: memory stays the same whatever the
/// file's size. Bytes that are not UTF-8 (an overlong form, a surrogate, a cut sequence) stop the read.
///
///     let scalars = try UTF8FileScalars(url)
///     while let u = try scalars.next() { … }
final class UTF8FileScalars: CSVScalarSource {
    /// Why the file cannot be read.
    enum Failure: Error, Equatable {
        case unreadable
        case notUTF8
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

    func next() throws -> Unicode.Scalar? {
        guard let b0 = try byte() else { return nil }
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var value: UInt32
        let continuation: Int
        let least: UInt32
        switch b0 {
        case 0xC2...0xDF: value = UInt32(b0 & 0x1F); continuation = 1; least = 0x80
        case 0xE0...0xEF: value = UInt32(b0 & 0x0F); continuation = 2; least = 0x800
        case 0xF0...0xF4: value = UInt32(b0 & 0x07); continuation = 3; least = 0x10000
        default: throw Failure.notUTF8
        }
        for _ in 0..<continuation {
            guard let b = try byte(), b & 0xC0 == 0x80 else { throw Failure.notUTF8 }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard value >= least, let scalar = Unicode.Scalar(value) else { throw Failure.notUTF8 }
        return scalar
    }

    /// The first `limit` bytes of the file at most, up to the end of its `lines`-th line, as text
    /// (invalid bytes replaced, a byte-order mark dropped): enough to see the header's separator.
    static func head(of url: URL, lines: Int, limit: Int = 1 << 20) throws -> String {
        let file = try UTF8FileScalars(url)
        var bytes: [UInt8] = []
        var newlines = 0
        while bytes.count < limit, newlines < lines, let b = try file.byte() {
            bytes.append(b)
            if b == 0x0A { newlines += 1 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func peekBOM() throws -> Bool {
        try refill()
        return chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF
    }

    private func byte() throws -> UInt8? {
        if index == chunk.count {
            if atEnd { return nil }
            try refill()
            if chunk.isEmpty { return nil }
        }
        let b = chunk[index]
        index += 1
        return b
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
