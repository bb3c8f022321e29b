#if FUZZING
import Foundation

/// libFuzzer's entry points: its driver is started from `main` (`LLVMFuzzerRunDriver`), and it calls
/// `LLVMFuzzerTestOneInput` for each input.
enum FuzzDriver {
    typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    @_silgen_name("LLVMFuzzerRunDriver")
    static func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                          _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                          _ callback: Callback) -> CInt

    static func run() -> Int32 {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return runDriver(&argc, &argv) { data, size in LLVMFuzzerTestOneInput(data, size) }
    }
}
#endif
