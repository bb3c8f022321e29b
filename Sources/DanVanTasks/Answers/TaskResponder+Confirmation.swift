import DanVanText

extension TaskResponder {
    /// The tasks a change named by title words could mean, offered as a numbered choice; nothing changes.
    ///
    /// - Throws: `TaskCommandError.noTaskMatches` when no task has those words.
    func confirmation(_ command: TaskCommand, words: String, today: CalendarDate) throws
        -> (document: AnswerDocument, tasks: [PlanTask], choices: [TaskCommand]) {
        let restoring: Bool
        if case .restore = command { restoring = true } else { restoring = false }
        let found = Array(try store.tasks(titleContaining: words, includingDeleted: restoring).prefix(Self.maximumChoices))
        guard !found.isEmpty else { throw TaskCommandError.noTaskMatches(words) }
        let lines = found.enumerated().map { i, task in
            "\(i + 1)) " + Msg.taskChoiceLine(task.number, task.title, unit: task.unit, due: task.due?.display,
                                             status: Msg.taskStatus(task.status.rawValue))
        }
        let document = AnswerDocument(title: Msg.taskConfirmTitle(words),
                                      blocks: [.bullets(lines), .note(Msg.taskConfirmHint(count: found.count))],
                                      source: Msg.taskSource)
        return (document, found, found.map { command.replacingReference(with: .number($0.id)) })
    }

    /// At most this many tasks are offered for one title.
    static let maximumChoices = 9
}
