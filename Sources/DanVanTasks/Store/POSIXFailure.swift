import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failed system call, by name and errno.
struct POSIXFailure: Error, CustomStringConvertible {
    var operation: String
    var code: Int32
    var description: String { "\(operation): \(String(cString: strerror(code)))" }
}
