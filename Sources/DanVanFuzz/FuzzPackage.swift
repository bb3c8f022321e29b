import DanVanAssistant
import Foundation

/// The file a package fuzzer reads: an input that already starts like a zip is the whole file; any
/// other input is split at its NUL bytes into the named parts of a zip built in memory, so the
/// fuzzer reaches the XML readers without having to discover the zip format first.
enum FuzzPackage {
    static func file(from input: Data, parts: [String]) -> Data? {
        if input.starts(with: [0x50, 0x4B]) { return input }
        let pieces = input.split(separator: 0, maxSplits: parts.count - 1, omittingEmptySubsequences: false)
        return try? OpenXMLPackage.zip(zip(parts, pieces).map { ($0, Data($1)) })
    }
}
