import DanVanText
import Foundation

/// `danvan` without the PostgreSQL client: a command that needs a server becomes `danvan-pg` with the same
/// arguments and environment (`execv`, so standard input and output, the terminal, signals and the exit
/// status are those of one program). `danvan-pg` registers its backend and never hands over.
enum PostgresHandOver {
    /// The executable that links the PostgreSQL client.
    static let program = "danvan-pg"

    /// Replaces the process with `danvan-pg`; returns only by throwing the worded error (status 2) when
    /// it is missing or cannot be run.
    static func execute(arguments: [String] = CommandLine.arguments,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Never {
        let folder = runningFolder(arguments: arguments)
        guard let path = locate(folder: folder, path: environment["PATH"]) else {
            throw CLIError.exit(Msg.handOverMissing(program: program, folder: folder))
        }
        Trace.mark("hand over")
        // Whatever this process buffered is written before the image is replaced.
        fflush(nil)
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup(path)] + arguments.dropFirst().map { strdup($0) }
        argv.append(nil)
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        throw CLIError.exit(Msg.handOverFailed(path: path, reason: reason))
    }

    /// The folder of the running executable (`/proc/self/exe`), else of `argv[0]`.
    static func runningFolder(arguments: [String]) -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? ""
        return URL(fileURLWithPath: exe).deletingLastPathComponent().path
    }

    /// `danvan-pg` next to the running executable first (an installation, or a build folder), then in `PATH`.
    static func locate(folder: String, path: String?) -> String? {
        let folders = [folder] + (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(program).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
