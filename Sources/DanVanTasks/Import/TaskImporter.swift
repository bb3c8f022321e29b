import DanVanText
import Foundation

/// Turns appendix CSV text into task drafts, checking every row before anything is written.
///
///     let plan = try TaskImporter(words: vocabulary.importing, resolveUnit: resolver, today: today)
///         .plan(text: csv, fileName: "phu-luc.csv")
///     plan.rows.count   // rows to add, each with its import key
struct TaskImporter {
    struct Row {
        var line: Int
        var draft: TaskDraft
        var importKey: String
        /// The plan and appendix row the task comes from, when known.
        var planID: String? = nil
        var planRow: Int? = nil
        var planGroup: String? = nil
    }

    struct Plan {
        var rows: [Row]
        var warnings: [ImportWarning]
    }

    let words: TaskVocabulary.ImportWords
    let resolveUnit: UnitResolver
    let today: CalendarDate
    /// Periods of a deadline cell ("trước ngày 15 hằng tháng") that make the task recurring.
    var recurrence = RecurrenceReader([:])

    /// - Throws: `TaskImportError` — the whole file is refused when any row is bad.
    func plan(text: String, fileName: String) throws -> Plan {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records: [CSVRecord]
        do {
            records = try CSVRecordReader.records(in: text)
        } catch CSVRecordReader.Failure.unterminatedQuote(let line) {
            throw TaskImportError.unterminatedQuote(path: fileName, line: line)
        } catch CSVRecordReader.Failure.fieldTooLong(let line) {
            throw TaskImportError.fieldTooLong(path: fileName, line: line, limit: CSVRecordReader.fieldLimit)
        } catch {
            throw TaskImportError.malformed(path: fileName)
        }
        // Comment lines ("# VÍ DỤ …") and blank lines may precede the header.
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank && !($0.fields.first ?? "").hasPrefix("#") }) else {
            throw TaskImportError.empty(path: fileName)
        }
        let header = records[headerIndex]
        let columns = ImportColumn.map(headers: header.fields, synonyms: words.columns)
        guard columns[.title] != nil else {
            throw TaskImportError.missingTitleColumn(line: header.line, headers: header.fields)
        }
        let warnings: [ImportWarning] = header.fields.enumerated()
            .filter { index, name in !columns.values.contains(index) && !name.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { ImportWarning.ignoredColumn(name: $0.element) }
        let rows = records[(headerIndex + 1)...].filter { !$0.isBlank }.map { record -> TaskTableRow in
            func cell(_ column: ImportColumn) -> String? {
                guard let index = columns[column], index < record.fields.count else { return nil }
                return record.fields[index]
            }
            return TaskTableRow(line: record.line, number: cell(.number), title: cell(.title), unit: cell(.unit),
                                coUnits: cell(.coUnits), due: cell(.due), product: cell(.product), note: cell(.note),
                                recurrence: cell(.recurrence))
        }
        return try plan(rows: rows, fileName: fileName, warnings: warnings)
    }

    /// Task drafts from table rows (a CSV's, a plan's appendix, an Excel sheet): every row is checked
    /// before anything is written.
    ///
    /// - Throws: `TaskImportError.badRows` — the whole table is refused when any row is bad.
    func plan(rows table: [TaskTableRow], fileName: String, warnings: [ImportWarning] = []) throws -> Plan {
        var warnings = warnings
        var rows: [Row] = []
        var bad: [BadRow] = []
        var firstLineByKey: [String: Int] = [:]
        var heading: String?   // the last group heading of a CSV ("I. Nhóm …"), the group of the rows under it
        for record in table {
            func clean(_ text: String?) -> String? {
                guard let value = text.map(TaskStore.clean), !value.isEmpty else { return nil }
                return value
            }
            guard let title = clean(record.title) else {
                bad.append(BadRow(line: record.line, problem: .missingTitle))
                continue
            }
            if Self.isHeading(number: clean(record.number)), clean(record.unit) == nil, clean(record.due) == nil {
                warnings.append(.headingSkipped(line: record.line, title: title))
                heading = title
                continue
            }
            var note = clean(record.note)
            var due: CalendarDate?
            var rule: TaskRecurrence?
            let cellDate = CellDate.read(clean(record.due) ?? "", today: today, noDeadline: words.noDeadline)
            var anchor: CalendarDate?
            if case .exact(let date) = cellDate { anchor = date }  // "15/01/2026, hằng quý"
            // A recurrence column ("Lặp lại": "ngày 31 hằng tháng", as `tasks export` writes it) is read
            // with the deadline cell; its day wins over the deadline's, which a short month clamps.
            let period = clean(record.recurrence).map { (text: $0, match: recurrence.find(in: Tokenizer.foldedWords($0))) }
            if let period, period.match == nil {
                bad.append(BadRow(line: record.line, problem: .unreadableRecurrence(period.text)))
                continue
            }
            let deadline = [clean(record.due), period?.text].compactMap { $0 }.joined(separator: ", ")
            switch recurrence.recurrence(in: deadline, anchor: anchor, today: today) {
            case .success(let found)?:
                // A recurring deadline: the task comes back once done, starting with the next occurrence.
                rule = found.rule
                due = found.first
                if let match = period?.match, let day = match.day, let anchor, [.monthly, .quarterly].contains(match.frequency) {
                    rule = TaskRecurrence(frequency: match.frequency, month: anchor.month, day: day) ?? found.rule
                }
            case .failure?:
                bad.append(BadRow(line: record.line, problem: .invalidDate(clean(record.due) ?? "")))
                continue
            case nil:
                break
            }
            switch rule != nil ? CellDate.none : cellDate {
            case .none: break
            case .exact(let date): due = date
            case .approximate(let date, let written):
                due = date
                note = [note, Msg.taskImportApproximateDue(written: written, due: date.display)].compactMap { $0 }.joined(separator: " ")
                warnings.append(.approximateDue(line: record.line, written: written, due: date))
            case .noDeadline(let written):
                note = [note, Msg.taskImportNoDeadline(written: written)].compactMap { $0 }.joined(separator: " ")
            case .invalid(let written):
                bad.append(BadRow(line: record.line, problem: .invalidDate(written)))
                continue
            case .unreadable(let written):
                bad.append(BadRow(line: record.line, problem: .unreadableDate(written)))
                continue
            }
            var unit = clean(record.unit)
            if let written = unit {
                switch resolveUnit(written) {
                case .known(let canonical): unit = canonical
                case .unknown(let suggestions):
                    warnings.append(.unknownUnit(line: record.line, name: written, suggestions: suggestions))
                }
            }
            let key = Self.importKey(title: title, unit: unit)
            if let first = firstLineByKey[key] {
                warnings.append(.duplicateRow(line: record.line, firstLine: first))
                continue
            }
            firstLineByKey[key] = record.line
            let draft = TaskDraft(title: title, unit: unit, coUnits: clean(record.coUnits), due: due, product: clean(record.product),
                                  note: note, source: "import:\(fileName):\(record.line)", recurrence: rule)
            rows.append(Row(line: record.line, draft: draft, importKey: key, planID: record.planID, planRow: record.planRow,
                            planGroup: clean(record.group) ?? heading))
        }
        if !bad.isEmpty { throw TaskImportError.badRows(bad) }
        return Plan(rows: rows, warnings: warnings)
    }

    /// Folded content and unit: the same task imported twice gets the same key.
    static func importKey(title: String, unit: String?) -> String {
        let words = { (text: String) in Tokenizer.foldedWords(text).joined(separator: " ") }
        return words(title) + "|" + words(unit ?? "")
    }

    /// Roman numerals and single capital letters number the appendix's group headings.
    static func isHeading(number: String?) -> Bool {
        guard let number = number?.trimmingCharacters(in: CharacterSet(charactersIn: " .)")), !number.isEmpty else { return false }
        let upper = number.uppercased()
        if upper.allSatisfy({ "IVXL".contains($0) }) { return true }
        return upper.count == 1 && upper.first!.isLetter
    }
}
