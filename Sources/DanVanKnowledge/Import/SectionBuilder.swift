import DanVanText
import Foundation

/// Builds the numbered sections of a plan's body, with hierarchical ids and roles.
///
///     "I. MỤC ĐÍCH YÊU CẦU" → I (purposeAndRequirements); "1. Mục đích" → I.1 (purpose);
///     "1.1. Xây dựng…" under II → II.1.1; "a) …" stays a paragraph of its section.
struct SectionBuilder {
    let vocabulary: PlanVocabulary

    func sections(of body: ArraySlice<String>) -> [PlanSection] {
        let useRoman = body.contains { LineShape.heading($0)?.roman != nil }
        var sections: [PlanSection] = []
        var used: Set<String> = []
        var roman: String?
        for p in body {
            if let h = LineShape.heading(p), h.roman != nil || !h.numbers.isEmpty {
                var id: String
                let isRoman = h.roman != nil
                if let r = h.roman {
                    id = LineShape.toRoman(r)
                } else {
                    let parent = useRoman ? roman.map { $0 + "." } ?? "" : ""
                    id = parent + h.numbers.map(String.init).joined(separator: ".")
                }
                var unique = id
                var n = 2
                while used.contains(unique) { unique = "\(id)-\(n)"; n += 1 }
                used.insert(unique)
                // A roman numeral written twice ("III. LỘ TRÌNH…", "III. NHIỆM VỤ…"): the second section's
                // subsections go under it ("III-2.1"), not among the first one's.
                if isRoman { roman = unique }
                let title = h.title.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
                // A subsection has a role only when it differs from its ancestors' ("1. Mục đích" under
                // "I. MỤC ĐÍCH, YÊU CẦU"), not when it repeats it ("1.1. Mục tiêu 1 …" under "II. MỤC TIÊU").
                var sectionRole = role(of: title)
                var ancestor = Self.parent(of: unique)
                while let a = ancestor, sectionRole != nil {
                    if let r = sections.first(where: { $0.id == a })?.role {
                        if r == sectionRole { sectionRole = nil }
                        break
                    }
                    ancestor = Self.parent(of: a)
                }
                sections.append(PlanSection(id: unique, title: title, paragraphs: [], role: sectionRole))
            } else if !sections.isEmpty {
                sections[sections.count - 1].paragraphs.append(p)
            }
        }
        // "I. MỤC TIÊU" in a plan with no "Mục đích": the goals are what the plan is for.
        let purposes: Set<SectionRole> = [.purpose, .purposeAndRequirements]
        if !sections.contains(where: { $0.role.map(purposes.contains) == true }),
           let first = sections.firstIndex(where: { $0.role == .goals && !$0.id.contains(".") }) {
            sections[first].role = .purpose
        }
        return sections
    }

    /// The role of a short heading title, from `sectionRoles`.
    func role(of title: String) -> SectionRole? {
        let words = Folding.fold(title).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty, words.count <= vocabulary.roleTitleMaxWords else { return nil }
        for pattern in vocabulary.sectionRoles {
            for prefix in pattern.prefixes {
                let p = prefix.split { !$0.isLetter && !$0.isNumber }.map(String.init)
                if words.starts(with: p) { return pattern.role }
            }
        }
        return nil
    }

    /// The id of a section's parent ("II.1" of "II.1.1", "II" of "II.1"), or nil at the top.
    static func parent(of id: String) -> String? {
        guard let dot = id.lastIndex(of: ".") else { return nil }
        return String(id[..<dot])
    }

    /// Whether `id` is `ancestor` or lies under it.
    static func isWithin(_ id: String, _ ancestor: String) -> Bool {
        id == ancestor || id.hasPrefix(ancestor + ".")
    }
}
