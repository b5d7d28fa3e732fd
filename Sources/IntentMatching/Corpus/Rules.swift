import SynthCore

/// A weighted PCRE2 pattern of a domain rule.
public struct WeightedPattern: Sendable {
    public let pattern: PCRE2Pattern
    public let weight: Double
}

/// A dataset kind the corpus knows: how to recognise it and the schema it stands for.
public struct DomainRule: Sendable {
    public let id: String
    public let title: String
    /// Singular lowercase word or phrase -> weight.
    public let keywords: [(phrase: String, weight: Double)]
    public let patterns: [WeightedPattern]
    public let negative: [PCRE2Pattern]
    public let schema: Schema
    public let examples: [String]
    /// Where the rule was written, for messages ("rules/retail.yaml:12").
    public let source: String
}

/// A phrase that names one column ("purchase amounts" -> purchase_amount: finance.amount).
public struct FieldRule: Sendable {
    public let id: String
    public let patterns: [PCRE2Pattern]
    /// A match followed by a word like "id", "date" or "count" names another column
    /// ("vehicle id" is not a vehicle): such matches are dropped unless `guard: false`.
    public let guarded: Bool
    public let column: ColumnDefinition
    public let source: String
}

/// The whole rule corpus, compiled.
public struct RuleCorpus: Sendable {
    /// What may not follow a guarded field match (see `FieldRule.guarded`).
    public static let fieldGuard = try! PCRE2Pattern(#"\G (ids?|identifiers?|numbers?|nos?|codes?|keys?|counts?|rates?|percent(ages?)?|dates?|times?|timestamps?|types?|status(es)?|levels?|categor(y|ies))\b"#)

    public let domains: [DomainRule]
    public let fields: [FieldRule]
    public let normalizer: Normalizer
    /// Problems met while loading (bad regex, bad schema, duplicate id), with file and line.
    public let problems: [String]

    /// Every field pattern, in rule order, with the index of its rule: the matcher runs
    /// only those `fieldIndex` says may match.
    let fieldPatterns: [(pattern: PCRE2Pattern, rule: Int)]
    let fieldIndex: LiteralIndex
    /// Every domain rule's negative patterns then its weighted patterns, rule after rule;
    /// `domainPatternStart[i]` is where rule i's begin.
    let domainIndex: LiteralIndex
    let domainPatternStart: [Int]
    /// Built at the first description, so loading the corpus does not pay for it.
    private let lazySpeller: Lazy<Speller>
    var speller: Speller { lazySpeller.value }

    init(domains: [DomainRule], fields: [FieldRule], normalizer: Normalizer, problems: [String]) {
        self.domains = domains
        self.fields = fields
        self.normalizer = normalizer
        self.problems = problems
        lazySpeller = Lazy { Speller(corpus: domains, fields: fields, replacements: normalizer.replacements) }
        fieldPatterns = fields.enumerated().flatMap { index, rule in rule.patterns.map { ($0, index) } }
        var domainPatterns: [PCRE2Pattern] = []
        var starts: [Int] = []
        for rule in domains {
            starts.append(domainPatterns.count)
            domainPatterns += rule.negative + rule.patterns.map(\.pattern)
        }
        // The two indexes are independent: one per core.
        let indexes = Parallel.map([fieldPatterns.map(\.pattern), domainPatterns]) { LiteralIndex($0.map { ($0.pattern, $0.indexKeys) }) }
        fieldIndex = indexes[0]
        domainIndex = indexes[1]
        domainPatternStart = starts
    }
}
