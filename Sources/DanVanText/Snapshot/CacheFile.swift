import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache file danvan wrote itself, read back only when it is still exactly that: a regular file
/// owned by the user (opened without following a link and without blocking, so a FIFO or a device
/// put at its path is refused at once), whose 64-bit checksum matches its payload. Anything else is
/// "no cache" and the caller rebuilds it from the sources.
///
///     let sealed = CacheFile.seal(payload)                     // checksum + payload
///     CacheFile.unseal(sealed) == payload                      // true
///     CacheFile.unseal(sealed with one byte flipped) == nil    // true
public enum CacheFile {
    /// The bytes at `path`, or nil when it is not a regular file owned by the user, or larger than
    /// `maxBytes`, or unreadable.
    public static func read(_ path: String, maxBytes: Int = 1 << 30) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var s = stat()
        guard fstat(fd, &s) == 0, (s.st_mode & S_IFMT) == S_IFREG, s.st_uid == geteuid(),
              s.st_size > 0, s.st_size <= maxBytes else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(s.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// `payload` preceded by its 8-byte checksum.
    public static func seal(_ payload: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: checksum(payload[...]).littleEndian) { Array($0) } + payload
    }

    /// The payload of sealed bytes, or nil when the checksum does not match.
    public static func unseal(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        unseal(bytes[...])
    }

    /// The payload of sealed bytes that are part of a larger array (after a header), without copying
    /// them: a slice of the same array, or nil when the checksum does not match.
    public static func unseal(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard bytes.count >= 8 else { return nil }
        var stored: UInt64 = 0
        for i in 0..<8 { stored |= UInt64(bytes[bytes.startIndex + i]) << (8 * UInt64(i)) }
        let payload = bytes[(bytes.startIndex + 8)...]
        return checksum(payload) == stored ? payload : nil
    }

    /// A 64-bit checksum, eight bytes per step (a snapshot of a few megabytes costs well under a
    /// millisecond). Every step is a bijection of the state for a given word, so any change confined
    /// to one word — a flipped bit, a same-length edit of a few letters — always changes the result.
    public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 32
            }
            var tail: UInt64 = 0
            for (k, b) in raw[(words * 8)...].enumerated() { tail |= UInt64(b) << (8 * UInt64(k)) }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h
    }
}
