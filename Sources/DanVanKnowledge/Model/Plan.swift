import DanVanText

/// A plan ("Kế hoạch") as structured facts, each tied to the section of the text it comes from.
///
/// The same shape comes out of the importer and out of `Data/plans/*.json`; the curated file may
/// add what the text does not say (e.g. a law's number) but never changes what the text says.
public struct Plan: Codable, Equatable, Sendable {
    /// Stable identifier (a slug of the file name), e.g. `ke-hoach-dan-van-duong-an-2025`.
    public var id: String
    /// "Số, ký hiệu", e.g. `308/KH-UBND`; nil when the text does not give it.
    public var number: String?
    /// Date of issue; nil when the text does not give it.
    public var date: CalendarDate?
    /// Place of issue ("Hà Nội"), when given.
    public var place: String?
    /// Issuing authority as written, e.g. `Ủy ban nhân dân xã Đường An`.
    public var issuer: String
    /// Title after "KẾ HOẠCH", in sentence case as written.
    public var title: String
    /// The opening paragraph that states the legal bases ("Thực hiện …", "Căn cứ …").
    public var preamble: String
    /// Every numbered section with its text, in order.
    public var sections: [PlanSection]
    /// Documents the plan cites, each once, in order of first citation.
    public var documents: [LegalDocument]
    /// Units the plan gives duties to, with those duties.
    public var units: [UnitDuties]
    /// Report deadlines and other dated obligations.
    public var deadlines: [Deadline]
    /// "Nơi nhận" lines, without the leading dash and trailing semicolon.
    public var recipients: [String]
    /// The signer block.
    public var signer: Signer?
    /// Who receives the reports ("Phòng Văn hóa - Xã hội", "Sở Tư pháp"), when the plan says.
    public var reportsTo: String?
    /// The section id ("III.3") whose duties apply to every office and unit, when there is one.
    public var allUnitsSection: String?
    /// Short topic words for naming the plan in a question ("dân vận", "chuyển đổi số").
    public var topics: [String]
    /// The task rows of the appendix table ("Phụ lục"), in order; empty when the plan has none.
    public var appendix: [AppendixRow] = []
    /// Short forms the plan defines ("HKD" → "hộ kinh doanh"); nil in plans saved before they were read.
    public var abbreviations: [Abbreviation]?
    /// The plan's notes ("[1] …"), each with the section of the paragraph that calls it.
    public var footnotes: [Footnote]?

    public init(id: String, number: String? = nil, date: CalendarDate? = nil, place: String? = nil,
                issuer: String, title: String, preamble: String = "", sections: [PlanSection] = [],
                documents: [LegalDocument] = [], units: [UnitDuties] = [], deadlines: [Deadline] = [],
                recipients: [String] = [], signer: Signer? = nil, reportsTo: String? = nil,
                allUnitsSection: String? = nil, topics: [String] = [], appendix: [AppendixRow] = [],
                abbreviations: [Abbreviation]? = nil, footnotes: [Footnote]? = nil) {
        self.id = id
        self.number = number
        self.date = date
        self.place = place
        self.issuer = issuer
        self.title = title
        self.preamble = preamble
        self.sections = sections
        self.documents = documents
        self.units = units
        self.deadlines = deadlines
        self.recipients = recipients
        self.signer = signer
        self.reportsTo = reportsTo
        self.allUnitsSection = allUnitsSection
        self.topics = topics
        self.appendix = appendix
        self.abbreviations = abbreviations
        self.footnotes = footnotes
    }

    private enum CodingKeys: String, CodingKey {
        case id, number, date, place, issuer, title, preamble, sections, documents, units, deadlines, recipients,
             signer, reportsTo, allUnitsSection, topics, appendix, abbreviations, footnotes
    }

    /// Decodes a plan; a file written before the appendix was read has no `appendix` key and gets none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), number: try c.decodeIfPresent(String.self, forKey: .number),
                  date: try c.decodeIfPresent(CalendarDate.self, forKey: .date),
                  place: try c.decodeIfPresent(String.self, forKey: .place), issuer: try c.decode(String.self, forKey: .issuer),
                  title: try c.decode(String.self, forKey: .title), preamble: try c.decode(String.self, forKey: .preamble),
                  sections: try c.decode([PlanSection].self, forKey: .sections),
                  documents: try c.decode([LegalDocument].self, forKey: .documents),
                  units: try c.decode([UnitDuties].self, forKey: .units), deadlines: try c.decode([Deadline].self, forKey: .deadlines),
                  recipients: try c.decode([String].self, forKey: .recipients),
                  signer: try c.decodeIfPresent(Signer.self, forKey: .signer),
                  reportsTo: try c.decodeIfPresent(String.self, forKey: .reportsTo),
                  allUnitsSection: try c.decodeIfPresent(String.self, forKey: .allUnitsSection),
                  topics: try c.decode([String].self, forKey: .topics),
                  appendix: try c.decodeIfPresent([AppendixRow].self, forKey: .appendix) ?? [],
                  abbreviations: try c.decodeIfPresent([Abbreviation].self, forKey: .abbreviations),
                  footnotes: try c.decodeIfPresent([Footnote].self, forKey: .footnotes))
    }

    /// The section with this id ("I.1", "III"), if any.
    public func section(_ id: String) -> PlanSection? { sections.first { $0.id == id } }
}

/// One numbered part of a plan: "I", "I.1", "II.2", "III.3", "1.1" under II becomes "II.1.1".
public struct PlanSection: Codable, Equatable, Sendable {
    /// Hierarchical id: roman heading, then arabic numbers, joined by dots ("III.3").
    public var id: String
    /// Heading text as written, without its number ("Mục đích", "Phòng Văn hóa - Xã hội xã").
    public var title: String
    /// Paragraphs of this section's own body (not its subsections'), broken lines joined.
    public var paragraphs: [String]
    /// What the section is about, when recognised: purpose, requirements, content, organization, report…
    public var role: SectionRole?

    public init(id: String, title: String, paragraphs: [String] = [], role: SectionRole? = nil) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.role = role
    }
}

public enum SectionRole: String, Codable, Sendable {
    case purposeAndRequirements, purpose, requirements, content, goals, solutions, organization, funding, reporting
}

/// A document cited by a plan.
public struct LegalDocument: Codable, Equatable, Sendable {
    /// Kind in full: "Quyết định", "Chỉ thị", "Nghị định", "Nghị quyết", "Kết luận", "Luật", "Kế hoạch"…
    public var kind: String
    /// "Số, ký hiệu" as normalised: `3177/QĐ-UBND`, `59/2023/NĐ-CP`, `114-KL/TW`; nil for a law cited by name only.
    public var symbol: String?
    /// The law's own name for a Luật cited by name ("Luật Thực hiện dân chủ ở cơ sở").
    public var name: String?
    /// Issuer in full as the plan states it ("Thủ tướng Chính phủ").
    public var issuer: String?
    public var date: CalendarDate?
    /// What the plan says the document is about ("về tăng cường và đổi mới công tác dân vận…").
    public var subject: String?
    /// Sections of the plan that cite it ("preamble", "I.1", "II.1").
    public var sections: [String]
    /// Facts not in the plan's text, added by a curator, shown with their origin ("Số hiệu luật: 10/2022/QH15").
    public var note: String?

    public init(kind: String, symbol: String? = nil, name: String? = nil, issuer: String? = nil,
                date: CalendarDate? = nil, subject: String? = nil, sections: [String] = [], note: String? = nil) {
        self.kind = kind
        self.symbol = symbol
        self.name = name
        self.issuer = issuer
        self.date = date
        self.subject = subject
        self.sections = sections
        self.note = note
    }

    /// The leading number of the symbol ("3177" of `3177/QĐ-UBND`), if any.
    public var number: String? {
        guard let symbol else { return nil }
        let digits = symbol.prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }
}

/// A unit named by the plan and what it must do.
public struct UnitDuties: Codable, Equatable, Sendable {
    /// Canonical name as written in the plan ("Phòng Văn hóa - Xã hội", "Sở Khoa học và Công nghệ").
    public var name: String
    public var duties: [Duty]
    /// True for a unit that stands for many ("UBND các xã, phường", "các Sở, ban, ngành"); nil when not.
    public var collective: Bool?
    /// For a collective unit: how the names of the units it stands for begin, folded ("so", "ban",
    /// "uy ban nhan dan xa"); "" when it stands for every unit ("các cơ quan, đơn vị"). Nil when not read.
    public var members: [String]?

    public init(name: String, duties: [Duty] = [], collective: Bool? = nil, members: [String]? = nil) {
        self.name = name
        self.duties = duties
        self.collective = collective
        self.members = members
    }

    /// Whether this collective unit stands for the unit named `words` (folded words): "Sở Nội vụ" is
    /// one of "các Sở, ban, ngành", "UBND xã An Hòa" one of "UBND các xã, phường".
    public func includes(_ words: [String]) -> Bool {
        guard collective == true, let members, !words.isEmpty else { return false }
        let name = words.joined(separator: " ")
        return members.contains { $0.isEmpty || name == $0 || name.hasPrefix($0 + " ") }
    }
}

public struct Duty: Codable, Equatable, Sendable {
    public enum Role: String, Codable, Sendable {
        /// The unit's own duty under its heading in "Tổ chức thực hiện".
        case own
        /// "Đơn vị chủ trì" of a task.
        case lead
        /// "Đơn vị phối hợp" of a task.
        case support
    }
    public var text: String
    public var section: String
    public var role: Role
    /// When the duty is a task with a stated time ("Hoàn thành trong năm 2025", "Thường xuyên").
    public var timing: String?

    public init(text: String, section: String, role: Role = .own, timing: String? = nil) {
        self.text = text
        self.section = section
        self.role = role
        self.timing = timing
    }
}

/// A dated obligation: a one-off date, or one that recurs monthly or yearly.
public struct Deadline: Codable, Equatable, Sendable {
    /// How often a recurring deadline comes back (plans saved before daily, weekly and quarterly
    /// existed hold only monthly and yearly).
    public enum Recurrence: String, Codable, Sendable { case daily, weekly, monthly, quarterly, yearly }
    /// What is due, as the plan words it ("Báo cáo lần 1", "Báo cáo kết quả thực hiện").
    public var label: String
    /// Report round (1, 2…) when the plan numbers its reports.
    public var round: Int?
    /// The fixed date, for a one-off deadline.
    public var date: CalendarDate?
    public var recurrence: Recurrence?
    /// Day of month for monthly/quarterly/yearly (nil: the period's last day), weekday 1–7 for weekly; month for yearly.
    public var day: Int?
    public var month: Int?
    /// Who the report goes to, when the plan says ("UBND xã (qua Phòng Văn hóa - Xã hội)").
    public var recipient: String?
    public var section: String
    /// The sentence it comes from.
    public var text: String
    /// Every `interval` periods ("định kỳ 06 tháng": monthly, 6), when more than one.
    public var interval: Int?
    /// Times of day ("trước 19h00 hằng ngày", "trước 9h00 và 16h00"), when the plan gives them.
    public var times: [TimeOfDay]?
    /// "02 lần/ngày": how many times per period.
    public var timesPerPeriod: Int?
    /// A delay counted from an event rather than a date ("trong thời hạn 10 ngày kể từ ngày nhận …"):
    /// the days, and the event as written.
    public var offsetDays: Int?
    public var anchor: String?

    public init(label: String, round: Int? = nil, date: CalendarDate? = nil, recurrence: Recurrence? = nil,
                day: Int? = nil, month: Int? = nil, recipient: String? = nil, section: String, text: String,
                interval: Int? = nil, times: [TimeOfDay]? = nil, timesPerPeriod: Int? = nil,
                offsetDays: Int? = nil, anchor: String? = nil) {
        self.label = label
        self.round = round
        self.date = date
        self.recurrence = recurrence
        self.day = day
        self.month = month
        self.recipient = recipient
        self.section = section
        self.text = text
        self.interval = interval
        self.times = times
        self.timesPerPeriod = timesPerPeriod
        self.offsetDays = offsetDays
        self.anchor = anchor
    }

    /// The rule of a recurring deadline, for date arithmetic.
    public var rule: DanVanText.Recurrence? {
        guard let recurrence else { return nil }
        let frequency: DanVanText.Recurrence.Frequency
        switch recurrence {
        case .daily: frequency = .daily
        case .weekly: frequency = .weekly
        case .monthly: frequency = .monthly
        case .quarterly: frequency = .quarterly
        case .yearly: frequency = .yearly
        }
        return DanVanText.Recurrence(frequency, interval: interval ?? 1, day: day, month: month)
    }

    /// The next date the deadline falls on, counted from `today` (today included); the fixed date for a one-off.
    public func nextOccurrence(from today: CalendarDate) -> CalendarDate? {
        if let date { return date }
        return rule?.next(onOrAfter: today)
    }

    /// How the deadline recurs or is counted, in words ("trước ngày 15 hằng tháng", "hằng ngày, trước
    /// 9h00 và 16h00", "trong 10 ngày kể từ ngày nhận"); nil for a plain date.
    public var ruleText: String? {
        if let offsetDays { return Msg.offsetRule(days: offsetDays, anchor: anchor ?? "") }
        guard let recurrence else { return nil }
        let base: String
        switch recurrence {
        case .daily: base = Msg.dailyRule
        case .weekly: base = Msg.weeklyRule(weekday: day)
        case .monthly: base = (interval ?? 1) > 1 ? Msg.everyMonthsRule(interval ?? 1) : (day.map(Msg.monthlyRule) ?? Msg.monthEndRule)
        case .quarterly: base = day.map(Msg.quarterlyDayRule) ?? Msg.quarterlyRule
        case .yearly: base = day.flatMap { d in month.map { Msg.yearlyRule(day: d, month: $0) } } ?? Msg.yearEndRule
        }
        return Msg.withTimes(base, perPeriod: timesPerPeriod, times: (times ?? []).map(\.display))
    }
}

/// The signature block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name".
public struct Signer: Codable, Equatable, Sendable {
    /// "TM.", "KT.", "TL.", "TUQ." or nil.
    public var mode: String?
    /// On whose behalf ("Ủy ban nhân dân"), when TM. is given.
    public var authority: String?
    /// The signer's own title ("Chủ tịch", "Phó Chủ tịch").
    public var title: String
    public var name: String
    /// For KT.: the title signed for ("Chủ tịch").
    public var signsFor: String?

    public init(mode: String? = nil, authority: String? = nil, title: String, name: String, signsFor: String? = nil) {
        self.mode = mode
        self.authority = authority
        self.title = title
        self.name = name
        self.signsFor = signsFor
    }
}
