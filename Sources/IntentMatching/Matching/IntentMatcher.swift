import SynthCore

/// Resolves a description into a schema with the bundled rules alone: no network.
public struct IntentMatcher: Sendable {
    public let corpus: RuleCorpus
    /// Confidence at or above which the rules' answer is trusted (`source: rules`).
    public var threshold: Double
    /// A domain must score at least this much to shape the schema.
    public var minimumDomainScore = 3.0
    public static let maximumDescriptionBytes = 10_000
    /// Weight of domain words in the head phrase relative to the qualifiers after it.
    static let headBoost = 2.0

    public init(corpus: RuleCorpus = CorpusLoader.bundled, threshold: Double = 0.5) {
        self.corpus = corpus
        self.threshold = threshold
    }

    public struct DescriptionError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// - Throws: `DescriptionError` for an empty or oversized description.
    public func resolve(_ description: String) throws -> Resolution {
        let bytes = description.utf8.count
        guard bytes <= Self.maximumDescriptionBytes else {
            throw DescriptionError(description: "the description is \(bytes) bytes long; the limit is \(Self.maximumDescriptionBytes)")
        }
        // Control characters (and the U+FFFD that replaces invalid UTF-8) carry no meaning here.
        let scrubbed = String(String.UnicodeScalarView(description.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{FFFD}" ? " " : $0 }))
        guard scrubbed.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw DescriptionError(description: "the description is empty: say what the data is about, e.g. \"customers with names and emails\"")
        }
        let cleaned = corpus.speller.correct(scrubbed)
        let normalized = corpus.normalizer.normalize(cleaned)
        var explanation = Explanation(normalized: normalized)
        if cleaned != scrubbed { explanation.notes.append("spelling mended: \(cleaned)") }
        // Every run of 1 to 5 singular words, so a keyword check is one hash lookup.
        let words = Normalizer.singularText(normalized).split(separator: " ")
        var phrases: [Substring: Int] = [:]
        for start in words.indices.reversed() {
            var phrase = ""
            for word in words[start..<min(start + 5, words.count)] {
                phrase += phrase.isEmpty ? String(word) : " " + word
                phrases[Substring(phrase)] = start
            }
        }
        // Words in the head ("maintenance requests" of "... from tenants") weigh more,
        // when there is a qualifier to weigh them against.
        let normalizedWords = normalized.split(separator: " ")
        let headWords = HeadPhrase.length(of: normalizedWords, raw: cleaned, normalizer: corpus.normalizer)
        let headBytes = HeadPhrase.byteOffset(ofWord: headWords, in: normalizedWords)
        let headBoost = headWords < normalizedWords.count ? Self.headBoost : 1

        // 1. Domain scores.
        var scored: [(rule: DomainRule, score: Double, keywords: [String], patterns: [String])] = []
        let scratch = PCRE2Pattern.MatchScratch()
        var subject = normalized
        subject.withUTF8 { text in
        // Patterns whose required literals the text lacks cannot match: skip them.
        let may = corpus.domainIndex.candidates(in: text)
        for (ruleIndex, rule) in corpus.domains.enumerated() {
            let start = corpus.domainPatternStart[ruleIndex]
            if rule.negative.indices.contains(where: { may[start + $0] && rule.negative[$0].matches(text, scratch: scratch) }) { continue }
            var score = 0.0
            var keywords: [String] = []
            var patterns: [String] = []
            for (phrase, weight) in rule.keywords {
                guard let at = phrases[Substring(phrase)] else { continue }
                score += weight * (at < headWords ? headBoost : 1)
                keywords.append(phrase)
            }
            let patternStart = start + rule.negative.count
            for (index, pattern) in rule.patterns.enumerated() where may[patternStart + index] {
                guard let range = pattern.pattern.firstMatch(text, scratch: scratch) else { continue }
                score += pattern.weight * (range.lowerBound < headBytes ? headBoost : 1)
                patterns.append(pattern.pattern.pattern)
            }
            if score > 0 { scored.append((rule, score, keywords, patterns)) }
        }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.rule.id < $1.rule.id }
        let best = scored.first.flatMap { $0.score >= minimumDomainScore ? $0 : nil }
        let runnerUp = scored.dropFirst().first

        // 2. Mentions and field matches.
        var mentions = MentionExtractor.mentions(in: cleaned, normalizer: corpus.normalizer)
        // No dataset named and no list introduced: the text may be the list ("names and emails").
        if mentions.isEmpty, best == nil { mentions = MentionExtractor.bareList(cleaned, normalizer: corpus.normalizer) }
        mentions = mentions.flatMap(splitFieldPairs)
        explanation.mentions = mentions.map(\.text)
        var columns: [ColumnDefinition] = best?.rule.schema.columns ?? []
        var names = Set(columns.map(\.name))
        func add(_ column: ColumnDefinition, rule: String?) {
            guard !names.contains(column.name) else { return }
            names.insert(column.name)
            columns.append(column)
            if let rule { explanation.fieldsAdded.append((column.name, rule)) }
        }
        var resolvedMentions = 0
        // What a row is, unless the head is itself a field list ("names and emails").
        let mentionWords = Set(mentions.flatMap { $0.text.split(separator: " ").map { Normalizer.singular($0) } })
        let entity = HeadPhrase.entity(of: normalizedWords, headWords: headWords).flatMap { mentionWords.contains($0) ? nil : $0 }
        let entityIsPerson = entity.map { HeadPhrase.people.contains($0) } ?? true
        // All mentions in one text, one per line (never in normalised text), so each
        // field pattern runs once per description instead of once per mention.
        let perMention = fieldMatches(inMentions: mentions.map(\.text))
        for (mention, matched) in zip(mentions, perMention) {
            // A bare "name" is the row's name: a company's, a pet's, a recipe's.
            if let entity, !entityIsPerson, ["name", "names", "title", "titles", "number", "no", "code"].contains(mention.text), !names.contains(mention.text) {
                let named = "\(entity) \(mention.text == "no" ? "number" : Normalizer.singular(Substring(mention.text)))"
                let rules = fieldMatches(inMentions: [named])[0]
                var column = rules.count == 1 ? rules[0].column : ColumnDefinition(name: "", source: .method("lorem.words"), parameters: [("count", 2)])
                column.name = named.replacingOccurrences(of: " ", with: "_")
                resolvedMentions += 1
                add(column, rule: rules.first?.id ?? "row name")
                continue
            }
            if let column = Self.spelledOut(mention, matched: matched) {
                // The user said what the values are: that beats any rule's guess.
                resolvedMentions += 1
                if let index = columns.firstIndex(where: { $0.name == column.name }) { columns[index] = column } else { add(column, rule: matched.first?.id ?? "spelled-out values") }
            } else if let best, covers(best.rule.schema, mention.text) {
                // The domain already has this field ("humidity" -> humidity_percent).
                resolvedMentions += 1
            } else if !matched.isEmpty {
                resolvedMentions += 1
                if matched.count == 1, let name = Self.columnName(for: mention.text) {
                    // The user named this field: keep their words, with the rule's method.
                    var column = matched[0].column
                    column.name = name
                    add(column, rule: matched[0].id)
                } else {
                    for rule in matched { add(rule.column, rule: rule.id) }
                }
            } else {
                explanation.unresolved.append(mention.text)
            }
        }
        // Without a domain, every field named anywhere in the text makes a column.
        if best == nil {
            // A field a mention already added (under the user's name) is not added twice.
            let used = Set(explanation.fieldsAdded.map(\.rule))
            for rule in fieldMatches(in: normalized) where !used.contains(rule.id) { add(rule.column, rule: rule.id) }
        }
        if let best, let entity { renameKey(&columns, after: entity, words: Set(words), ruleWords: Set(best.keywords.flatMap { $0.split(separator: " ") })) }
        names = Set(columns.map(\.name))
        for dimension in Dimensions.columns(in: normalized, headWords: headWords, mentions: mentions.map(\.text)) where !Dimensions.isCovered(dimension, by: columns) {
            // A plain "date" column takes the grain the user asked for ("monthly" -> month).
            if Dimensions.isTimeGrain(dimension), let index = columns.firstIndex(where: { $0.name == "date" }) {
                columns[index] = dimension
                explanation.fieldsAdded.append((dimension.name, "grouping"))
            } else {
                add(dimension, rule: "grouping")
            }
        }
        for mention in explanation.unresolved {
            let guess = ColumnGuesser.column(for: mention)
            if !names.contains(guess.name) {
                explanation.guessed.append(guess.name)
                add(guess, rule: nil)
            }
        }
        // Columns borrowed from field rules may name an `after` column this schema lacks.
        let present = Set(columns.map(\.name))
        for i in columns.indices where columns[i].after.map({ !present.contains($0) }) == true {
            columns[i].after = nil
        }
        // Rows that are people, with no domain to shape them, still need their names.
        if best == nil, !columns.isEmpty, let entity, HeadPhrase.people.contains(entity),
           !columns.contains(where: { ["person.fullName", "person.firstName", "person.lastName"].contains(Self.methodName($0)) }) {
            columns.insert(ColumnDefinition(name: "full_name", source: .method("person.fullName")), at: 0)
            explanation.fieldsAdded.append(("full_name", "rows are people"))
        }
        if best == nil, !columns.isEmpty, !columns.contains(where: { $0.name == "id" || $0.name.hasSuffix("_id") }) {
            columns.insert(ColumnDefinition(name: "id", source: .method("string.uuid")), at: 0)
        }

        // 3. Confidence: domain strength, margin over the runner-up, share of mentions resolved.
        let coverage = mentions.isEmpty ? 1.0 : Double(resolvedMentions) / Double(mentions.count)
        var confidence: Double
        if let best {
            let strength = best.score / (best.score + 4)
            let margin = runnerUp.map { max(0, (best.score - $0.score) / best.score) } ?? 1
            confidence = 0.5 * strength + 0.2 * margin + 0.3 * coverage
            explanation.rule = best.rule.id
            explanation.ruleTitle = best.rule.title
            explanation.score = best.score
            explanation.keywords = best.keywords
            explanation.patterns = best.patterns
        } else {
            let fieldCount = Double(explanation.fieldsAdded.count)
            confidence = columns.isEmpty ? 0 : 0.6 * coverage * min(1, fieldCount / 3)
            explanation.notes.append(scored.isEmpty ? "no domain rule matched" : "best domain \(scored[0].rule.id) scored \(format3(scored[0].score)), below \(format3(minimumDomainScore))")
        }
        if let runnerUp = best == nil ? scored.first : runnerUp {
            explanation.runnerUp = runnerUp.rule.id
            explanation.runnerUpScore = runnerUp.score
        }
        if columns.isEmpty { explanation.notes.append("nothing in the description names a dataset or a field") }
        // Words nothing knows ("zorblax readings from the gizmotron") mean the rules
        // understood only part of the request: confidence drops by their share.
        let longWords = normalizedWords.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        let unknown = longWords.filter { !corpus.speller.isKnown(String($0)) }
        if !unknown.isEmpty {
            confidence *= 1 - Double(unknown.count) / Double(longWords.count)
            explanation.notes.append("words no rule or dictionary knows: \(unknown.joined(separator: ", "))")
        }
        confidence = min(1, max(0, confidence))
        let source: Resolution.Source = confidence >= threshold && !columns.isEmpty ? .rules : .fallback
        return Resolution(schema: Schema(columns: columns), source: source, confidence: confidence, rule: best?.rule.id, explanation: explanation)
    }

    /// The user's word for a row names its key: "wind turbines" get turbine_id, not the
    /// borrowed domain's plant_id. Only when the domain's own noun is nowhere in the text
    /// and the user's noun is not one of the domain's keywords.
    func renameKey(_ columns: inout [ColumnDefinition], after entity: Substring, words: Set<Substring>, ruleWords: Set<Substring>) {
        guard entity.count >= 3, Dimensions.grains[entity] == nil, !ruleWords.contains(entity), !HeadPhrase.measures.contains(entity),
              let key = columns.first, key.name.hasSuffix("_id") else { return }
        let thing = key.name.dropLast(3)
        guard !thing.split(separator: "_").contains(where: { words.contains($0) }),
              !columns.contains(where: { $0.name.split(separator: "_").contains(entity) }) else { return }
        let renamed = "\(entity)_id"
        for index in columns.indices where columns[index].after == key.name { columns[index].after = renamed }
        columns[0].name = renamed
    }

    static func methodName(_ column: ColumnDefinition) -> String? {
        if case .method(let name) = column.source { return MethodCatalog.standard.method(name)?.name ?? name }
        return nil
    }

    /// "lat/long" and "min/max price" name fields, where "buy/sell" names a field's values:
    /// options that each match a different field rule are separate mentions.
    func splitFieldPairs(_ mention: Mention) -> [Mention] {
        guard let values = mention.values, values.count <= 3 else { return [mention] }
        let options = values.map { corpus.normalizer.normalize($0) }
        guard mention.text == options.joined(separator: " ") else { return [mention] }
        let rules = fieldMatches(inMentions: options)
        guard rules.allSatisfy({ $0.count == 1 }), Set(rules.map { $0[0].id }).count == options.count else { return [mention] }
        return options.map { Mention(text: $0) }
    }

    /// A column for values the user spelled out: a list, a number range or yes/no.
    static func spelledOut(_ mention: Mention, matched: [FieldRule]) -> ColumnDefinition? {
        guard mention.values != nil || mention.range != nil || mention.boolean else { return nil }
        let name = columnName(for: mention.text) ?? (matched.count == 1 ? matched[0].column.name : nil)
            ?? mention.text.split(separator: " ").map { String(Normalizer.singular($0)) }.joined(separator: "_")
        if let values = mention.values {
            return ColumnDefinition(name: name, source: .values(values.map { .string($0) }))
        }
        if let range = mention.range {
            return ColumnDefinition(name: name, source: .method("number.int"), parameters: [("min", .number(Double(range.lowerBound), text: String(range.lowerBound))), ("max", .number(Double(range.upperBound), text: String(range.upperBound)))])
        }
        // A yes/no field is named from the user's words: "remote" -> is_remote.
        let words = mention.text.split(separator: " ").prefix(4).joined(separator: "_")
        return ColumnDefinition(name: words.hasPrefix("is_") || words.hasPrefix("has_") ? words : "is_" + words, source: .method("datatype.boolean"))
    }

    /// snake_case name from a mention of two or three words ("issued dates" -> issued_date);
    /// nil for one word (the rule's name is better: "emails" -> email) or fragments.
    static func columnName(for mention: String) -> String? {
        let words = mention.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ $0.count > 1 }), !words.contains(where: { ["of", "and", "per", "in", "for"].contains($0) && $0 == words.last }) else { return nil }
        return words.map { String(Normalizer.singular($0)) }.joined(separator: "_")
    }

    /// Field rules whose patterns match `text`, longest match first, without overlaps.
    func fieldMatches(in text: String) -> [FieldRule] {
        select(candidates(in: text)).map { corpus.fields[$0] }
    }

    /// The field rules of each mention, from one pass of every pattern over all of them.
    func fieldMatches(inMentions mentions: [String]) -> [[FieldRule]] {
        guard !mentions.isEmpty else { return [] }
        var bounds: [Range<Int>] = []
        var text = ""
        for mention in mentions {
            if !text.isEmpty { text += "\n" }
            let start = text.utf8.count
            text += mention
            bounds.append(start..<text.utf8.count)
        }
        let all = candidates(in: text)
        return bounds.map { bound in
            select(all.filter { bound.contains($0.range.lowerBound) && $0.range.upperBound <= bound.upperBound }).map { corpus.fields[$0] }
        }
    }

    /// Every match of every field pattern: byte range and rule index (indexes, not rule
    /// copies, keep this loop free of reference counting).
    func candidates(in text: String) -> [(range: Range<Int>, rule: Int)] {
        var found: [(range: Range<Int>, rule: Int)] = []
        var text = text
        let scratch = PCRE2Pattern.MatchScratch()
        let fields = corpus.fields
        let patterns = corpus.fieldPatterns
        text.withUTF8 { bytes in
            // Only patterns whose required literals occur in the text can match.
            let may = corpus.fieldIndex.candidates(in: bytes)
            fields.withUnsafeBufferPointer { rules in
                patterns.withUnsafeBufferPointer { patterns in
                    for flat in patterns.indices where may[flat] {
                        let index = patterns[flat].rule
                        guard case .match(let ranges) = patterns[flat].pattern.allMatches(in: bytes, scratch: scratch) else { continue }
                        let guarded = rules[index].guarded
                        for range in ranges where !range.isEmpty {
                            if guarded && RuleCorpus.fieldGuard.matches(bytes, at: range.upperBound, scratch: scratch) { continue }
                            found.append((range, index))
                        }
                    }
                }
            }
        }
        return found
    }

    /// Longest matches first, then leftmost, without overlaps; returned in text order.
    func select(_ found: [(range: Range<Int>, rule: Int)]) -> [Int] {
        let ordered = found.sorted { $0.range.count != $1.range.count ? $0.range.count > $1.range.count : $0.range.lowerBound < $1.range.lowerBound }
        var taken: [Range<Int>] = []
        var chosen: [(Int, Int)] = []
        for candidate in ordered where !taken.contains(where: { $0.overlaps(candidate.range) }) {
            taken.append(candidate.range)
            chosen.append((candidate.range.lowerBound, candidate.rule))
        }
        return chosen.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Mentions too generic to be covered by any column holding the word: "name" is not
    /// campaign_name, "id" not customer_id (the row's key is the first column), "number"
    /// not phone_number; a user who asks for "date" gets a column of that name.
    static let genericHeads: Set<String> = ["name", "id", "number", "code", "no", "date", "time"]

    /// Whether a domain schema already has a column for the mention ("stock levels" -> stock_level).
    func covers(_ schema: Schema, _ mention: String) -> Bool {
        let all = mention.split(separator: " ").map { String(Normalizer.singular($0)) }.filter { !["of", "the", "and", "per", "a", "in"].contains($0) }
        let words = Set(all)
        guard let head = all.last else { return true }
        // A bare "name" or "date" is covered only by a column of that very name:
        // campaign_name is not a subscriber's name.
        if words.count == 1, Self.genericHeads.contains(head) {
            switch head {
            case "id": return schema.columns.first.map { $0.name == "id" || $0.name.hasSuffix("_id") } ?? false
            case "name": return schema.columns.contains { $0.name == "name" || ["person.fullName", "person.firstName"].contains(Self.methodName($0) ?? "") }
            default: return schema.columns.contains { $0.name == head }
            }
        }
        // One modifier may differ ("stock levels" ~ current_stock_level), never the head
        // word that says what the field is: "test date" is not test_name.
        return schema.columns.contains { column in
            let parts = Set(column.name.lowercased().split(separator: "_").map { String(Normalizer.singular($0)) })
            return words.isSubset(of: parts) || (words.count > 2 && parts.contains(head) && words.intersection(parts).count >= words.count - 1)
        }
    }
}
