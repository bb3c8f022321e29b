import Foundation

/// The fuzz targets, by the name `make fuzz` and the replayer use.
enum FuzzTarget: String, CaseIterable {
    /// One or more lines through `Assistant.respond(to:)`: normalise → extract → match → answer → render.
    case question
    /// A task appendix CSV through `TaskStore.importCSV`.
    case tasksCSV = "tasks-csv"
    /// A plan file (text or .docx) through `PlanImporter.importData`, as `danvan import` reads it.
    case plan
    /// A `.docx` through `DocxTextExtractor` (the input as `word/document.xml`, or a whole zip).
    case docx
    /// An `.xlsx` workbook through `XlsxReader` and the appendix reader (the input as its parts, or a whole zip).
    case xlsx
    /// Start-up snapshot payloads through `SnapshotReader` and the `CacheFile` checksum.
    case snapshot

    /// The target `DANVAN_FUZZ_TARGET` names (default: question).
    static var selected: FuzzTarget {
        ProcessInfo.processInfo.environment["DANVAN_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .question
    }

    /// Runs one input; an invariant broken traps, which libFuzzer records as a crash.
    func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .question: QuestionFuzzer.shared.run(bytes)
        case .tasksCSV: TaskCSVFuzzer.shared.run(bytes)
        case .plan: PlanFuzzer.shared.run(bytes)
        case .docx: DocxFuzzer.shared.run(bytes)
        case .xlsx: XlsxFuzzer.shared.run(bytes)
        case .snapshot: SnapshotFuzzer.shared.run(bytes)
        }
    }
}
