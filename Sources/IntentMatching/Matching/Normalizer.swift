/// Turns a description into the text rules match on: lowercase, apostrophes dropped,
/// "&" read as "and", anything not a letter or digit a single space, and abbreviations
/// and misspellings replaced word by word ("qty" -> "quantity", "adress" -> "address").
public struct Normalizer: Sendable {
    public let replacements: [String: String]

    public init(replacements: [String: String] = [:]) {
        self.replacements = replacements
    }

    public func normalize(_ text: String) -> String {
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
