import DanVanTasks
import DanVanText
import Foundation

/// A task appendix CSV through `TaskStore.importCSV`: it imports or refuses with a worded error;
/// a successful import is undone at once, so the store returns to empty and stays small.
final class TaskCSVFuzzer {
    static let shared = TaskCSVFuzzer()

    private let environment = FuzzEnvironment.shared
    private var store: TaskStore?
    private var inputs = 0
    private let file: URL
    /// `DANVAN_FUZZ_TOLERATE=error-echo,nul`: look past known faults to find others (see `run`).
    private let tolerated = Set((ProcessInfo.processInfo.environment["DANVAN_FUZZ_TOLERATE"] ?? "").split(separator: ",").map(String.init))
    private var tolerateEcho: Bool { tolerated.contains("error-echo") }

    init() {
        file = FuzzEnvironment.shared.scratch.appendingPathComponent("input.csv")
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        if inputs % 5_000 == 0 {
            store = try? TaskStore(path: environment.freshStorePath("csv.sqlite"))
        }
        inputs += 1
        guard let store else { preconditionFailure("scratch store cannot be opened") }
        // nul: a NUL byte in a cell truncates the text SQLite stores (bound as a C string), and a title
        // starting with one breaks a CHECK constraint (SQLite 19) — known; dropped here when tolerated.
        let data = tolerated.contains("nul") ? Data(bytes.filter { $0 != 0 }) : Data(bytes)
        do { try data.write(to: file) } catch { preconditionFailure("scratch file: \(error)") }
        do {
            let report = try store.importCSV(at: file, vocabulary: environment.taskVocabulary, resolveUnit: environment.resolveUnit,
                                             today: environment.today, user: "fuzz")
            OutputCheck.require(PlainRenderer.render(TaskResponder.document(for: report)), "import report")
            if !report.added.isEmpty { _ = try store.undo(user: "fuzz") }
            let left = try store.tasks(matching: TaskFilter(status: .active), today: environment.today)
            precondition(left.isEmpty, "undo of an import left \(left.count) tasks")
        } catch {
            let message = TaskErrorWording.message(for: error)
            // DANVAN_FUZZ_TOLERATE=error-echo: look past the known echo of raw cell text in import errors
            // (control characters reach `danvan tasks import`'s stderr) to find other faults.
            OutputCheck.require(tolerateEcho ? TextSanitizer.sanitize(message) : message, "import error \(error)")
            if case TaskStoreError.storage = error { preconditionFailure("storage failure: \(error)") }
        }
    }
}
