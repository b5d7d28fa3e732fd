import Foundation
import IntentMatching
import SchemaDesign
import SynthCore

/// What the LLM did for one resolution.
public struct LLMReport: Sendable {
    public var model: String
    public var promptTokens: Int
    public var completionTokens: Int
    public var costUSD: Double
    public var attempts: Int
    /// This request waited for an identical one's call instead of making its own.
    public var shared: Bool
}

/// A resolution with what it cost and where it is cached.
public struct Outcome: Sendable {
    public var resolution: Resolution
    public var llm: LLMReport?
    /// The learned cache's key for this description.
    public var cacheKey: String
}

/// One path for every caller (CLI and service): learned cache (exact), rules, learned cache
/// (near duplicate), then the LLM when allowed, affordable and needed; else the best local
/// schema, flagged `fallback` with the reason.
public final class Resolver: Sendable {
    public let matcher: IntentMatcher
    public let cache: LearnedCache?
    /// Nil when no key is configured or the operator forbids calls: no network, ever.
    public let designer: SchemaDesigner?
    public let ledger: SpendLedger?
    public let offline: Bool
    let flights = SingleFlight<DesignResult>()

    public init(matcher: IntentMatcher, cache: LearnedCache?, designer: SchemaDesigner?, ledger: SpendLedger? = nil, offline: Bool = false) {
        self.matcher = matcher
        self.cache = cache
        self.designer = offline ? nil : designer
        self.ledger = ledger ?? designer?.ledger
        self.offline = offline
    }

    /// - Parameter offline: this request must not call out, whatever the configuration.
    /// - Throws: `IntentMatcher.DescriptionError` for an empty or oversized description.
    public func resolve(_ description: String, offline requestOffline: Bool = false) async throws -> Outcome {
        let local = try matcher.resolve(description)
        let normalized = matcher.normalizedKeyText(description)
        let key = LearnedCache.key(normalized)
        var match = cache?.lookup(normalized: normalized, nearDuplicates: false)
        // Entries imported from the original design's schemas.json are keyed by the raw description's hash.
        if match?.similarity != 1, let entry = cache?.exact(key: LearnedCache.key(description)) {
            match = LearnedCache.Match(entry: entry, similarity: 1)
        }
        if let match, match.similarity == 1, let outcome = cached(match, local: local, key: key) { return outcome }
        if local.confidence >= matcher.threshold { return Outcome(resolution: local, llm: nil, cacheKey: key) }
        if let near = cache?.lookup(normalized: normalized), near.similarity > local.confidence, let outcome = cached(near, local: local, key: key) {
            return outcome
        }

        var fallback = local
        fallback.source = .fallback
        guard let designer, !requestOffline else {
            fallback.explanation.notes.append(
                offline || requestOffline ? "offline: the LLM was not asked" : "no OPENAI_API_KEY is set: the LLM was not asked")
            return Outcome(resolution: fallback, llm: nil, cacheKey: key)
        }
        let (result, shared) = await flights.run(key) { [cache] in
            let design: Design
            do {
                design = try await designer.design(description, key: key)
            } catch {
                return .failed("\(error)")
            }
            var note: String?
            do {
                try cache?.merge(description: description, normalized: normalized, schema: design.schema, source: .llm, model: design.model)
            } catch {
                note = "the answer could not be cached: \(error)"
            }
            return .designed(design, cacheNote: note)
        }
        switch result {
        case .designed(let design, let cacheNote):
            var resolution = local
            resolution.schema = design.schema
            resolution.source = .llm
            resolution.confidence = 1
            resolution.rule = nil
            resolution.explanation.notes.append(
                "designed by \(design.model)\(shared ? " (shared with an identical request)" : ""): \(design.promptTokens) prompt + \(design.completionTokens) completion tokens, $\(String(format: "%.6f", design.costUSD))")
            resolution.explanation.notes += design.repairs.map { "repaired \($0)" } + design.dropped.map { "dropped \($0)" }
            if let cacheNote { resolution.explanation.notes.append(cacheNote) }
            let report = LLMReport(
                model: design.model, promptTokens: shared ? 0 : design.promptTokens, completionTokens: shared ? 0 : design.completionTokens,
                costUSD: shared ? 0 : design.costUSD, attempts: shared ? 0 : design.attempts, shared: shared)
            return Outcome(resolution: resolution, llm: report, cacheKey: key)
        case .failed(let error):
            fallback.explanation.notes.append("\(error); using the best local schema")
            return Outcome(resolution: fallback, llm: nil, cacheKey: key)
        }
    }

    enum DesignResult: Sendable {
        case designed(Design, cacheNote: String?)
        case failed(String)
    }

    func cached(_ match: LearnedCache.Match, local: Resolution, key: String) -> Outcome? {
        guard let schema = try? match.entry.schema(), !schema.columns.isEmpty else { return nil }
        cache?.recordHit(key: match.entry.key)
        var resolution = local
        resolution.schema = schema
        resolution.source = .cache
        resolution.confidence = match.similarity
        resolution.rule = "cache:" + match.entry.key.prefix(12)
        resolution.explanation.fieldsAdded = []
        resolution.explanation.unresolved = []
        resolution.explanation.guessed = []
        let how = match.similarity == 1 ? "the same description" : "a description \(format3(match.similarity)) similar: \"\(match.entry.description)\""
        resolution.explanation.notes.append(
            "learned cache entry \(match.entry.key.prefix(12)) (\(match.entry.source.rawValue)\(match.entry.model.map { ", " + $0 } ?? "")) for \(how)")
        return Outcome(resolution: resolution, llm: nil, cacheKey: key)
    }

    /// Stores a schema a person wrote for a description (`schema --save`, `POST /cache`).
    @discardableResult
    public func save(_ schema: Schema, for description: String) throws -> CacheEntry {
        guard let cache else { throw StoreUnavailable() }
        _ = try matcher.resolve(description)  // the same checks on the description
        return try cache.merge(
            description: description, normalized: matcher.normalizedKeyText(description), schema: schema, source: .user, model: nil)
    }

    public struct StoreUnavailable: Error, CustomStringConvertible {
        public var description: String { "no learned cache: the data directory could not be opened" }
    }
}

extension Outcome {
    /// `synthgen schema --json`'s object: the resolution, its cache key, and the LLM's tokens and cost when one was asked.
    public func json() -> JSONValue {
        guard case .object(var members) = resolution.json() else { return resolution.json() }
        members.append(("cache_key", .string(cacheKey)))
        if let llm {
            members.append(("llm", .object([
                ("model", .string(llm.model)),
                ("prompt_tokens", .number(Double(llm.promptTokens), text: String(llm.promptTokens))),
                ("completion_tokens", .number(Double(llm.completionTokens), text: String(llm.completionTokens))),
                ("cost_usd", .number(llm.costUSD, text: String(format: "%.8f", llm.costUSD))),
                ("attempts", .number(Double(llm.attempts), text: String(llm.attempts))),
                ("shared", .bool(llm.shared)),
            ])))
        }
        return .object(members)
    }
}
