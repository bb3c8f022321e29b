import DanVanTasks

extension TaskCommandParser {
    /// Commands that are a whole phrase of `Intents/tasks.yaml` and nothing else: "xem thêm",
    /// "tiếp" (`task.more`), "tiến độ chung", "thống kê nhiệm vụ" (`task.progress`). A longer
    /// sentence starting the same way ("tiếp nhận hồ sơ") is not one of them.
    func parseWholePhrase(_ t: TokenText, _ span: Range<Int>) -> TaskCommandParse? {
        let commands: [(phrases: [[String]], intent: TaskIntent, command: TaskCommand)] = [
            (lexicon.morePhrases, .more, .more), (lexicon.progressPhrases, .progress, .progress),
            (lexicon.agendaPhrases, .agenda, .agenda),
            (lexicon.calendarPhrases, .deadlineCalendar, .deadlineCalendar),
        ]
        for entry in commands {
            for phrase in entry.phrases where t.match(phrase, at: span.lowerBound, end: span.upperBound) == span.upperBound {
                return TaskCommandParse(intent: entry.intent, command: .success(entry.command), slots: [:], confidence: 0.95)
            }
        }
        return nil
    }
}

extension TaskCommandParser {
    /// How many days ahead "sắp đến hạn" looks (`soon_days` of tasks.yaml).
    public var soonDays: Int { lexicon.soonDays }
}
