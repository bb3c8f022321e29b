import DanVanText

extension TaskImporter {
    /// Checks an appendix's rows one at a time, keeping what a whole-table check would: the warnings
    /// (the first `ImportReport.warningLimit`, the rest counted), the bad rows, the group heading the
    /// next rows sit under. Duplicates within the file are the caller's to find (a dictionary in
    /// memory, or the store's own table for a file too large for one).
    ///
    ///     var checker = importer.checker(fileName: "phu-luc.csv")
    ///     checker.check(TaskTableRow(line: 2, title: "Họp dân", due: "31/02/2025"))   // nil
    ///     checker.bad   // [BadRow(line: 2, problem: .invalidDate("31/02/2025"))]
    struct Checker {
        /// Bad rows named at most: past them, the file is refused without reading further.
        static let badRowLimit = 1_000

        let importer: TaskImporter
        let fileName: String
        private(set) var warnings: [ImportWarning] = []
        private(set) var omittedWarnings = 0
        private(set) var bad: [BadRow] = []
        /// The last group heading of a CSV ("I. Nhóm …"), the group of the rows under it.
        private var heading: String?

        init(importer: TaskImporter, fileName: String) {
            self.importer = importer
            self.fileName = fileName
        }

        mutating func warn(_ warning: ImportWarning) {
            if warnings.count < ImportReport.warningLimit { warnings.append(warning) } else { omittedWarnings += 1 }
        }

        /// The row as a task draft with its import key; nil for a group heading (noted) or a bad row
        /// (added to `bad`).
        mutating func check(_ record: TaskTableRow) -> Row? {
            let words = importer.words, today = importer.today
            func clean(_ text: String?) -> String? {
                guard let value = text.map(TaskStore.clean), !value.isEmpty else { return nil }
                return value
            }
            guard let title = clean(record.title) else {
                bad.append(BadRow(line: record.line, problem: .missingTitle))
                return nil
            }
            if TaskImporter.isHeading(number: clean(record.number)), clean(record.unit) == nil, clean(record.due) == nil {
                warn(.headingSkipped(line: record.line, title: title))
                heading = title
                return nil
            }
            var note = clean(record.note)
            var due: CalendarDate?
            var rule: TaskRecurrence?
            let dueCell = clean(record.due) ?? ""
            let cellDate = CellDate.read(dueCell, today: today, noDeadline: words.noDeadline)
            var anchor: CalendarDate?
            if case .exact(let date) = cellDate { anchor = date }  // "15/01/2026, hằng quý"
            // A recurrence column ("Lặp lại": "ngày 31 hằng tháng", as `tasks export` writes it) is read
            // with the deadline cell; its day wins over the deadline's, which a short month clamps.
            let period = clean(record.recurrence).map { (text: $0, match: importer.recurrence.find(in: Tokenizer.foldedWords($0))) }
            if let period, period.match == nil {
                bad.append(BadRow(line: record.line, problem: .unreadableRecurrence(period.text)))
                return nil
            }
            let deadline = [clean(record.due), period?.text].compactMap { $0 }.joined(separator: ", ")
            switch importer.recurrence.recurrence(in: deadline, anchor: anchor, today: today) {
            case .success(let found)?:
                // A recurring deadline: the task comes back once done, starting with the next occurrence.
                rule = found.rule
                due = found.first
                if let match = period?.match, let day = match.day, let anchor, [.monthly, .quarterly].contains(match.frequency) {
                    rule = TaskRecurrence(frequency: match.frequency, month: anchor.month, day: day) ?? found.rule
                }
            case .failure?:
                bad.append(BadRow(line: record.line, problem: .invalidDate(dueCell)))
                return nil
            case nil:
                break
            }
            switch rule != nil ? CellDate.none : cellDate {
            case .none: break
            case .exact(let date): due = date
            case .approximate(let date, let written):
                due = date
                note = [note, Msg.taskImportApproximateDue(written: written, due: date.display)].compactMap { $0 }.joined(separator: " ")
                warn(.approximateDue(line: record.line, written: written, due: date))
            case .noDeadline(let written):
                note = [note, Msg.taskImportNoDeadline(written: written)].compactMap { $0 }.joined(separator: " ")
            case .invalid(let written):
                bad.append(BadRow(line: record.line, problem: .invalidDate(written)))
                return nil
            case .unreadable(let written):
                bad.append(BadRow(line: record.line, problem: .unreadableDate(written)))
                return nil
            }
            var unit = clean(record.unit)
            if let written = unit {
                switch importer.resolveUnit(written) {
                case .known(let canonical): unit = canonical
                case .unknown(let suggestions):
                    warn(.unknownUnit(line: record.line, name: written, suggestions: suggestions))
                }
            }
            let key = TaskImporter.importKey(title: title, unit: unit)
            let draft = TaskDraft(title: title, unit: unit, coUnits: clean(record.coUnits), due: due, product: clean(record.product),
                                  note: note, source: "import:\(fileName):\(record.line)", recurrence: rule)
            return Row(line: record.line, draft: draft, importKey: key, planID: record.planID, planRow: record.planRow,
                       planGroup: clean(record.group) ?? heading)
        }
    }
}
