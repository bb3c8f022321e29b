import DanVanTasks
import DanVanText

/// The vocabulary, folded and split into words once, ready for matching.
struct CommandLexicon {
    /// A verb and the intent it opens.
    struct Verb {
        var words: [String]
        var intent: TaskIntent
    }

    let nouns: [[String]]
    let numberPrefixes: [[String]]
    let numberBlockers: [[String]]
    let articles: [[String]]
    let afterNoun: [[String]]
    let questionWords: [[String]]
    let doneLeading: [[String]]
    let doneTrailing: [[String]]
    let politePrefixes: [[String]]
    let politeSuffixes: [[String]]
    /// Every intent's verbs, longest first so "giao lại" wins over a shorter verb.
    let verbs: [Verb]
    let undoPhrases: [[String]]
    /// Whole commands asking for the next page of a list ("xem thêm", "tiếp").
    let morePhrases: [[String]]
    /// Whole commands asking for the overall progress ("tiến độ chung").
    let progressPhrases: [[String]]
    /// Whole commands asking for the day's agenda ("hôm nay có gì").
    let agendaPhrases: [[String]]
    /// Whole commands asking for the month's deadline calendar ("lịch hạn").
    let calendarPhrases: [[String]]
    let connectors: [TaskIntent: [[String]]]
    let assign: [[String]]
    let weakAssign: [[String]]
    let unitHeads: [[String]]
    let coUnits: [[String]]
    let product: [[String]]
    let due: [[String]]
    let dueFillers: [[String]]
    let listCues: [[String]]
    let cueFillers: [[String]]
    let unitCues: [[String]]
    /// "phụ lục": the sentence is about the plan's appendix, not the store's list.
    let listPlanMarkers: [[String]]
    let unitConnectors: [[String]]
    let filters: [(TaskListFilterWord, [[String]])]
    let windowDays: [[String]]
    let windowWeeks: [[String]]
    let soonDays: Int
    let sqlMarkers: [String]
    let examples: [TaskIntent: [String]]
    /// Periods of recurring tasks ("hằng tháng") and the days before them.
    let recurrence: RecurrenceReader

    init(_ v: TaskVocabulary, courtesy: EntityVocabulary.Courtesy) {
        func words(_ list: [String]) -> [[String]] {
            list.map(Tokenizer.foldedWords).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        nouns = words(v.nouns)
        numberPrefixes = words(v.numberPrefixes)
        numberBlockers = words(v.numberBlockers)
        articles = words(v.articleWords)
        afterNoun = words(v.afterNounWords)
        questionWords = words(v.questionWords)
        doneLeading = words(v.intents[TaskIntent.done.rawValue]?.leading ?? [])
        doneTrailing = words(v.intents[TaskIntent.done.rawValue]?.trailing ?? [])
        // Courtesy words are listed once (entities.yaml); a word the command reads as a question
        // ("nhiệm vụ 3 đã xong à") is never dropped from its end.
        politePrefixes = words(courtesy.beforeCommand)
        let asking = questionWords
        politeSuffixes = words(courtesy.afterCommand).filter { !asking.contains($0) }
        verbs = v.intents.flatMap { key, w in
            TaskIntent(rawValue: key).map { intent in w.verbs.map { Verb(words: Tokenizer.foldedWords($0), intent: intent) } } ?? []
        }
            .filter { !$0.words.isEmpty }
            .sorted { ($0.words.count, $0.intent.rawValue) > ($1.words.count, $1.intent.rawValue) }
        undoPhrases = words(v.intents[TaskIntent.undo.rawValue]?.phrases ?? [])
        morePhrases = words(v.intents[TaskIntent.more.rawValue]?.phrases ?? [])
        progressPhrases = words(v.intents[TaskIntent.progress.rawValue]?.phrases ?? [])
        agendaPhrases = words(v.intents[TaskIntent.agenda.rawValue]?.phrases ?? [])
        calendarPhrases = words(v.intents[TaskIntent.deadlineCalendar.rawValue]?.phrases ?? [])
        connectors = Dictionary(uniqueKeysWithValues: v.intents.compactMap { key, w in TaskIntent(rawValue: key).map { ($0, words(w.connectors)) } })
        assign = words(v.add.assign)
        weakAssign = words(v.add.weakAssign)
        unitHeads = words(v.add.unitHeads)
        coUnits = words(v.add.coUnits)
        product = words(v.add.product)
        due = words(v.add.due)
        dueFillers = words(v.add.dueFillers)
        listCues = words(v.list.cues)
        cueFillers = words(v.list.cueFillers)
        unitCues = words(v.list.unitCues)
        listPlanMarkers = words(v.list.planMarkers)
        unitConnectors = words(v.list.unitConnectors)
        let f = v.list.filters
        filters = [(.open, words(f.open)), (.done, words(f.done)), (.overdue, words(f.overdue)),
                   (.dueSoon, words(f.dueSoon)), (.dueToday, words(f.dueToday)), (.deleted, words(f.deleted))]
        windowDays = words(v.list.windowDays)
        windowWeeks = words(v.list.windowWeeks)
        soonDays = v.list.soonDays
        sqlMarkers = v.sqlMarkers.map { Folding.fold($0) }
        recurrence = RecurrenceReader(v.recurrence ?? [:])
        examples = Dictionary(uniqueKeysWithValues: v.intents.compactMap { key, w in TaskIntent(rawValue: key).map { ($0, w.examples) } })
    }
}
