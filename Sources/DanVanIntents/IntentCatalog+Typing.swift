import DanVanText
import Foundation

/// The typing repair's data and vocabulary: the syllable inventory and the words kept as typed from
/// the intents folder, and every phrase the intents and entities know (to split words run together).
extension IntentCatalog {
    /// `syllables.txt` and `typing.txt` of the folder; a file that is missing leaves the repair off.
    static func loadTypingData(directory: URL) -> TypingData {
        func read(_ name: String) -> String {
            (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return TypingData(syllables: read("syllables.txt"), rules: read("typing.txt"))
    }

    /// The repair of the sources, reading their phrases (folded) on first use.
    static func typingRepair(_ sources: IntentSources) -> TypingRepair {
        TypingRepair(data: sources.typing) {
            let v = sources.vocabulary
            var texts: [String] = []
            for d in sources.definitions {
                texts += d.keywords.keys
                texts += (d.exclude ?? [:]).keys
            }
            texts += v.courtesy.all + v.followUpMarkers + v.planWords + v.stopwords
            texts += v.issuers.flatMap { [$0.name] + $0.words + ($0.forms ?? []) }
            texts += v.rounds.flatMap(\.words)
            texts += (v.completionStarts ?? []) + (v.abbreviationCues ?? []) + (v.numberLeads ?? [])
            texts += (v.planConnectors ?? []) + (v.whoWords ?? []) + (v.helpWords ?? [])
            // The examples' words, one by one: words the questions use (never their pairs, which join
            // words across phrases: "là gì về").
            let exampleWords = sources.definitions.flatMap { $0.examples ?? [] }.flatMap(Tokenizer.foldedWords).map { [$0] }
            return texts.map(Tokenizer.foldedWords) + exampleWords
        }
    }
}
