/// Turns a description into the text rules match on: lowercase, apostrophes dropped,
/// "&" read as "and", anything not a letter or digit a single space, and abbreviations
/// and misspellings replaced word by word ("qty" -> "quantity", "adress" -> "address").
public struct Normalizer: Sendable {
    public let replacements: [String: String]

    public init(replacements: [String: String] = [:]) {
        self.replacements = replacements
    }

    public func normalize(_ text: String) -> String {
        normalizeASCII(text) ?? normalizeCharacters(text)
    }

    func normalizeCharacters(_ text: String) -> String {
        var spaced = ""
        spaced.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            if character == "'" || character == "’" || character == "`" { continue }
            if character == "&" { spaced += " and "; continue }
            if character.isLetter || character.isNumber { spaced.append(character) } else { spaced.append(" ") }
        }
        let words = spaced.split(separator: " ").map { word -> String in replacements[String(word)] ?? String(word) }
        return words.joined(separator: " ")
    }

    /// The same steps on bytes, for ASCII text (keywords at load, most descriptions):
    /// Character-by-Character work was a tenth of the corpus load.
    func normalizeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var spaced: [UInt8] = []
            spaced.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
                case UInt8(ascii: "&"): spaced += [32, 97, 110, 100, 32]  // " and "
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): spaced.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): spaced.append(byte)
                default: spaced.append(32)
                }
            }
            var out = ""
            out.reserveCapacity(spaced.count)
            for word in spaced.split(separator: 32) {
                let word = String(decoding: word, as: UTF8.self)
                if !out.isEmpty { out += " " }
                out += replacements[word] ?? word
            }
            return out
        }
    }

    /// Singular form of a normalised word, for keyword matching ("categories" -> "category").
    public static func singular(_ word: Substring) -> Substring {
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") { return word.dropLast(2) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("s") { return word.dropLast() }
        return word
    }

    /// The singular words of normalised text, joined by single spaces (for phrase lookup).
    public static func singularText(_ normalized: String) -> String {
        normalized.split(separator: " ").map { String(singular($0)) }.joined(separator: " ")
    }
}
