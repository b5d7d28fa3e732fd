/// Finds the fields a description lists: "customers with names, emails and purchase
/// amounts" mentions "names", "emails" and "purchase amounts".
enum MentionExtractor {
    /// Words after which a list of fields usually starts.
    static let triggers = ["with", "w", "incl", "including", "include", "includes", "containing", "contains", "having", "has", "have", "fields", "columns", "attributes", "such as", "like", "plus", "showing", "tracking", "capturing", "recording", "listing", "where each", "each with"]
    static let filler: Set<String> = ["etc", "and more", "more", "other", "others", "other details", "details", "info", "information", "data", "some", "the", "a", "an", "their", "its", "his", "her", "each", "every", "all", "also", "various", "different", "fields", "columns", "attributes", "records", "rows", "as well"]

    /// Mentions in normalised form, in order.
    static func mentions(in description: String, normalizer: Normalizer) -> [String] {
        let lower = description.lowercased()
        // Start after the first trigger word, or at a colon ("orders: id, total").
        var tail: Substring?
        if let colon = lower.firstIndex(of: ":") { tail = lower[lower.index(after: colon)...] }
        if tail == nil {
            let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
            for trigger in triggers {
                let parts = trigger.split(separator: " ")
                if let index = words.indices.first(where: { i in i + parts.count <= words.count && zip(words[i..<i + parts.count], parts).allSatisfy { $0 == $1 } }) {
                    let end = words[index + parts.count - 1].endIndex
                    if tail == nil || end < tail!.startIndex { tail = lower[end...] }
                }
            }
        }
        guard let tail else { return [] }
        var pieces: [String] = []
        var current = ""
        for character in tail {
            if character == "," || character == ";" || character == "/" || character == "(" || character == ")" || character == "\n" || character == "." && current.last?.isLetter == true {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var result: [String] = []
        for piece in pieces {
            let normalized = normalizer.normalize(piece)
            // "names and emails", "name or email" split further.
            for part in splitConjunctions(normalized) {
                var words = part.split(separator: " ").map(String.init)
                while let first = words.first, ["and", "or", "with", "plus", "their", "the", "a", "an", "of", "its", "each", "including", "also", "as", "well", "for", "per", "other", "some", "any", "optional"].contains(first) { words.removeFirst() }
                while let last = words.last, ["and", "or", "etc", "too", "as", "well", "included", "fields", "columns", "info", "information"].contains(last) && words.count > 1 { words.removeLast() }
                let mention = words.joined(separator: " ")
                if mention.isEmpty || filler.contains(mention) || words.count > 6 { continue }
                result.append(mention)
            }
        }
        return result
    }

    static func splitConjunctions(_ text: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for word in text.split(separator: " ") {
            if word == "and" || word == "or" || word == "plus" || word == "as well as" {
                if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        return parts
    }
}
