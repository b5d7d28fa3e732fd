import SynthCore

/// Finds the fields a description lists: "customers with names, emails and purchase
/// amounts" mentions "names", "emails" and "purchase amounts".
enum MentionExtractor {
    /// Words after which a list of fields usually starts.
    static let triggers = ["with", "w", "incl", "including", "include", "includes", "containing", "contains", "having", "has", "have", "fields", "columns", "attributes", "such as", "like", "plus", "showing", "tracking", "capturing", "recording", "listing", "where each", "each with", "need", "want", "needs", "wants", "should have", "consisting of", "comprising", "composed of", "made of", "record", "records", "by"]
    static let filler: Set<String> = ["etc", "and more", "more", "other", "others", "other details", "details", "info", "information", "data", "some", "the", "a", "an", "their", "its", "his", "her", "each", "every", "all", "also", "various", "different", "fields", "columns", "attributes", "records", "rows", "as well"]

    /// Mentions in order, normalised, with any values the user spelled out.
    static func mentions(in description: String, normalizer: Normalizer) -> [Mention] {
        let lower = description.lowercased()
        // Start after the first trigger word, or at a colon ("orders: id, total").
        var tail: Substring?
        if let colon = lower.firstIndex(of: ":") { tail = lower[lower.index(after: colon)...] }
        // "battery telemetry - device, voltage, temp": a dash before a comma list.
        for dash in [" - ", " – ", " — "] where tail == nil {
            if let range = lower.firstRange(of: dash), lower[range.upperBound...].contains(",") { tail = lower[range.upperBound...] }
        }
        if tail == nil {
            let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
            // "Spotify-like playlists": a suffix, not "like" introducing a list.
            let suffix = { (i: Int) in i > 0 && lower[lower.index(before: words[i].startIndex)] == "-" }
            for trigger in triggers {
                let parts = trigger.split(separator: " ")
                if let index = words.indices.first(where: { i in i + parts.count <= words.count && zip(words[i..<i + parts.count], parts).allSatisfy { $0 == $1 } && !suffix(i) }) {
                    let end = words[index + parts.count - 1].endIndex
                    if tail == nil || end < tail!.startIndex { tail = lower[end...] }
                }
            }
        }
        guard let tail else { return [] }
        return mentions(inList: tail, normalizer: normalizer)
    }

    /// A description that is nothing but a short list of fields ("names and emails",
    /// "name, email, phone"): its items, or none when it reads as anything else.
    static func bareList(_ description: String, normalizer: Normalizer) -> [Mention] {
        let items = mentions(inList: Substring(description.lowercased()), normalizer: normalizer)
        guard items.count >= 2, items.allSatisfy({ $0.text.split(separator: " ").count <= 3 }) else { return [] }
        return items
    }

    /// The fields of a list: split on commas, semicolons and conjunctions.
    static func mentions(inList tail: Substring, normalizer: Normalizer) -> [Mention] {
        // Split on commas and semicolons; a parenthesis holds the values of the field
        // before it ("category (travel, meals, lodging)").
        var pieces: [(text: String, values: String?)] = []
        var current = ""
        var inside: String?
        for character in tail {
            if inside != nil {
                if character == ")" {
                    pieces.append((current, inside))
                    current = ""
                    inside = nil
                } else {
                    inside!.append(character)
                }
            } else if character == "(" {
                inside = ""
            } else if character == "," || character == ";" || character == "\n" || character == "." && current.last?.isLetter == true {
                pieces.append((current, nil))
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append((current, inside))
        var result: [Mention] = []
        for (piece, values) in pieces {
            // "charging or not" is one yes/no field, not two mentions.
            var parts: [String] = []
            for part in splitConjunctions(piece) {
                if part.trimmed == "not", let previous = parts.popLast() { parts.append(previous.trimmed + "?") } else { parts.append(part) }
            }
            for part in parts {
                if var mention = Mention.parse(part, values: values, normalizer: normalizer) {
                    var words = mention.text.split(separator: " ").map(String.init)
                    while let first = words.first, ["and", "or", "with", "plus", "their", "the", "a", "an", "of", "its", "each", "including", "also", "as", "well", "for", "per", "other", "some", "any", "optional", "w", "incl"].contains(first) { words.removeFirst() }
                    while let last = words.last, ["and", "or", "etc", "too", "as", "well", "included", "fields", "columns", "info", "information"].contains(last) && words.count > 1 { words.removeLast() }
                    mention.text = words.joined(separator: " ")
                    if mention.text.isEmpty || filler.contains(mention.text) || words.count > 6 { continue }
                    result.append(mention)
                }
            }
        }
        return result
    }

    /// Splits raw (lowercased) text on "and", "or", "plus" and "&" between words.
    static func splitConjunctions(_ text: String) -> [String] {
        var parts: [String] = []
        var current: [Substring] = []
        for word in text.split(separator: " ") {
            if word == "and" || word == "or" || word == "plus" || word == "&" {
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

/// One field a description lists, and what the user said about its values:
/// "category (travel, meals)", "buy/sell", "triage level 1-5", "paid yes/no", "approved?".
struct Mention: Sendable, Equatable {
    var text: String
    var values: [String]? = nil
    var range: ClosedRange<Int64>? = nil
    var boolean = false

    static let timeWords: Set<String> = ["date", "time", "datetime", "timestamp", "day", "hour"]

    static func parse(_ raw: String, values: String?, normalizer: Normalizer) -> Mention? {
        var words = raw.split(separator: " ").map(String.init)
        var mention = Mention(text: "")
        if let values {
            let options = values.split(whereSeparator: { $0 == "," || $0 == "/" }).map { $0.trimmed }.filter { !$0.isEmpty }
            if options.count == 1, let range = numberRange(options[0]) { mention.range = range } else if options.count >= 2 { mention.values = options }
        }
        // "whether they're remote", "if they sought treatment": a yes/no field.
        if let first = words.first, first == "whether" || first == "if" {
            mention.boolean = true
            words.removeFirst()
            while let next = words.first, ["they", "they're", "theyre", "it", "it's", "its", "he", "she", "is", "are", "was", "were", "the", "a", "has", "have", "had", "they've"].contains(next) { words.removeFirst() }
        }
        if let last = words.last, ["yes/no", "y/n", "true/false", "(y/n)"].contains(last) || last.hasSuffix("?") {
            mention.boolean = true
            if ["yes/no", "y/n", "true/false", "(y/n)"].contains(last) { words.removeLast() } else { words[words.count - 1].removeLast() }
        }
        if mention.range == nil, let last = words.last, let range = numberRange(last) {
            mention.range = range
            words.removeLast()
        }
        // "buy/sell": the options of a field; "date/time" is just a moment.
        if let index = words.firstIndex(where: { $0.contains("/") && !$0.hasPrefix("/") && !$0.hasSuffix("/") }) {
            let options = words[index].split(separator: "/").map(String.init)
            if options.allSatisfy({ timeWords.contains($0) }) || options.contains(where: { $0.count > 12 || $0.allSatisfy(\.isNumber) }) {
                words[index] = options.joined(separator: " ")
            } else if mention.values == nil && !mention.boolean {
                mention.values = options
                words[index] = words.count == 1 ? options.joined(separator: " ") : ""
            }
        }
        mention.text = normalizer.normalize(words.filter { !$0.isEmpty }.joined(separator: " "))
        return mention.text.isEmpty ? nil : mention
    }

    /// "1-5", "0-100", "1 to 10" written as one token "1-10".
    static func numberRange(_ text: String) -> ClosedRange<Int64>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int64(parts[0].trimmed), let high = Int64(parts[1].trimmed), low < high else { return nil }
        return low...high
    }
}
