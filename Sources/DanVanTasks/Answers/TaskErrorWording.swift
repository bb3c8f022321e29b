import DanVanText

/// The one place task errors become Vietnamese sentences (from `Msg`).
///
///     TaskErrorWording.message(for: TaskStoreError.taskNotFound(id: 7))   // "Không có nhiệm vụ #7. …"
public enum TaskErrorWording {
    /// A sentence for any error the task module throws; other errors get a generic storage sentence.
    public static func message(for error: Error) -> String {
        switch error {
        case let e as TaskCommandError: return message(e)
        case let e as TaskStoreError: return message(e)
        case let e as TaskImportError: return message(e)
        case let e as DataFileProblem: return e.message
        case let e as any WordedTaskError: return e.wording
        default: return Msg.taskErrorStorage(operation: "?", code: -1)
        }
    }

    static func message(_ error: TaskCommandError) -> String {
        switch error {
        case .missingContent: return Msg.taskErrorMissingContent
        case .missingNumber(let example): return Msg.taskErrorMissingNumber(example: example)
        case .missingNote: return Msg.taskErrorMissingNote
        case .missingDate: return Msg.taskErrorMissingDate
        case .missingUnit: return Msg.taskErrorMissingUnit
        case .unknownUnit(let name, let suggestions): return Msg.taskErrorUnknownUnit(name, suggestions: suggestions)
        case .invalidDate(let text): return Msg.taskErrorInvalidDate(text)
        case .unreadableDate(let text): return Msg.taskErrorUnreadableDate(text)
        case .dateNotUnderstood(let text): return Msg.dateNotUnderstood(text)
        case .dateNotADay(let text): return Msg.dateNotADay(text)
        case .looksLikeSQL: return Msg.taskErrorLooksLikeSQL
        case .noTaskMatches(let words): return Msg.taskErrorNoTaskMatches(words)
        case .ambiguousTask(let words, let ids):
            return Msg.taskErrorAmbiguous(words, numbers: ids.map { "#\($0)" }.joined(separator: ", "))
        case .store(let e): return message(e)
        }
    }

    static func message(_ error: TaskStoreError) -> String {
        switch error {
        case .cannotOpen(let path, let reason): return Msg.taskErrorCannotOpen(path: path, reason: reason)
        case .newerSchema(let path): return Msg.taskErrorNewerSchema(path: path)
        case .damaged(let path): return Msg.storeDamaged(path: path)
        case .busy: return Msg.taskErrorBusy
        case .diskFull: return Msg.taskErrorDiskFull
        case .storage(_, let code):
            let problem: StoreProblem
            switch code & 0xFF {
            case 11: problem = .damaged
            case 26: problem = .notAStore
            case 8: problem = .readOnly
            case 3, 23: problem = .noPermission
            case 13: problem = .diskFull
            default: problem = .unknown
            }
            return Msg.storeOperationFailed(reason: problem.reason)
        case .taskNotFound(let id): return Msg.taskErrorNotFound(id)
        case .taskDeleted(let id): return Msg.taskErrorDeleted(id)
        case .alreadyDone(let id): return Msg.taskErrorAlreadyDone(id)
        case .notDone(let id): return Msg.taskErrorNotDone(id)
        case .notDeleted(let id): return Msg.taskErrorNotDeleted(id)
        case .emptyTitle: return Msg.taskErrorMissingContent
        case .emptyNote: return Msg.taskErrorMissingNote
        case .nothingToUndo: return Msg.taskErrorNothingToUndo
        }
    }

    static func message(_ error: TaskImportError) -> String {
        switch error {
        case .unreadable(let path): return Msg.taskImportUnreadable(path: path)
        case .notUTF8(let path): return Msg.taskImportNotUTF8(path: path)
        case .empty(let path): return Msg.taskImportEmpty(path: path)
        case .malformed(let path): return Msg.taskImportMalformed(path: path)
        case .unterminatedQuote(let path, let line): return Msg.taskImportUnterminatedQuote(path: path, line: line)
        case .fieldTooLong(let path, let line, let limit): return Msg.taskImportFieldTooLong(path: path, line: line, limit: limit)
        case .missingTitleColumn(let line, let headers): return Msg.taskImportMissingTitleColumn(line: line, headers: headers)
        case .badRows(let rows):
            return ([Msg.taskImportBadRows] + rows.map { Msg.taskImportBadRow(line: $0.line, reason: reason($0.problem)) })
                .joined(separator: "\n")
        }
    }

    static func reason(_ problem: BadRow.Problem) -> String {
        switch problem {
        case .missingTitle: return Msg.taskImportRowMissingTitle
        case .invalidDate(let text): return Msg.taskImportRowInvalidDate(text)
        case .unreadableDate(let text): return Msg.taskImportRowUnreadableDate(text)
        case .unreadableRecurrence(let text): return Msg.taskImportRowUnreadableRecurrence(text)
        }
    }

}
