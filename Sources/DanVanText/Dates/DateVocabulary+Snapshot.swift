import Foundation

// The date vocabulary in binary form (`SnapshotCodable`): every field, in declaration order.
extension DateVocabulary: SnapshotCodable {
    public init(snapshot r: inout SnapshotReader) throws {
        self.init()
        relativeDays = try r.read(); weekdays = try r.read(); weekdayBlockers = try r.read(); dayWords = try r.read()
        weekWords = try r.read(); monthWords = try r.read(); quarterWords = try r.read(); yearWords = try r.read()
        periodOffsets = try r.read(); periodStart = try r.read(); periodMiddle = try r.read(); periodEnd = try r.read()
        romanNumbers = try r.read(); within = try r.read(); after = try r.read(); aheadDay = try r.read()
        aheadWindow = try r.read(); extend = try r.read(); anchors = try r.read(); hourWords = try r.read(); minuteWords = try r.read()
        hourLetters = try r.read(); every = try r.read(); periodic = try r.read(); timesWord = try r.read()
        perWords = try r.read(); continuous = try r.read(); joiners = try r.read(); leads = try r.read()
        numberWords = try r.read(); questionEndings = try r.read(); inTimeWords = try r.read(); isItWords = try r.read()
    }

    public func write(snapshot w: inout SnapshotWriter) {
        w.write(relativeDays); w.write(weekdays); w.write(weekdayBlockers); w.write(dayWords)
        w.write(weekWords); w.write(monthWords); w.write(quarterWords); w.write(yearWords)
        w.write(periodOffsets); w.write(periodStart); w.write(periodMiddle); w.write(periodEnd)
        w.write(romanNumbers); w.write(within); w.write(after); w.write(aheadDay)
        w.write(aheadWindow); w.write(extend); w.write(anchors); w.write(hourWords); w.write(minuteWords)
        w.write(hourLetters); w.write(every); w.write(periodic); w.write(timesWord)
        w.write(perWords); w.write(continuous); w.write(joiners); w.write(leads)
        w.write(numberWords); w.write(questionEndings); w.write(inTimeWords); w.write(isItWords)
    }
}

/// `dates.yaml` decoded once and kept in binary form in the cache folder: decoding YAML costs a cold
/// `danvan ask` milliseconds, reading the binary form microseconds. The entry is named after the
/// file's path, size and modification time and the layout, so an edited file is decoded again.
enum DateVocabularyCache {
    /// Bumped when `DateVocabulary`'s fields change.
    static let layout = "3"  // 2: sealed with a checksum (`CacheFile`); 3: `extend`

    static func load(_ url: URL, cacheDirectory: URL?) throws -> DateVocabulary {
        guard let cacheDirectory, let key = key(for: url.path) else { return try DateVocabulary(contentsOf: url) }
        let entry = cacheDirectory.appendingPathComponent("dates-\(key).bin")
        // Trusted only as the other caches are (`CacheFile`): a regular file of the user's, opened without
        // following a link or blocking on a FIFO, whose checksum matches; anything else is decoded again.
        if let bytes = CacheFile.read(entry.path, maxBytes: 1 << 22), let payload = CacheFile.unseal(bytes) {
            var reader = SnapshotReader(Array(payload))
            if let v = try? reader.read(DateVocabulary.self), reader.isAtEnd { return v }
        }
        let vocabulary = try DateVocabulary(contentsOf: url)
        var writer = SnapshotWriter()
        writer.write(vocabulary)
        if PrivateDirectory.create(cacheDirectory.path) {
            unlink(entry.path)  // a FIFO or a link planted there is not written through
            try? Data(CacheFile.seal(writer.bytes)).write(to: entry, options: .atomic)
        }
        return vocabulary
    }

    /// FNV-1a of the path, then size, modification time and layout; nil when the file cannot be seen.
    static func key(for path: String) -> String? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        var h: UInt64 = 0xcbf29ce484222325
        for b in path.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return "\(String(h, radix: 16))-\(s.st_size)-\(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec)-v\(layout)"
    }
}
