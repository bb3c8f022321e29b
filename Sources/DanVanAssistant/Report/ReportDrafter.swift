import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// Drafts a unit's report or the compiled report of a round from the task store and the plan.
///
///     let drafter = ReportDrafter(plan: plan, units: knowledge.units, carryOutOpenings: catalog.vocabulary.carryOutOpenings,
///                                 today: CalendarDate(iso: "2025-12-05")!)
///     let draft = try drafter.draft(ReportRequest(unit: "phòng kinh tế", round: 2), storePath: path)
///     draft.markdown   // "ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN  \n**PHÒNG KINH TẾ** …"
///
/// Only facts from the store and the plan go in; what a person must write is left as empty headings.
public struct ReportDrafter: Sendable {
    public var plan: Plan
    public var units: UnitDirectory
    public var today: CalendarDate
    /// The header, symbol and subject rules.
    let style: AdministrativeStyle

    /// - Parameter carryOutOpenings: folded openings of a plan title that say "carry out"
    ///   (`CompiledVocabulary.carryOutOpenings`), restated in the subject.
    public init(plan: Plan, units: UnitDirectory, carryOutOpenings: [[String]], today: CalendarDate) {
        self.plan = plan
        self.units = units
        self.today = today
        style = AdministrativeStyle(units: units, carryOutOpenings: carryOutOpenings)
    }

    /// Checks the request against the plan and the unit directory, then reads the store at `storePath`
    /// (never creating a SQLite file; `opener` chooses the backend).
    ///
    /// - Throws: `ReportError` (unknown unit, round the plan lacks, missing or unreadable store).
    public func draft(_ request: ReportRequest, storePath: String, opener: TaskStoreOpener = .sqlite) throws -> ReportDraft {
        let target = try resolve(request)
        guard opener.isServer || FileManager.default.fileExists(atPath: storePath) else { throw ReportError.noStore(path: storePath) }
        let snapshot: [(task: PlanTask, notes: [ProgressNote])]
        do {
            snapshot = try ((try? opener.open(storePath, true)) ?? opener.open(storePath, false)).reportSnapshot()
        } catch {
            throw ReportError.store(TaskErrorWording.message(for: error))
        }
        return signed(build(target, tasks: snapshot), by: request.signer)
    }

    /// The draft over tasks already read (`TaskStore.reportSnapshot()`).
    ///
    /// - Throws: `ReportError` for an unknown unit or a round the plan lacks.
    public func draft(_ request: ReportRequest, tasks: [(task: PlanTask, notes: [ProgressNote])]) throws -> ReportDraft {
        signed(build(try resolve(request), tasks: tasks), by: request.signer)
    }

    /// The draft with its signature block's signer.
    private func signed(_ draft: ReportDraft, by signer: ReportSigner?) -> ReportDraft {
        switch draft {
        case .unit(var r):
            r.signer = signer
            return .unit(r)
        case .compiled(var r):
            r.signer = signer
            return .compiled(r)
        }
    }

    /// A checked request: the canonical unit (nil for compiled) and the period.
    struct Target {
        var unit: String?
        var period: ReportPeriod
    }

    func resolve(_ request: ReportRequest) throws -> Target {
        if request.compiled && request.unit != nil { throw ReportError.unitAndCompiled }
        var unit: String?
        if !request.compiled {
            guard let typed = request.unit?.trimmingCharacters(in: .whitespaces), !typed.isEmpty else {
                throw ReportError.unitMissing
            }
            switch units.resolve(typed) {
            case .known(let name):
                if units.isCollective(name) { throw ReportError.collectiveUnit(name) }
                unit = name
            case .unknown(let suggestions):
                throw ReportError.unknownUnit(typed, suggestions: suggestions)
            }
        }
        return Target(unit: unit, period: try ReportPeriod(round: request.round, plan: plan, today: today))
    }

    func build(_ target: Target, tasks: [(task: PlanTask, notes: [ProgressNote])]) -> ReportDraft {
        var canonical: [String: String] = [:]
        func unitOf(_ task: PlanTask) -> String? {
            guard let raw = task.unit else { return nil }
            if let known = canonical[raw] { return known }
            var name = raw
            if case .known(let n) = units.resolve(raw) { name = n }
            canonical[raw] = name
            return name
        }
        let items = tasks.map { (unitOf($0.task), ReportItem(task: $0.task, notes: $0.notes, period: target.period, today: today)) }
        if let unit = target.unit {
            let mine = items.filter { $0.0 == unit }.map(\.1)
            return .unit(UnitReport(plan: plan, unit: unit, period: target.period, today: today, items: mine,
                                    header: style.header(plan: plan, office: unit, today: today),
                                    subject: style.subject(plan: plan, period: target.period, compiled: false)))
        }
        return .compiled(compiled(items, period: target.period))
    }

    private func compiled(_ items: [(String?, ReportItem)], period: ReportPeriod) -> CompiledReport {
        var byUnit: [String: [ReportItem]] = [:]
        var unassigned: [ReportItem] = []
        for (unit, item) in items {
            if let unit { byUnit[unit, default: []].append(item) } else { unassigned.append(item) }
        }
        var names = Set(byUnit.keys)
        for named in plan.units {
            var name = named.name
            if case .known(let n) = units.resolve(name) { name = n }
            if !units.isCollective(name) { names.insert(name) }
        }
        let order = Dictionary(units.units.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = names.sorted { a, b in
            switch (order[a], order[b]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
        var rows = sorted.map { name -> CompiledReportRow in
            let mine = byUnit[name] ?? []
            let reported: Bool? = units.isCollective(name) ? nil : mine.contains { $0.hasActivity(in: period) }
            return CompiledReportRow(unit: name, items: mine, reported: reported)
        }
        if !unassigned.isEmpty { rows.append(CompiledReportRow(unit: nil, items: unassigned, reported: nil)) }
        var compiler = plan.reportsTo
        if let c = compiler, case .known(let n) = units.resolve(c) { compiler = n }
        return CompiledReport(plan: plan, compiler: compiler, period: period, today: today, rows: rows,
                              header: style.header(plan: plan, office: compiler, today: today),
                              subject: style.subject(plan: plan, period: period, compiled: true))
    }
}
