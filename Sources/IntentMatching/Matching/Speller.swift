import SynthData

/// Mends misspelt words ("emplyees", "departmnet", "cusotmers") against the corpus's own
/// words, for the typos `normalize.yaml` does not list. A word is left alone when any
/// rule uses it; otherwise it becomes the corpus word one edit away: a letter missing,
/// extra or two letters swapped (five letters or more), or one letter wrong (seven or
/// more, where two real words rarely differ by one letter). Ties go to the word the
/// corpus uses most; with no single best candidate the word stays as written.
struct Speller: Sendable {
    /// Corpus word -> how often the rules use it.
    private let targets: [String: Int]
    /// Words never corrected: the targets and every word the patterns spell out.
    private let known: Set<String>
    /// Each target with one letter deleted -> the targets it came from.
    private let deletions: [String: [String]]

    init(targets: [String: Int], known: Set<String>) {
        self.targets = targets
        self.known = known.union(targets.keys)
        var deletions: [String: [String]] = [:]
        for word in targets.keys where word.count >= 4 {
            for variant in Self.deletions(of: word) { deletions[variant, default: []].append(word) }
        }
        self.deletions = deletions
    }

    /// `text` as written, with each misspelt run of letters replaced by its correction.
    func correct(_ text: String) -> String {
        var out = ""
        var run = ""
        var changed = false
        func flush() {
            if let fixed = correction(run.lowercased()) {
                out += fixed
                changed = true
            } else {
                out += run
            }
            run = ""
        }
        for character in text {
            if character.isLetter { run.append(character) } else {
                if !run.isEmpty { flush() }
                out.append(character)
            }
        }
        if !run.isEmpty { flush() }
        return changed ? out : text
    }

    /// The rules' words: what a correction may become (keywords, titles, examples, column
    /// names) and what is never corrected (also every word the patterns spell).
    init(corpus domains: [DomainRule], fields: [FieldRule], replacements: [String: String]) {
        var targets: [String: Int] = [:]
        func count(_ text: String) {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 4 { targets[String(word), default: 0] += 1 }
        }
        var known = Set<String>()
        func spelled(_ regex: String) {
            var run = ""
            var escaped = false
            for character in regex {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true }
                if character.isLetter { run.append(character) } else if !run.isEmpty {
                    known.insert(run.lowercased())
                    run = ""
                }
            }
            if !run.isEmpty { known.insert(run.lowercased()) }
        }
        for rule in domains {
            rule.keywords.forEach { count($0.phrase) }
            count(rule.title)
            rule.examples.forEach(count)
            rule.schema.columns.forEach { count($0.name) }
            rule.patterns.forEach { spelled($0.pattern.pattern) }
        }
        for rule in fields {
            count(rule.id)
            count(rule.column.name)
            rule.patterns.forEach { spelled($0.pattern) }
        }
        replacements.values.forEach(count)
        // Abbreviations and listed misspellings are handled by the normaliser: leave them.
        known.formUnion(replacements.keys)
        // A real word is what the user meant, even one letter from a rule's word.
        for word in (BundledData.text("Resources/spelling/english_words.txt") ?? "").split(separator: "\n") { known.insert(String(word)) }
        self.init(targets: targets, known: known)
    }

    /// Whether a lowercase word is one the rules use or an English word.
    func isKnown(_ word: String) -> Bool { known.contains(word) }

    func correction(_ word: String) -> String? {
        guard word.count >= 5, !known.contains(word), word.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        var candidates = Set<String>()
        // A letter too many: the word minus one letter is a target.
        for variant in Self.deletions(of: word) where targets[variant] != nil { candidates.insert(variant) }
        // A letter missing: a target minus one letter is the word.
        candidates.formUnion(deletions[word] ?? [])
        // Swapped or wrong letter: a target and the word share a one-letter deletion.
        for variant in Self.deletions(of: word) {
            for target in deletions[variant] ?? [] where Self.isSwapOrSubstitution(word, target) { candidates.insert(target) }
        }
        let ranked = candidates.sorted { (targets[$0] ?? 0, $1) > (targets[$1] ?? 0, $0) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, targets[ranked[1]] == targets[best] { return nil }
        return best
    }

    static func deletions(of word: String) -> Set<String> {
        let letters = Array(word)
        return Set(letters.indices.map { index in String(letters[..<index] + letters[(index + 1)...]) })
    }

    /// Same length, and either two adjacent letters swapped or (seven letters or more)
    /// one letter different.
    static func isSwapOrSubstitution(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count else { return false }
        let differing = x.indices.filter { x[$0] != y[$0] }
        if differing.count == 1 { return x.count >= 7 }
        return differing.count == 2 && differing[1] == differing[0] + 1 && x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
    }
}
