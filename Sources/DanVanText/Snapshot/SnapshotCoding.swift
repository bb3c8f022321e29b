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
    private let bytes: [UInt8]
    public private(set) var position: Int

    public init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func read<T: SnapshotCodable>(_ type: T.Type = T.self) throws -> T {
        try T(snapshot: &self)
    }

    /// A record read field by field, in the order of `make`'s parameters (a memberwise initializer),
    /// each field as its type reads itself: one routine for every record of the snapshot.
    ///
    ///     self = try r.record(Abbreviation.init(short:full:section:))
    @inlinable
    public mutating func record<each Field: SnapshotCodable, Record>(_ make: (repeat each Field) throws -> Record) throws -> Record {
        try make(repeat try read((each Field).self))
    }

    mutating func readVarint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let b = bytes[position]
            position += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
        throw SnapshotError(offset: position)
    }

    /// A count of items that each take at least one byte: never more than the bytes left.
    mutating func readCount() throws -> Int {
        let n = try readVarint()
        guard n <= UInt64(bytes.count - position) else { throw SnapshotError(offset: position) }
        return Int(n)
    }

    mutating func readString() throws -> String {
        let n = try readCount()
        defer { position += n }
        return String(decoding: bytes[position..<position + n], as: UTF8.self)
    }

    mutating func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw SnapshotError(offset: position) }
        defer { position += 1 }
        return bytes[position]
    }

    /// Fails the read at the current offset (an enum case that does not exist, a bad flag).
    public func corrupt() -> SnapshotError { SnapshotError(offset: position) }
}

extension String: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws { self = try reader.readString() }
    public func write(snapshot writer: inout SnapshotWriter) {
        var s = self
        s.withUTF8 { writer.writeBytes($0) }
    }
}

extension Int: SnapshotCodable {
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
    public init(snapshot reader: inout SnapshotReader) throws { self = Double(bitPattern: try reader.readVarint()) }
    public func write(snapshot writer: inout SnapshotWriter) { writer.writeVarint(bitPattern) }
}

extension Bool: SnapshotCodable {
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
    public init(snapshot reader: inout SnapshotReader) throws {
        let raw = try reader.readString()
        guard let value = Self(rawValue: raw) else { throw reader.corrupt() }
        self = value
    }
    public func write(snapshot writer: inout SnapshotWriter) { writer.write(rawValue) }
}

extension CalendarDate: SnapshotCodable {
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
