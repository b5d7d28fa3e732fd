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
    /// English words, one per line, sorted: searched in place, no set built.
    private let dictionary: [UInt8]
    /// Each target with one letter deleted -> the targets it came from; built at the first
    /// word that needs mending, which most descriptions never have.
    private let deletionIndex: Lazy<[String: [String]]>

    init(targets: [String: Int], known: Set<String>, dictionary: String = "") {
        self.targets = targets
        self.known = known.union(targets.keys)
        self.dictionary = Array(dictionary.utf8)
        let words = Array(targets.keys)
        deletionIndex = Lazy {
            var map: [String: [String]] = [:]
            for word in words where word.count >= 4 {
                for deleted in Speller.deletions(of: word) { map[deleted, default: []].append(word) }
            }
            return map
        }
    }

    /// Binary search of the sorted word list for `word`.
    private func inDictionary(_ word: String) -> Bool {
        let key = Array(word.utf8)
        var low = 0, high = dictionary.count
        while low < high {
            // The line holding byte `mid`, from its start to its newline.
            var start = (low + high) / 2
            while start > low && dictionary[start - 1] != 10 { start -= 1 }
            var end = start
            while end < high && dictionary[end] != 10 { end += 1 }
            let line = dictionary[start..<end]
            if line.elementsEqual(key) { return true }
            if line.lexicographicallyPrecedes(key) { low = end + 1 } else { high = start }
        }
        return false
    }

    /// `text` as written, with each misspelt run of letters replaced by its correction.
    func correct(_ text: String) -> String {
        correctASCII(text) ?? correctCharacters(text)
    }

    /// The same on bytes, for ASCII text (most descriptions): this runs on every
    /// description, and only a run of five letters or more can need mending.
    func correctASCII(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard isLetter(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count && isLetter(bytes[index]) { index += 1 }
            guard index - start >= 5, index - start <= Self.maximumWordLength, let fixed = correction(String(decoding: bytes[start..<index], as: UTF8.self).lowercased()) else { continue }
            out += bytes[copied..<start]
            out += fixed.utf8
            copied = index
        }
        guard copied > 0 else { return text }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    func correctCharacters(_ text: String) -> String {
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
        var known = Set<String>()
        // Byte-wise: Character.isLetter over every rule's text was most of this setup.
        func words(_ text: String, skippingEscapes: Bool, _ body: (String) -> Void) {
            var run: [UInt8] = []
            var escaped = false
            for byte in text.utf8 {
                if escaped { escaped = false; continue }
                if skippingEscapes && byte == UInt8(ascii: "\\") { escaped = true }
                let lower = byte | 0x20
                if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") { run.append(lower) } else if !run.isEmpty {
                    body(String(decoding: run, as: UTF8.self))
                    run.removeAll(keepingCapacity: true)
                }
            }
            if !run.isEmpty { body(String(decoding: run, as: UTF8.self)) }
        }
        func count(_ text: String) {
            words(text, skippingEscapes: false) { if $0.utf8.count >= 4 { targets[$0, default: 0] += 1 } }
        }
        func spelled(_ regex: String) {
            words(regex, skippingEscapes: true) { known.insert($0) }
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
        self.init(targets: targets, known: known, dictionary: BundledData.text("Resources/spelling/english_words.txt") ?? "")
    }

    /// Whether a lowercase word is one the rules use or an English word.
    func isKnown(_ word: String) -> Bool { known.contains(word) || inDictionary(word) }

    /// No rule word is longer than this; a longer run of letters is not a typo of one, and
    /// its one-letter deletions would cost time quadratic in its length.
    static let maximumWordLength = 30

    func correction(_ word: String) -> String? {
        guard word.utf8.count <= Self.maximumWordLength, word.count >= 5, word.allSatisfy({ $0.isLetter && $0.isASCII }), !isKnown(word) else { return nil }
        var candidates = Set<String>()
        // A letter too many: the word minus one letter is a target.
        for variant in Self.deletions(of: word) where targets[variant] != nil { candidates.insert(variant) }
        // A letter missing: a target minus one letter is the word.
        let deletionIndex = deletionIndex.value
        candidates.formUnion(deletionIndex[word] ?? [])
        // Swapped or wrong letter: a target and the word share a one-letter deletion.
        for variant in Self.deletions(of: word) {
            for target in deletionIndex[variant] ?? [] where Self.isSwapOrSubstitution(word, target) { candidates.insert(target) }
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
