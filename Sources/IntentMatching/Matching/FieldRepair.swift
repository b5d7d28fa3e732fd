import SynthCore

extension IntentMatcher {
    /// The column the field rules would make for a column called `name` ("email_address",
    /// "Stock Level"), keeping that name; the guesser's column when no rule matches.
    /// Used to repair LLM answers that name an unknown method or bad parameters.
    public func column(forField name: String) -> (column: ColumnDefinition, rule: String?) {
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .reduce(into: "") { text, character in
                // camelCase -> camel case
                if character.isUppercase, let last = text.last, last.isLowercase { text.append(" ") }
                text.append(character)
            }
        let phrase = corpus.normalizer.normalize(words)
        var column: ColumnDefinition
        var rule: String?
        if let match = fieldMatches(inMentions: [phrase]).first?.first {
            column = match.column
            rule = match.id
        } else {
            column = ColumnGuesser.column(for: phrase)
        }
        column.name = name
        column.after = nil
        return (column, rule)
    }

    /// The normalised form of a description, as cache keys and similarity use it.
    public func normalizedKeyText(_ description: String) -> String {
        Normalizer.singularText(corpus.normalizer.normalize(description))
    }
}
