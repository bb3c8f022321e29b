import DanVanKnowledge
import DanVanText

/// Finds the entities of a question: documents, units, report rounds, plans, glossary terms, topics.
///
///     extractor.entities(in: question("nghị định 61 nói về gì"))
///     // [document 61/2023/NĐ-CP, span 0..<3]
public struct EntityExtractor: Sendable {
    public var knowledge: KnowledgeBase
    public var vocabulary: CompiledVocabulary
    /// How questions name kinds of documents, from the knowledge base's one list of kinds.
    let kinds: [DocumentKinds.TypedKind]
    /// Kinds with a type code, longest code first (a bare symbol's letters start with it).
    let codedKinds: [(code: String, kind: String)]
    /// Kinds cited by name ("Luật"): computed once, not per question (measured: looking them up by
    /// folded name for every kind word of every question was a quarter of answering).
    let namedKinds: Set<String>
    /// The kind words a law's name starts with ("Luật …", "Bộ luật …": kinds cited by name), longest first.
    let namedKindWords: [[String]]
    /// The words of each law name known at start (folded, without its leading kind words), so that a
    /// question does not fold every name again; a name added later is folded when met.
    let lawWords: [String: [String]]
    /// The words of `lawWords` numbered, and each name's words as numbers: a question's words are compared
    /// with each word of the names once (`FuzzyTable`), not once per name and position (measured hot path).
    let lawLexicon: FuzzyLexicon
    let lawNumbers: [String: [Int]]

    public init(knowledge: KnowledgeBase, vocabulary: CompiledVocabulary) {
        self.knowledge = knowledge
        self.vocabulary = vocabulary
        kinds = knowledge.documentKinds.typedKinds
        codedKinds = knowledge.documentKinds.kinds.compactMap { k in k.abbreviation.map { (Folding.fold($0), k.name) } }
            .sorted { $0.code.count > $1.code.count }
        // `DocumentKinds.kind(named:)` of each kind's own name, with every name folded once: the first kind
        // whose folded name is the same.
        let all = knowledge.documentKinds.kinds
        let folded = all.map { Folding.fold($0.name) }
        namedKinds = Set(kinds.map(\.kind)).filter { name in
            folded.firstIndex(of: Folding.fold(name)).map { all[$0].named == true } ?? false
        }
        let named = namedKinds
        namedKindWords = kinds.filter { named.contains($0.kind) }.map(\.tokens).sorted { $0.count > $1.count }
        let kindWords = namedKindWords
        lawWords = Dictionary(knowledge.lawNames().map { ($0, Self.lawWords($0, kindWords: kindWords)) }, uniquingKeysWith: { a, _ in a })
        var lexicon = FuzzyLexicon()
        lawNumbers = lawWords.mapValues { $0.map { lexicon.number($0) } }
        lawLexicon = lexicon
    }

    /// A law's name as folded words, without the kind words it starts with ("luat", "bo luat").
    static func lawWords(_ name: String, kindWords: [[String]]) -> [String] {
        var words = Tokenizer.foldedWords(name)
        if let lead = kindWords.first(where: { words.count > $0.count && words.starts(with: $0) }) { words.removeFirst(lead.count) }
        return words
    }

    public func entities(in q: NormalizedQuestion) -> [Entity] {
        let tokens = q.tokens
        var found: [Entity] = []
        var used = Set<Int>()
        func free(_ r: Range<Int>) -> Bool { !r.contains(where: used.contains) }
        func take(_ e: Entity) {
            found.append(e)
            used.formUnion(e.span)
        }

        for e in planMentions(tokens) where free(e.span) { take(e) }
        for e in documentMentions(tokens) where free(e.span) { take(e) }
        for e in personMentions(tokens) where free(e.span) { take(e) }
        let asksForAbbreviation = vocabulary.abbreviationCues.contains(where: { !occurrences(of: $0, in: tokens).isEmpty })
        // Asked what it abbreviates, one word that is a term of the glossary ("viết tắt của UBMTTQVN") is the term,
        // not a unit's initials ("TTSNC có trách nhiệm gì" is the unit).
        if let u = knowledge.units.mention(in: tokens), free(u.span), !bareUnitOfAnotherPlan(u, tokens, plans: found),
           !(asksForAbbreviation && u.span.count == 1
             && !knowledge.glossary.mentions(in: [tokens[u.span.lowerBound]], lenient: false).isEmpty) {
            take(Entity(kind: .unit, value: .text(u.name), span: u.span))
        }
        for (pattern, round) in vocabulary.rounds {
            for start in occurrences(of: pattern, in: tokens) where free(start..<start + pattern.count) {
                // "mấy đợt một năm", "2 lần 1 tháng": a count per period, not the first round.
                let next = start + pattern.count
                if next < tokens.count, DateGrammar.shared.isCalendarUnit(tokens[next]) { continue }
                take(Entity(kind: .round, value: .number(round), span: start..<start + pattern.count))
            }
        }
        for e in compoundSymbols(q, used: used) { take(e) }
        // Years before issuers: "từ năm 2022" is a period, not the code TU.
        for e in yearMentions(tokens, used: used) where free(e.span) { take(e) }
        // Issuers, glossary terms and kind words may overlap each other ("TU" is both), not the entities above.
        let core = used
        func freeOfCore(_ r: Range<Int>) -> Bool { !r.contains(where: core.contains) }
        // A short form that is also a word ("tu": "từ"; "da": "đã") typed in lower case counts as the short form
        // only when the question is about it alone: it opens a short question with no number ("tu là gì").
        let aboutACodeAlone = tokens.count <= 4 && !tokens.contains { $0.contains(where: \.isNumber) }
        var issuerUsed = Set<Int>()
        for (pattern, name) in vocabulary.issuers {
            for start in occurrences(of: pattern, in: tokens) where freeOfCore(start..<start + pattern.count) {
                let span = start..<start + pattern.count
                if span.contains(where: issuerUsed.contains) { continue }
                // A short code counts only typed as a code: "từ", "cơ" are words, not TU, CP (`Glossary.typedAsCode`).
                if pattern.count == 1, pattern[0].count <= 3, start < q.typed.count,
                   !Glossary.typedAsCode(q.typed[start], forms: [pattern[0]], lenient: aboutACodeAlone && start == 0) {
                    continue
                }
                issuerUsed.formUnion(span)
                found.append(Entity(kind: .issuer, value: .text(name), span: span))
            }
        }
        for m in knowledge.glossary.mentions(in: tokens, typed: q.typed, lenient: aboutACodeAlone) where freeOfCore(m.span) {
            // "kh này ban hành ngày nào": a plan word ("kh") is the plan, unless the question is about the short form.
            let typedInCapitals = m.span.allSatisfy { q.typed.indices.contains($0) && q.typed[$0] == q.typed[$0].uppercased() }
            if !aboutACodeAlone, !typedInCapitals, !asksForAbbreviation, vocabulary.planWords.contains(Array(tokens[m.span])) { continue }
            // A one-word short form of a plain phrase ("BC: Báo cáo") may be the phrase itself in use.
            let meaning = Tokenizer.foldedWords(m.entry.meaning)
            let expansion = m.span.count == 1 && (2...3).contains(meaning.count) ? meaning : nil
            found.append(Entity(kind: .term, value: .text(m.entry.term), span: m.span, expansion: expansion))
            used.formUnion(m.span)
        }
        // "Hội đồng nhân dân viết tắt là gì": a full name counts as the term only when the abbreviation is asked for.
        if asksForAbbreviation {
            for m in knowledge.glossary.nameMentions(in: tokens) where freeOfCore(m.span) && free(m.span) {
                found.append(Entity(kind: .term, value: .text(m.entry.term), span: m.span))
                used.formUnion(m.span)
            }
        }
        var kindUsed = Set<Int>()
        // "kế hoạch" names the plan itself far more often than a cited plan: not a list filter.
        // An everyday word ("báo cáo", "kế hoạch") is not a list filter: it names a document only with its number.
        for typed in kinds where !typed.commonWord && !vocabulary.planWords.contains(typed.tokens) {
            let (pattern, kind) = (typed.tokens, typed.kind)
            for start in occurrences(of: pattern, in: tokens) where freeOfCore(start..<start + pattern.count) {
                let span = start..<start + pattern.count
                if span.contains(where: kindUsed.contains) { continue }
                // Inside an everyday word ("pháp luật", "luật sư") the kind's word names no document.
                if typed.notIn.contains(where: { word in
                    occurrences(of: word, in: tokens).contains { $0 <= start && $0 + word.count >= span.upperBound }
                }) { continue }
                kindUsed.formUnion(span)
                found.append(Entity(kind: .documentKind, value: .text(kind), span: span))
            }
        }
        let termSpans = Set(found.filter { $0.kind == .term || $0.kind == .documentKind }.flatMap { Array($0.span) })
        if let topic = topic(tokens, typed: q.typed, used: used.subtracting(termSpans), fillers: q.fillers) { found.append(topic) }
        found.append(contentsOf: sectionReferences(tokens))
        return found.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    // MARK: Documents

    private func documentMentions(_ tokens: [String]) -> [Entity] {
        var out: [Entity] = []
        // The law names and the question's words compared with theirs: worked out on the first law looked up.
        var laws: LawLookup?
        var i = 0
        while i < tokens.count {
            // Kind words, then "số", then a number or a symbol.
            if let typedKind = kinds.first(where: { tokens[i...].starts(with: $0.tokens) }) {
                let (pattern, kind) = (typedKind.tokens, typedKind.kind)
                var j = i + pattern.count
                if j < tokens.count, vocabulary.numberWords.contains(tokens[j]) { j += 1 }
                if j < tokens.count, tokens[j].first?.isNumber == true {
                    guard let document = document(typedKind, symbol: tokens[j], span: i..<j + 1) else { i += 1; continue }
                    out.append(document)
                    i = j + 1
                    continue
                }
                if namedKinds.contains(kind), let law = lawByName(tokens, from: i, &laws) {
                    out.append(law)
                    i = law.span.upperBound
                    continue
                }
            }
            // A kind glued to its symbol ("nd59/2023", "qd3177/qd-ubnd"): the kind word, then the symbol.
            let t = tokens[i]
            if let cut = t.firstIndex(where: \.isNumber), cut > t.startIndex,
               let typedKind = kinds.first(where: { $0.tokens.count == 1 && $0.tokens[0] == t[..<cut] }), !typedKind.commonWord,
               let document = document(typedKind, symbol: String(t[cut...]), span: i..<i + 1) {
                out.append(document)
                i += 1
                continue
            }
            // A bare number that is the number of exactly one cited document ("văn bản 3177", "số 1669").
            if t.count >= 2, t.allSatisfy(\.isNumber), i == 0 || vocabulary.numberLeads.contains(tokens[i - 1]) || tokens.count <= 3 {
                let parsed = DocumentSymbol.Identity(t)
                let matches = candidates(parsed).filter { parsed.matches($0.key.identity) }
                let distinct = Set(matches.map { $0.symbol ?? "" })
                if distinct.count == 1 {
                    out.append(Entity(kind: .document, value: .document(DocumentMention(typed: t, number: parsed.number,
                                                                                           matches: matches.map(\.locator))),
                                      span: i..<i + 1))
                    i += 1
                    continue
                }
            }
            // A bare symbol: "33/ct-ttg", "59/2023", "114-kl/tw".
            if t.first?.isNumber == true, t.contains("/") || (t.contains("-") && t.contains(where: \.isLetter)) {
                let parsed = DocumentSymbol.Identity(t)
                if parsed.hasLetters || parsed.year != nil {
                    let matches = candidates(parsed).filter { parsed.matches($0.key.identity) }.map(\.locator)
                    if !matches.isEmpty || parsed.hasLetters {
                        let kind = codedKinds.first { parsed.letters.hasPrefix($0.code) }?.kind
                        out.append(Entity(kind: .document,
                                          value: .document(DocumentMention(typed: t.uppercased(), kind: kind, number: parsed.number,
                                                                             year: parsed.year, matches: matches)),
                                          span: i..<i + 1))
                    }
                }
            }
            i += 1
        }
        if out.isEmpty, let law = lawByName(tokens, from: nil, &laws) { out.append(law) }
        return out
    }

    /// The document a kind and a number or symbol name ("nghị định 59/2023"), with the cited documents it may be;
    /// nil for a kind that is an everyday word ("báo cáo 3") when no cited document has that number.
    private func document(_ typedKind: DocumentKinds.TypedKind, symbol: String, span: Range<Int>) -> Entity? {
        let parsed = DocumentSymbol.Identity(symbol)
        let matches = candidates(parsed).filter { parsed.matches($0.key.identity) && $0.key.isKind(typedKind.kind, code: typedKind.code) }
            .map(\.locator)
        if typedKind.commonWord && matches.isEmpty { return nil }
        let typed = parsed.hasLetters ? symbol.uppercased() : "\(typedKind.kind) \(symbol.uppercased())"
        return Entity(kind: .document, value: .document(DocumentMention(typed: typed, kind: typedKind.kind, number: parsed.number,
                                                                         year: parsed.year, matches: matches)),
                      span: span)
    }

    /// A law cited by name ("luật thực hiện dân chủ ở cơ sở"): the cited law whose name the question covers best.
    /// The law names known now and the question's words compared with the words of those known at start.
    struct LawLookup {
        var names: [String]
        var table: FuzzyTable
    }

    private func lawByName(_ tokens: [String], from start: Int?, _ laws: inout LawLookup?) -> Entity? {
        // Distinct names are matched (a law cited by many plans is matched once); the documents of the
        // winner are then read by name.
        var best: (name: String, span: Range<Int>, coverage: Double)?
        let kindWords = namedKindWords
        if laws == nil { laws = LawLookup(names: knowledge.lawNames(), table: lawLexicon.table(for: tokens)) }
        guard let lookup = laws else { return nil }
        for name in lookup.names {
            let words = lawWords[name] ?? Self.lawWords(name, kindWords: kindWords)
            guard !words.isEmpty else { continue }
            let from = start.map { $0 + 1 } ?? 0
            guard from < tokens.count else { continue }
            // A name known at start is compared on the question's table; one added since, word by word.
            let numbers = lawNumbers[name]
            func matches(_ q: Int, _ w: Int) -> Bool {
                if let numbers { return lookup.table.matches(q, numbers[w]) }
                return FuzzyMatcher.matches(tokens[q], words[w])
            }
            // The longest run of the question's words (from `from`) that is a run of the law's name.
            var run = 0, runStart = from, nameStart = 0
            for qs in from..<tokens.count {
                for ws in words.indices {
                    var k = 0
                    while qs + k < tokens.count, ws + k < words.count, matches(qs + k, ws + k) { k += 1 }
                    if k > run { run = k; runStart = qs; nameStart = ws }
                }
                if start != nil { break }
            }
            // Without its kind word, a name of one or two words ("giáo dục", "đất đai") is a topic, not the law.
            // Nor is a few words out of a long name ("mặt trận tổ quốc" of "Luật sửa đổi … Luật Mặt trận Tổ quốc
            // Việt Nam, Luật Công đoàn…"): without the kind word, half the name at least, from its first word
            // ("văn bản quy phạm pháp luật" is a common term, not "Luật Ban hành văn bản quy phạm pháp luật").
            guard run >= min(4, words.count),
                  start != nil || (run >= 3 && run * 2 >= words.count && nameStart == 0) else { continue }
            let coverage = Double(run) / Double(words.count)
            if best == nil || coverage > best!.coverage {
                best = (name, (start ?? runStart)..<runStart + run, coverage)
            }
        }
        guard let best, let doc = knowledge.documents(named: best.name).first else { return nil }
        let sameLaw = knowledge.documents(nameFolded: doc.key.nameFolded ?? "").filter { $0.key == doc.key }
        return Entity(kind: .document,
                      value: .document(DocumentMention(typed: doc.name ?? doc.kind, kind: doc.kind, matches: sameLaw.map(\.locator))),
                      span: best.span)
    }

    /// Cited documents that may match a typed number or symbol (the index looks them up by number).
    private func candidates(_ typed: DocumentSymbol.Identity) -> [IndexedDocument] {
        guard let number = typed.number else { return [] }
        return knowledge.documents(number: number)
    }

    // MARK: People

    /// A signer named in the question ("Đào Đức Vỹ là ai"): plans in memory and the default plan.
    private func personMentions(_ tokens: [String]) -> [Entity] {
        var names = Set<String>()
        for p in [knowledge.defaultPlan].compactMap({ $0 }) + knowledge.loadedPlans { if let s = p.signer { names.insert(s.name) } }
        var out: [Entity] = []
        for name in names {
            let words = Tokenizer.foldedWords(name)
            guard words.count >= 2, words.count <= tokens.count else { continue }
            for start in 0...(tokens.count - words.count) where tokens[start..<start + words.count].elementsEqual(words) {
                out.append(Entity(kind: .person, value: .text(name), span: start..<start + words.count))
            }
        }
        return out
    }

    /// "kh 179 tỷ trọng kinh tế số": words of a unit's name without its type word ("kinh tế"), in a question
    /// naming a plan that does not name that unit, are the plan's topic, not the unit.
    private func bareUnitOfAnotherPlan(_ u: (name: String, span: Range<Int>), _ tokens: [String], plans: [Entity]) -> Bool {
        guard knowledge.units.isBare(tokens, span: u.span), let named = plans.first(where: { $0.kind == .plan }),
              case .text(let id) = named.value, let plan = knowledge.plan(id: id) else { return false }
        return !plan.units.contains { $0.name == u.name }
    }

    // MARK: Plans

    private func planMentions(_ tokens: [String]) -> [Entity] {
        guard knowledge.hasPlans else { return [] }
        var out: [Entity] = []
        for pattern in vocabulary.planWords {
            for start in occurrences(of: pattern, in: tokens) {
                var j = start + pattern.count
                if j < tokens.count, vocabulary.numberWords.contains(tokens[j]) { j += 1 }
                guard j < tokens.count else { continue }
                if tokens[j].first?.isNumber == true {
                    let typed = DocumentSymbol.Identity(tokens[j])
                    if let id = knowledge.planID(numberKey: typed.number) {
                        out.append(Entity(kind: .plan, value: .text(id), span: start..<j + 1))
                    }
                    continue
                }
                // Topic or issuer words after "kế hoạch": the plan whose title/issuer holds the longest run of them
                // (`PlanNameRun`); two plans with the same run name none. Only the best few are read (indexed).
                let run = PlanNameRun(tokens[j..<min(tokens.count, j + PlanNameRun.maxSteps)].map { word in
                    let stop = vocabulary.stopwords.contains(word), connector = vocabulary.planConnectors.contains(word)
                    return PlanNameRun.Step(word, stop ? (connector ? .filler : .end) : (connector ? .connector : .word))
                })
                var best: PlanNameRun.Match?
                var tie = false
                for plan in knowledge.plans(namedBy: run) where plan.hits >= PlanNameRun.minimumHits {
                    if let b = best, plan.hits <= b.hits {
                        if plan.hits == b.hits { tie = true }
                    } else {
                        best = plan
                        tie = false
                    }
                }
                if let best, !tie { out.append(Entity(kind: .plan, value: .text(best.id), span: start..<j + best.end)) }
            }
        }
        // A one-word plan word glued to its symbol ("kh308/ubnd"): a code, one token.
        for (i, token) in tokens.enumerated() {
            guard let word = vocabulary.planWords.first(where: { $0.count == 1 && token.hasPrefix($0[0]) })?[0],
                  token.count > word.count, token.dropFirst(word.count).first?.isNumber == true,
                  !out.contains(where: { $0.span.contains(i) }) else { continue }
            let typed = DocumentSymbol.Identity(String(token.dropFirst(word.count)))
            if let id = knowledge.planID(numberKey: typed.number) { out.append(Entity(kind: .plan, value: .text(id), span: i..<i + 1)) }
        }
        return out
    }

    // MARK: Topic

    /// The words after "về"/"đến" that are not another entity: what a "nói gì về …" question is about.
    private func topic(_ tokens: [String], typed: [String], used: Set<Int>, fillers: Set<Int>) -> Entity? {
        guard let marker = tokens.lastIndex(where: vocabulary.topicMarkers.contains) else { return nil }
        let range = (marker + 1)..<tokens.count
        func stop(_ i: Int) -> Bool { vocabulary.isStopword(tokens[i], typed: typed.indices.contains(i) ? typed[i] : nil) }
        let words = range.filter { !fillers.contains($0) && !stop($0) && !used.contains($0) }
        guard let first = words.first, let last = words.last else { return nil }
        let text = (first...last).filter { !stop($0) }.map { typed.indices.contains($0) ? typed[$0] : tokens[$0] }
            .joined(separator: " ")
        return Entity(kind: .topic, value: .text(text), span: first..<last + 1)
    }

    private func occurrences(of pattern: [String], in tokens: [String]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= tokens.count else { return [] }
        // Measured hot path (every round, issuer, kind and cue phrase against every question): the first
        // word is compared before the run.
        let first = pattern[0]
        return (0...(tokens.count - pattern.count)).filter { tokens[$0] == first && tokens[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }
}
