import DanVanText
import Foundation

/// Finds the units a plan gives duties to, and those duties.
///
/// Three ways plans assign work:
/// - a heading under "Tổ chức thực hiện" that names a unit ("1. Phòng Văn hóa - Xã hội xã"): the
///   section's paragraphs are its own duties; a heading naming every office ("3. Các phòng, đơn vị…")
///   marks the all-units section;
/// - task lines ("Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Cơ quan thực hiện: Sở Y tế chủ trì, phối
///   hợp với …", "Thời gian thực hiện: …") after the task text they belong to, in any section;
/// - a paragraph of "Tổ chức thực hiện", "Kinh phí" or "Chế độ báo cáo" that starts with a unit
///   ("Sở Nội vụ chủ trì…", "Giao Sở Tư pháp theo dõi…").
struct DutyExtractor {
    let vocabulary: PlanVocabulary
    let units: UnitNameReader

    private(set) var order: [String] = []
    private(set) var byKey: [String: UnitDuties] = [:]
    private(set) var allUnitsSection: String?

    init(vocabulary: PlanVocabulary) {
        self.vocabulary = vocabulary
        self.units = UnitNameReader(vocabulary: vocabulary)
    }

    var result: [UnitDuties] { order.compactMap { byKey[$0] } }

    mutating func read(_ sections: [PlanSection]) {
        for section in sections { readTaskLines(section) }
        let organizing = sections.filter { $0.role == .organization }.map(\.id)
        let paragraphRoles: Set<SectionRole> = [.organization, .funding, .reporting]
        var consumed: [String] = []
        for section in sections {
            if consumed.contains(where: { SectionBuilder.isWithin(section.id, $0) }) { continue }
            let underOrganization = organizing.contains { SectionBuilder.isWithin(section.id, $0) && section.id != $0 }
            if underOrganization, let reading = units.read(section.title), !taskLine(section.title) {
                consumed.append(section.id)
                readUnitSection(section, reading: reading, all: sections)
                continue
            }
            let inParagraphRole = sections.contains { s in
                s.role.map(paragraphRoles.contains) == true && SectionBuilder.isWithin(section.id, s.id)
            }
            if inParagraphRole {
                readUnitParagraphs(section)
            } else {
                readLabelledDuties(section)
            }
        }
    }

    /// "2. Sở Nội vụ: chủ trì …", "- Công an tỉnh: phối hợp …" in any section: the units before the
    /// colon are given the duty after it.
    private mutating func readLabelledDuties(_ section: PlanSection) {
        for p in [section.title] + section.paragraphs {
            let text = LineShape.stripMarker(p)
            // A unit's name is short and capitalised: look for the colon near the start only.
            guard text.first?.isUppercase == true, let colon = text.prefix(120).firstIndex(of: ":"),
                  !taskLine(text), !isClosingSentence(text) else { continue }
            let head = String(text[..<colon])
            let duty = String(text[text.index(after: colon)...]).trimmingSpaces()
            guard duty.split(separator: " ").count > 1, let reading = units.read(head),
                  reading.rest.trimmingCharacters(in: CharacterSet(charactersIn: " .,;")).isEmpty else { continue }
            var (role, partners) = leadAndPartners(duty)
            let folded = Folding.fold(String(duty.prefix(20)))
            if role == .own, vocabulary.supportWords.contains(where: { folded.hasPrefix($0 + " ") }) { role = .support }
            for unit in reading.units { add(unit, Duty(text: duty, section: section.id, role: role)) }
            for partner in partners { add(partner, Duty(text: duty, section: section.id, role: .support)) }
        }
    }

    /// "Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng kế hoạch": the units after a short opening
    /// clause (up to three commas in, within the first 150 characters).
    private func unitsAfterOpeningClause(_ text: String) -> UnitNameReader.Reading? {
        var index = text.startIndex
        for _ in 0..<3 {
            guard let comma = text[index...].firstIndex(of: ","), text.distance(from: text.startIndex, to: comma) < 150 else { return nil }
            index = text.index(after: comma)
            if let reading = units.read(String(text[index...]).trimmingSpaces()), reading.rest.split(separator: " ").count > 1 {
                return reading
            }
        }
        return nil
    }

    /// "Trên đây là Kế hoạch …": the plan's closing words, not a duty.
    private func isClosingSentence(_ text: String) -> Bool {
        let folded = Folding.fold(String(text.prefix(40)))
        return vocabulary.closingSentences.contains { folded.hasPrefix($0 + " ") }
    }

    // MARK: Unit headings and unit paragraphs

    private mutating func readUnitSection(_ section: PlanSection, reading original: UnitNameReader.Reading, all: [PlanSection]) {
        var reading = original
        var texts: [String] = []
        // "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả" over its own points: a plural unit described by
        // a clause is named by the whole heading (the clause is not its duty).
        let hasPoints = !section.paragraphs.isEmpty || all.contains { $0.id.hasPrefix(section.id + ".") }
        let heading = section.title.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        if hasPoints, reading.units.count == 1, !reading.rest.isEmpty, units.startsWithDeterminer(reading.units[0]),
           heading.split(separator: " ").count <= 16, !heading.contains(where: { ".;:".contains($0) }) {
            reading = UnitNameReader.Reading(units: [reading.units[0] + " " + reading.rest], rest: "")
        }
        let restWords = reading.rest.split(separator: " ").count
        if restWords > 1 {
            // "5. Sở Giáo dục và Đào tạo: Chủ trì, phối hợp …": the duty is what follows the colon.
            let title = section.title
            if let colon = title.firstIndex(of: ":"), units.read(String(title[..<colon]))?.rest.isEmpty == true {
                texts.append(String(title[title.index(after: colon)...]).trimmingSpaces())
            } else {
                texts.append(title)
            }
        }
        for s in all where SectionBuilder.isWithin(s.id, section.id) {
            if s.id != section.id { texts.append(s.title) }
            texts.append(contentsOf: s.paragraphs)
        }
        let (role, partners) = leadAndPartners(reading.rest)
        for text in texts {
            let duty = LineShape.stripMarker(text)
            guard !duty.isEmpty, !isClosingSentence(duty) else { continue }
            for unit in reading.units { add(unit, Duty(text: duty, section: section.id, role: role)) }
            for partner in partners { add(partner, Duty(text: duty, section: section.id, role: .support)) }
        }
        if allUnitsSection == nil, let first = reading.units.first, units.isAllUnits(first) { allUnitsSection = section.id }
    }

    private mutating func readUnitParagraphs(_ section: PlanSection) {
        // A numbered item of these sections is its own title ("1. Các sở, ban, ngành … xây dựng dự toán…").
        for p in [section.title] + section.paragraphs {
            let text = LineShape.stripMarker(p)
            guard !taskLine(text), !isClosingSentence(text),
                  var reading = units.read(text) ?? unitsAfterOpeningClause(text),
                  reading.rest.split(separator: " ").count > 1 else { continue }
            // "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị … nghiêm túc triển khai": the units asked do it.
            let restFolded = Folding.fold(String(reading.rest.prefix(20)))
            if vocabulary.requestVerbs.contains(where: { restFolded.hasPrefix($0 + " ") }), let asked = units.read(reading.rest),
               asked.rest.split(separator: " ").count > 1 {
                reading = asked
            }
            let (role, partners) = leadAndPartners(reading.rest)
            for unit in reading.units { add(unit, Duty(text: text, section: section.id, role: role)) }
            for partner in partners { add(partner, Duty(text: text, section: section.id, role: .support)) }
            if allUnitsSection == nil, let first = reading.units.first, units.isAllUnits(first) { allUnitsSection = section.id }
        }
    }

    /// "chủ trì, phối hợp với Y …" after a unit: the unit leads, Y supports.
    private func leadAndPartners(_ rest: String) -> (Duty.Role, [String]) {
        let folded = Folding.fold(rest)
        let leads = vocabulary.leadWords.contains { folded.hasPrefix($0) }
        var partners: [String] = []
        // Longest first: "phối hợp với Y" before "phối hợp Y".
        for word in vocabulary.supportWords.sorted(by: { $0.count > $1.count }) {
            guard let r = folded.range(of: word + " ") else { continue }
            let offset = folded.distance(from: folded.startIndex, to: r.upperBound)
            // Only partners named right after "phối hợp (với)", within the first clause.
            guard offset < 40 else { continue }
            partners = units.read(String(rest.dropFirst(offset)))?.units ?? []
            break
        }
        return (leads ? .lead : .own, leads ? partners : [])
    }

    // MARK: Task lines

    private enum Line {
        case task(String)
        case label
        case assignment(role: Duty.Role?, value: String)
        case timing(String)
    }

    private func classify(_ paragraph: String) -> Line {
        let text = LineShape.stripMarker(paragraph)
        let colon = text.firstIndex(of: ":")
        let label = colon.map { String(text[..<$0]) } ?? text
        let foldedLabel = Folding.fold(label).trimmingCharacters(in: .whitespaces)
        let labelWords = foldedLabel.split(separator: " ").map(String.init)
        let value = colon.map { String(text[text.index(after: $0)...]).trimmingSpaces() } ?? ""
        if colon != nil, labelWords.count <= 10 {
            if vocabulary.timingLabels.contains(foldedLabel) {
                return .timing(value.trimmingCharacters(in: CharacterSet(charactersIn: " .;")))
            }
            if vocabulary.assignmentHeads.contains(where: { foldedLabel.hasPrefix($0 + " ") }) {
                if vocabulary.supportWords.contains(where: { foldedLabel.contains($0) }) { return .assignment(role: .support, value: value) }
                if vocabulary.leadWords.contains(where: { foldedLabel.contains($0) }) { return .assignment(role: .lead, value: value) }
                if vocabulary.performerWords.contains(where: { foldedLabel.contains($0) }) { return .assignment(role: nil, value: value) }
            }
            if vocabulary.taskLabels.contains(foldedLabel) {
                return value.isEmpty ? .label : .task(value)
            }
        }
        // "a) Hoạt động 1": a label with a number.
        if labelWords.count <= 3, let last = labelWords.last, Int(last) != nil,
           vocabulary.taskLabels.contains(labelWords.dropLast().joined(separator: " ")) {
            return .label
        }
        return .task(text)
    }

    private func taskLine(_ text: String) -> Bool {
        switch classify(text) {
        case .assignment, .timing: return true
        default: return false
        }
    }

    private struct Group {
        var leads: [String] = []
        var supports: [String] = []
        var itemDuties: [(unit: String, text: String)] = []
        var timing: String?
        var open = false
        var expectingItems = false
    }

    private mutating func readTaskLines(_ section: PlanSection) {
        var pending: [String] = []
        var group = Group()
        func emit() {
            guard group.open else { return }
            let texts = pending.isEmpty ? [section.title] : pending
            for text in texts {
                for unit in group.leads { add(unit, Duty(text: text, section: section.id, role: .lead, timing: group.timing)) }
                for unit in group.supports { add(unit, Duty(text: text, section: section.id, role: .support, timing: group.timing)) }
            }
            for item in group.itemDuties { add(item.unit, Duty(text: item.text, section: section.id, role: .lead, timing: group.timing)) }
            pending = []
            group = Group()
        }
        for p in section.paragraphs {
            switch classify(p) {
            case .label:
                emit()
            case .timing(let value):
                group.open = true
                group.timing = value
            case .assignment(let role, let value):
                group.open = true
                if value.isEmpty { group.expectingItems = true; continue }
                assign(value, role: role, into: &group)
            case .task(let text):
                if group.expectingItems, LineShape.listMarker(p) != nil, let reading = units.read(text) {
                    let folded = Folding.fold(reading.rest)
                    if vocabulary.leadWords.contains(where: { folded.hasPrefix($0) }) {
                        assign(text, role: nil, into: &group)
                    } else {
                        for unit in reading.units { group.itemDuties.append((unit, text)) }
                    }
                    continue
                }
                if group.open { emit() }
                pending.append(text)
            }
        }
        emit()
    }

    /// "Sở Y tế chủ trì, phối hợp với …" or a plain list of units.
    private func assign(_ value: String, role: Duty.Role?, into group: inout Group) {
        guard let reading = units.read(value) else { return }
        switch role {
        case .support?:
            group.supports.append(contentsOf: reading.units)
        default:
            let (inlineRole, partners) = leadAndPartners(reading.rest)
            group.leads.append(contentsOf: reading.units)
            if inlineRole == .lead { group.supports.append(contentsOf: partners) }
        }
    }

    // MARK: Registry

    private mutating func add(_ unit: String, _ duty: Duty) {
        let key = Folding.fold(unit)
        if byKey[key] == nil {
            order.append(key)
            byKey[key] = UnitDuties(name: unit, collective: units.isCollective(unit) ? true : nil)
        }
        if !(byKey[key]!.duties.contains(duty)) { byKey[key]!.duties.append(duty) }
    }
}
