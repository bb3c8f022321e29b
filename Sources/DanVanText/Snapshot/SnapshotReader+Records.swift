// Generated arities of `SnapshotReader.record(_:)` (1 to 24 fields), written out rather than one
// variadic generic: the optimizer specialises these at each call site (a record's fields read with
// their concrete types' coders), while a parameter pack stayed generic and made every field a dynamic
// call with its type's metadata looked up at run time (most of the cost of reading the snapshot).

extension SnapshotReader {
    /// A record read field by field, in the order of `make`'s parameters (a memberwise initializer),
    /// each field as its type reads itself: one routine for every record of the snapshot.
    ///
    ///     self = try r.record(Abbreviation.init(short:full:section:))
    @inlinable
    public mutating func record<F1: SnapshotCodable, Record>(_ make: (F1) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        return try make(f1)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, Record>(_ make: (F1, F2) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        return try make(f1, f2)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, Record>(_ make: (F1, F2, F3) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        return try make(f1, f2, f3)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        return try make(f1, f2, f3, f4)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        return try make(f1, f2, f3, f4, f5)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        return try make(f1, f2, f3, f4, f5, f6)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, F20: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        let f20: F20 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, F20: SnapshotCodable, F21: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20, F21) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        let f20: F20 = try read()
        let f21: F21 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, F20: SnapshotCodable, F21: SnapshotCodable, F22: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20, F21, F22) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        let f20: F20 = try read()
        let f21: F21 = try read()
        let f22: F22 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, F20: SnapshotCodable, F21: SnapshotCodable, F22: SnapshotCodable, F23: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20, F21, F22, F23) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        let f20: F20 = try read()
        let f21: F21 = try read()
        let f22: F22 = try read()
        let f23: F23 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23)
    }

    @inlinable
    public mutating func record<F1: SnapshotCodable, F2: SnapshotCodable, F3: SnapshotCodable, F4: SnapshotCodable, F5: SnapshotCodable, F6: SnapshotCodable, F7: SnapshotCodable, F8: SnapshotCodable, F9: SnapshotCodable, F10: SnapshotCodable, F11: SnapshotCodable, F12: SnapshotCodable, F13: SnapshotCodable, F14: SnapshotCodable, F15: SnapshotCodable, F16: SnapshotCodable, F17: SnapshotCodable, F18: SnapshotCodable, F19: SnapshotCodable, F20: SnapshotCodable, F21: SnapshotCodable, F22: SnapshotCodable, F23: SnapshotCodable, F24: SnapshotCodable, Record>(_ make: (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20, F21, F22, F23, F24) throws -> Record) throws -> Record {
        let f1: F1 = try read()
        let f2: F2 = try read()
        let f3: F3 = try read()
        let f4: F4 = try read()
        let f5: F5 = try read()
        let f6: F6 = try read()
        let f7: F7 = try read()
        let f8: F8 = try read()
        let f9: F9 = try read()
        let f10: F10 = try read()
        let f11: F11 = try read()
        let f12: F12 = try read()
        let f13: F13 = try read()
        let f14: F14 = try read()
        let f15: F15 = try read()
        let f16: F16 = try read()
        let f17: F17 = try read()
        let f18: F18 = try read()
        let f19: F19 = try read()
        let f20: F20 = try read()
        let f21: F21 = try read()
        let f22: F22 = try read()
        let f23: F23 = try read()
        let f24: F24 = try read()
        return try make(f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24)
    }
}
