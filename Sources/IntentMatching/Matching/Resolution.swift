import SynthCore

/// A description resolved into a schema, with where it came from and why.
public struct Resolution: Sendable {
    public enum Source: String, Sendable {
        /// The bundled rule corpus matched with enough confidence.
        case rules
        /// The best local match was below the threshold (and no LLM answered).
        case fallback
        case cache
        case llm
    }

    public var schema: Schema
    public var source: Source
    public var confidence: Double
    public var rule: String?
    public var explanation: Explanation
}

/// Why a description resolved as it did: the rule and patterns that fired, the columns
/// added for listed fields, the mentions nothing matched.
public struct Explanation: Sendable {
    public var normalized: String
    public var rule: String?
    public var ruleTitle: String?
    public var score: Double = 0
    public var keywords: [String] = []
    public var patterns: [String] = []
    public var runnerUp: String?
    public var runnerUpScore: Double = 0
    public var mentions: [String] = []
    /// column -> field rule id that added it.
    public var fieldsAdded: [(column: String, rule: String)] = []
    public var unresolved: [String] = []
    /// Columns made up for unresolved mentions (name and method guessed from the words).
    public var guessed: [String] = []
    public var notes: [String] = []
}

extension Resolution {
    /// `{"schema", "source", "confidence", "rule", "explanation"}` as `synthgen schema --json` prints it.
    public func json() -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("schema", schema.jsonValue),
            ("source", .string(source.rawValue)),
            ("confidence", .number(confidence, text: String(format3(confidence)))),
            ("rule", rule.map { .string($0) } ?? .null),
        ]
        let e = explanation
        members.append(("explanation", .object([
            ("normalized", .string(e.normalized)),
            ("rule", e.rule.map { .string($0) } ?? .null),
            ("title", e.ruleTitle.map { .string($0) } ?? .null),
            ("score", .number(e.score, text: format3(e.score))),
            ("keywords", .array(e.keywords.map { .string($0) })),
            ("patterns", .array(e.patterns.map { .string($0) })),
            ("runner_up", e.runnerUp.map { .string($0) } ?? .null),
            ("runner_up_score", .number(e.runnerUpScore, text: format3(e.runnerUpScore))),
            ("mentions", .array(e.mentions.map { .string($0) })),
            ("fields_added", .array(e.fieldsAdded.map { .object([("column", .string($0.column)), ("rule", .string($0.rule))]) })),
            ("unresolved", .array(e.unresolved.map { .string($0) })),
            ("guessed", .array(e.guessed.map { .string($0) })),
            ("notes", .array(e.notes.map { .string($0) })),
        ])))
        return .object(members)
    }
}

/// A number rounded to three decimals, without a trailing ".0" (for JSON and messages).
public func format3(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
}

