import DanVanText

/// Short topic phrases naming what a plan is about, for questions like "kế hoạch cải cách hành chính".
///
///     TopicExtractor(vocabulary: v).topics(ofTitle: "… thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số …")
///     // ["dữ liệu", "chuyển đổi số"]
///
/// Known topics (`topics`) found in the title, longest first, in title order; when none is known, the
/// title's first run of words that are not `topicStopWords` (two to seven words).
struct TopicExtractor {
    let vocabulary: PlanVocabulary

    func topics(ofTitle title: String) -> [String] {
        let words = Self.words(title)
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(index: Int, topic: String)] = []
        for topic in vocabulary.topics.sorted(by: { Self.words($0).count > Self.words($1).count }) {
            let t = Self.words(topic)
            guard !t.isEmpty, t.count <= words.count else { continue }
            for i in 0...(words.count - t.count) where Array(words[i..<(i + t.count)]) == t {
                guard !taken[i..<(i + t.count)].contains(true) else { continue }
                for k in i..<(i + t.count) { taken[k] = true }
                if !found.contains(where: { $0.topic == topic }) { found.append((i, topic)) }
            }
        }
        if !found.isEmpty { return found.sorted { $0.index < $1.index }.prefix(4).map(\.topic) }
        return fallback(title)
    }

    private func fallback(_ title: String) -> [String] {
        let original = title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let folded = original.map { Folding.fold($0) }
        let stops = vocabulary.topicStopWords.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        var runs: [[String]] = []
        var current: [String] = []
        var i = 0
        while i < folded.count {
            if folded[i].allSatisfy(\.isNumber) { runs.append(current); current = []; i += 1; continue }
            if let stop = stops.first(where: { i + $0.count <= folded.count && Array(folded[i..<(i + $0.count)]) == $0 }) {
                runs.append(current)
                current = []
                i += stop.count
                continue
            }
            current.append(original[i])
            i += 1
        }
        runs.append(current)
        guard let run = runs.first(where: { $0.count >= 2 }) else { return [] }
        return [run.prefix(7).joined(separator: " ")]
    }

    private static func words(_ text: String) -> [String] {
        Folding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
