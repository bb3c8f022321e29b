import DanVanText
import Foundation

/// Reads a plan ("Kế hoạch") from text or a file into a `Plan`.
///
///     let importer = try PlanImporter(dataDirectory: URL(fileURLWithPath: "Data"))
///     let plan = try importer.importFile(at: URL(fileURLWithPath: "ke-hoach-308.docx"))
///     plan.number   // "308/KH-UBND"
///
/// Text saved from Word, copied from a PDF viewer (broken lines, page breaks, stray spaces), NFD or
/// with the look-alike `Ð` is cleaned first (`TextCleaner`). An all-caps title is put in sentence case
/// with proper names, document symbols and the kind word before them kept capitalised; a mixed-case
/// title is kept as written.
public struct PlanImporter: Sendable {
    public let vocabulary: ImportVocabulary
    /// Reads the appendix tables; without column names (`AppendixVocabulary.none`) no appendix is read.
    public var appendixReader = AppendixTableReader(vocabulary: .none)

    public init(vocabulary: ImportVocabulary) {
        self.vocabulary = vocabulary
    }

    /// An importer with the vocabulary of a data directory (`Data/vocabulary/*.yaml`).
    ///
    /// - Throws: `LibraryError.brokenDataFile` naming a missing or malformed vocabulary file.
    public init(dataDirectory: URL) throws {
        self.init(vocabulary: try ImportVocabulary.load(dataDirectory: dataDirectory))
        appendixReader = AppendixTableReader(vocabulary: .load(dataDirectory: dataDirectory))
    }

    /// Imports a file: `.docx` read directly, anything else as text.
    ///
    /// - Parameter url: the file; its name gives the plan's id ("ke-hoach-308.docx" → "ke-hoach-308").
    /// - Returns: the plan; nothing is saved.
    /// - Throws: `ImportError` naming the file: missing, unreadable, binary, empty, not UTF-8, a legacy
    ///   encoding, a PDF or `.doc`, a `.docx` that is not a zip or has no document, not a plan.
    public func importFile(at url: URL) throws -> Plan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportError.fileNotFound(path: url.path)
        }
        guard !isDirectory.boolValue else { throw ImportError.unreadable(path: url.path) }
        let data = try Self.boundedContents(of: url)
        return try withWorkbookBeside(try importData(data, fileName: url.lastPathComponent), planURL: url)
    }

    /// Imports a file's bytes; `fileName` names it in errors and gives the id.
    public func importData(_ data: Data, fileName: String) throws -> Plan {
        guard !data.isEmpty else { throw ImportError.empty(name: fileName) }
        if data.count > ImportLimits.fileBytes {
            throw ImportError.tooLarge(name: fileName, limit: ImportLimits.megabytes(ImportLimits.fileBytes))
        }
        let text = try PlanTextReader.text(of: data, name: fileName)
        return withAppendix(try importPlan(text: text, id: Self.planID(forFileName: fileName), name: fileName), text: text, data: data)
    }

    /// Imports a plan from its text.
    ///
    ///     try importer.importPlan(text: seedText, id: "ke-hoach-dan-van-duong-an-2025").issuer
    ///     // "Ủy ban nhân dân xã Đường An"
    ///
    /// - Throws: `ImportError.empty` for blank text, `.notAPlan` when there is neither a "KẾ HOẠCH"
    ///   heading nor numbered sections.
    public func importPlan(text: String, id: String) throws -> Plan {
        withAppendix(try importPlan(text: text, id: id, name: id), text: text, data: nil)
    }

    func importPlan(text: String, id: String, name: String) throws -> Plan {
        let plan = vocabulary.plan
        let paragraphs = TextCleaner(vocabulary: plan).paragraphs(of: text)
        guard !paragraphs.isEmpty else { throw ImportError.empty(name: name) }
        guard let layout = PlanLayout(paragraphs: paragraphs, vocabulary: plan) else { throw ImportError.notAPlan(name: name) }
        let sections = SectionBuilder(vocabulary: plan).sections(of: layout.body)
        guard !sections.isEmpty else { throw ImportError.notAPlan(name: name) }

        let headerReader = HeaderReader(vocabulary: vocabulary)
        let header = headerReader.read(layout)
        let units = UnitNameReader(vocabulary: plan)
        let caser = VietnameseCaser(vocabulary: plan, kinds: vocabulary.kinds)
        let closing = ClosingReader(vocabulary: plan, caser: caser)
        let signer = closing.signer(layout.closing)
        let preamble = layout.preamble.joined(separator: "\n")

        var citations = CitationExtractor(vocabulary: vocabulary)
        // The preamble before the title: it cites in full what an all-caps title cites in capitals.
        for p in layout.preamble { citations.read(p, section: "preamble") }
        if !header.title.isEmpty { citations.read(header.title, section: "title") }
        for section in sections {
            citations.read(section.title, section: section.id)
            for p in section.paragraphs { citations.read(p, section: section.id) }
        }

        // Notes after the signature ("[1] …") go with the paragraph that calls them, and are read for citations.
        var calls: [(section: String, texts: [String])] = [("preamble", Array(layout.preamble))]
        calls += sections.map { ($0.id, [$0.title] + $0.paragraphs) }
        let footnotes = Footnotes.read(layout.closing, calls: calls)
        for note in footnotes { citations.read(note.text, section: note.section ?? "preamble") }

        var abbreviations = AbbreviationReader(vocabulary: plan)
        for p in layout.preamble { abbreviations.read(p, section: "preamble") }
        for section in sections {
            abbreviations.read(section.title, section: section.id)
            for p in section.paragraphs { abbreviations.read(p, section: section.id) }
        }

        var duties = DutyExtractor(vocabulary: plan)
        duties.read(sections)
        let deadlines = DeadlineExtractor(vocabulary: plan, units: units, planDate: header.date).read(sections)
        let reportSource = deadlines.first { f in
            duties.allUnitsSection.map { SectionBuilder.isWithin(f.deadline.section, $0) } == true && (f.via ?? f.to) != nil
        } ?? deadlines.first { ($0.via ?? $0.to) != nil }

        let issuer = header.issuer
            ?? headerReader.issuer(inPreamble: preamble, units: units)
            ?? signer?.authority
            ?? ""
        return Plan(
            id: id, number: header.number, date: header.date, place: header.place, issuer: issuer,
            title: header.title, preamble: preamble, sections: sections,
            documents: Self.joiningCutLawNames(Self.namingShortLaws(citations.result, abbreviations: abbreviations.result),
                                               openers: plan.citationIssuerOpeners, joiners: plan.nameConnectors),
            units: CollectiveMembers(vocabulary: plan).annotate(duties.result, abbreviations: abbreviations.result), deadlines: deadlines.map(\.deadline), recipients: closing.recipients(layout.closing),
            signer: signer, reportsTo: reportSource.flatMap { $0.via ?? $0.to },
            allUnitsSection: duties.allUnitsSection,
            topics: TopicExtractor(vocabulary: plan).topics(ofTitle: header.title),
            abbreviations: abbreviations.result.isEmpty ? nil : abbreviations.result,
            footnotes: footnotes.isEmpty ? nil : footnotes)
    }

    /// A plan id from a file name: folded, words joined by "-" ("Kế hoạch 308.docx" → "ke-hoach-308").
    public static func planID(forFileName name: String) -> String {
        var base = name
        if let dot = base.lastIndex(of: "."), dot > base.startIndex { base = String(base[..<dot]) }
        let words = Folding.fold(base).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let id = words.joined(separator: "-")
        return id.isEmpty ? "ke-hoach" : id
    }
}
