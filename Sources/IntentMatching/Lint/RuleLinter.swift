import SynthCore

/// Checks a rule corpus the way a curator needs: load problems (file and line), schemas
/// that do not compile against the catalog, dangerous patterns, and examples that resolve
/// to another rule.
public struct RuleLinter {
    public let corpus: RuleCorpus
    public let matcher: IntentMatcher

    public init(corpus: RuleCorpus) {
        self.corpus = corpus
        matcher = IntentMatcher(corpus: corpus)
    }

    public func lint(now: Int64) -> [String] {
        var problems = corpus.problems
        let compiler = SchemaCompiler(now: now)
        for rule in corpus.domains {
            do {
                _ = try compiler.compile(rule.schema, rows: 1)
            } catch {
                problems.append("\(rule.source): rule \(rule.id): \(error)")
            }
            for pattern in rule.patterns.map(\.pattern) + rule.negative {
                if let error = pattern.compileError { problems.append("\(rule.source): rule \(rule.id): bad regex '\(pattern.pattern)': \(error)") }
            }
            for pattern in rule.patterns.map(\.pattern) + rule.negative where Self.isDangerous(pattern.pattern) {
                problems.append("\(rule.source): rule \(rule.id): pattern '\(pattern.pattern)' nests quantifiers (catastrophic backtracking risk)")
            }
            if rule.examples.isEmpty { problems.append("\(rule.source): rule \(rule.id) has no examples") }
        }
        for rule in corpus.fields {
            do {
                _ = try compiler.compile(Schema(columns: [rule.column]), rows: 1)
            } catch {
                problems.append("\(rule.source): field \(rule.id): \(error)")
            }
            for pattern in rule.patterns {
                if let error = pattern.compileError { problems.append("\(rule.source): field \(rule.id): bad regex '\(pattern.pattern)': \(error)") }
            }
            for pattern in rule.patterns where Self.isDangerous(pattern.pattern) {
                problems.append("\(rule.source): field \(rule.id): pattern '\(pattern.pattern)' nests quantifiers (catastrophic backtracking risk)")
            }
        }
        problems += exampleFailures()
        return problems
    }

    /// Examples that do not resolve to their own rule.
    public func exampleFailures() -> [String] {
        var failures: [String] = []
        for rule in corpus.domains {
            for example in rule.examples {
                let resolved = try? matcher.resolve(example)
                if resolved?.rule != rule.id {
                    failures.append("\(rule.source): rule \(rule.id): example \"\(example)\" resolves to \(resolved?.rule ?? "no rule")")
                }
            }
        }
        return failures
    }

    public var exampleCount: Int { corpus.domains.reduce(0) { $0 + $1.examples.count } }

    /// A quantified group that itself contains a quantifier, like `(a+)+` or `(\w+\s?)*`.
    public static func isDangerous(_ pattern: String) -> Bool {
        let bytes = Array(pattern.utf8)
        var stack: [Bool] = []  // per open group: does it contain a quantifier?
        var i = 0
        var escaped = false
        var inClass = false
        while i < bytes.count {
            let b = bytes[i]
            defer { i += 1 }
            if escaped { escaped = false; continue }
            if b == UInt8(ascii: "\\") { escaped = true; continue }
            if inClass { if b == UInt8(ascii: "]") { inClass = false }; continue }
            switch b {
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "("): stack.append(false)
            case UInt8(ascii: ")"):
                let inner = stack.popLast() ?? false
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                let quantified = next == UInt8(ascii: "+") || next == UInt8(ascii: "*") || next == UInt8(ascii: "{")
                if inner && quantified { return true }
                if inner, !stack.isEmpty { stack[stack.count - 1] = true }
            case UInt8(ascii: "+"), UInt8(ascii: "*"):
                if !stack.isEmpty { stack[stack.count - 1] = true }
            case UInt8(ascii: "{"):
                if !stack.isEmpty { stack[stack.count - 1] = true }
            default: break
            }
        }
        return false
    }
}
