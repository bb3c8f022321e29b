/// A compact binary form of decoded data, for the start-up snapshot (`StartupSnapshot`).
///
/// `Codable` through `JSONDecoder` costs a process milliseconds the first time it meets each type
/// (runtime type lookups), which is most of a cold `danvan ask`. A type that is `SnapshotCodable`
/// writes its fields in order and reads them back in the same order: no keys, no reflection. A record
/// (a struct of fields) names its memberwise initializer and its fields once each:
///
///     extension Abbreviation: SnapshotCodable {
///         public init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(short:full:section:)) }
///         public func write(snapshot w: inout SnapshotWriter) { w.write(short, full, section) }
///     }
///
///     var writer = SnapshotWriter()
///     writer.write(plan)
///     var reader = SnapshotReader(writer.bytes)
///     let copy: Plan = try reader.read()
///
/// The snapshot is a cache: it is written by the same binary that reads it (its fingerprint names
/// the executable), so the layout needs no versioning beyond that.
public protocol SnapshotCodable {
    init(snapshot reader: inout SnapshotReader) throws
    func write(snapshot writer: inout SnapshotWriter)
}

/// A snapshot that ends early or holds an impossible value: the caller rebuilds from the sources.
public struct SnapshotError: Error, Equatable {
    public var offset: Int

    @inlinable
    public init(offset: Int) { self.offset = offset }
}

public struct SnapshotWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write<T: SnapshotCodable>(_ value: T) {
        value.write(snapshot: &self)
    }

    /// The fields of a record, in order: the other half of `SnapshotReader.record(_:)`.
    ///
    ///     w.write(short, full, section)
    @inlinable
    public mutating func write<each Field: SnapshotCodable>(_ fields: repeat each Field) {
        repeat write(each fields)
    }

    /// Unsigned LEB128.
    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func writeByte(_ b: UInt8) { bytes.append(b) }

    mutating func writeBytes<C: Collection>(_ data: C) where C.Element == UInt8 {
        writeVarint(UInt64(data.count))
        bytes.append(contentsOf: data)
    }
}

public struct SnapshotReader {
    // The reader and the coders of the standard types are `@inlinable`: each module that reads a record
    // gets them specialised for its field types (no generic dispatch per field, no metadata looked up at
    // run time), which is most of what reading the start-up snapshot costs.
    @usableFromInline let bytes: [UInt8]
    @usableFromInline var cursor: Int

    public init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.cursor = position
    }

    /// The offset of the next byte to read.
    public var position: Int { cursor }

    public var isAtEnd: Bool { cursor == bytes.count }

    @inlinable
    public mutating func read<T: SnapshotCodable>(_ type: T.Type = T.self) throws -> T {
        try T(snapshot: &self)
    }

    // `record(_:)`, for records of up to 32 fields: SnapshotReader+Records.swift.

    @inlinable
    mutating func readVarint() throws -> UInt64 {
        let start = cursor
        let (value, end, complete) = bytes.withUnsafeBufferPointer { buffer -> (UInt64, Int, Bool) in
            var value: UInt64 = 0
            var shift: UInt64 = 0
            var at = start
            while at < buffer.count, shift < 64 {
                let b = buffer[at]
                at += 1
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return (value, at, true) }
                shift += 7
            }
            return (0, at, false)
        }
        cursor = end
        guard complete else { throw SnapshotError(offset: end) }
        return value
    }

    /// A count of items that each take at least one byte: never more than the bytes left.
    @inlinable
    mutating func readCount() throws -> Int {
        let n = try readVarint()
        guard n <= UInt64(bytes.count - cursor) else { throw SnapshotError(offset: cursor) }
        return Int(n)
    }

    @inlinable
    mutating func readString() throws -> String {
        let n = try readCount()
        let start = cursor
        cursor += n
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + n]), as: UTF8.self) }
    }

    @inlinable
    mutating func readByte() throws -> UInt8 {
        guard cursor < bytes.count else { throw SnapshotError(offset: cursor) }
        defer { cursor += 1 }
        return bytes[cursor]
    }

    /// Fails the read at the current offset (an enum case that does not exist, a bad flag).
    @inlinable
    public func corrupt() -> SnapshotError { SnapshotError(offset: cursor) }
}

extension String: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws { self = try reader.readString() }
    public func write(snapshot writer: inout SnapshotWriter) {
        var s = self
        s.withUTF8 { writer.writeBytes($0) }
    }
}

extension Int: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        let z = try reader.readVarint()
        self = Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }
    public func write(snapshot writer: inout SnapshotWriter) {
        let v = Int64(self)
        writer.writeVarint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }
}

extension Double: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws { self = Double(bitPattern: try reader.readVarint()) }
    public func write(snapshot writer: inout SnapshotWriter) { writer.writeVarint(bitPattern) }
}

extension Bool: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        default: throw reader.corrupt()
        }
    }
    public func write(snapshot writer: inout SnapshotWriter) { writer.writeByte(self ? 1 : 0) }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        switch try reader.readByte() {
        case 0: self = nil
        case 1: self = try reader.read(Wrapped.self)
        default: throw reader.corrupt()
        }
    }
    public func write(snapshot writer: inout SnapshotWriter) {
        switch self {
        case nil: writer.writeByte(0)
        case let value?:
            writer.writeByte(1)
            writer.write(value)
        }
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        let n = try reader.readCount()
        self = []
        reserveCapacity(n)
        for _ in 0..<n { append(try reader.read(Element.self)) }
    }
    public func write(snapshot writer: inout SnapshotWriter) {
        writer.writeVarint(UInt64(count))
        for e in self { writer.write(e) }
    }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        let n = try reader.readCount()
        self = [:]
        reserveCapacity(n)
        for _ in 0..<n {
            let key = try reader.read(Key.self)
            self[key] = try reader.read(Value.self)
        }
    }
    public func write(snapshot writer: inout SnapshotWriter) {
        writer.writeVarint(UInt64(count))
        for (key, value) in self {
            writer.write(key)
            writer.write(value)
        }
    }
}

/// String enums are written as their raw value.
extension SnapshotCodable where Self: RawRepresentable, RawValue == String {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        let raw = try reader.readString()
        guard let value = Self(rawValue: raw) else { throw reader.corrupt() }
        self = value
    }
    public func write(snapshot writer: inout SnapshotWriter) { writer.write(rawValue) }
}

extension CalendarDate: SnapshotCodable {
    @inlinable
    public init(snapshot reader: inout SnapshotReader) throws {
        let year: Int = try reader.read(), month: Int = try reader.read(), day: Int = try reader.read()
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw reader.corrupt() }
        self = date
    }
    public func write(snapshot writer: inout SnapshotWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }
}
