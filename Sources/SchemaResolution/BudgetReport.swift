import Foundation
import SchemaDesign
import SynthCore

/// Spend so far against the caps: `synthgen budget` and `GET /budget`.
public struct BudgetReport: Sendable {
    public var model: String
    public var caps: SpendCaps
    public var totals: SpendLedger.Totals
    public var offline: Bool
    public var configured: Bool
    public var ledgerPath: String
    /// Impossible lines and failed writes: while there are any, no call is made.
    public var problems: [String]

    public init(setup: ResolverSetup, now: Date = Date()) throws {
        let ledger = try setup.ledger()
        let configuration = LLMConfiguration.fromEnvironment(setup.environment)
        model = configuration.model
        caps = ledger.caps
        totals = try ledger.totals(now: now)
        problems = try ledger.problems()
        offline = setup.isOffline
        configured = configuration.isConfigured
        ledgerPath = setup.resolvedDataDirectory + "/spend.jsonl"
    }

    static func usd(_ value: Double) -> JSONValue { .number(value, text: String(format: "%.6f", value)) }
    static func int(_ value: Int) -> JSONValue { .number(Double(value), text: String(value)) }

    public func json() -> JSONValue {
        .object([
            ("model", .string(model)),
            ("day", .object([("spent_usd", Self.usd(totals.dayUSD)), ("cap_usd", caps.dailyUSD.map(Self.usd) ?? .null), ("calls", Self.int(totals.dayCalls))])),
            ("month", .object([("spent_usd", Self.usd(totals.monthUSD)), ("cap_usd", caps.monthlyUSD.map(Self.usd) ?? .null)])),
            ("call_cap", caps.dailyCalls.map(Self.int) ?? .null),
            ("calls_total", Self.int(totals.totalCalls)),
            ("spent_total_usd", Self.usd(totals.totalUSD)),
            ("prompt_tokens", Self.int(totals.promptTokens)),
            ("completion_tokens", Self.int(totals.completionTokens)),
            ("offline", .bool(offline)),
            ("llm_configured", .bool(configured)),
            ("ledger_problems", .array(problems.prefix(20).map { .string($0) })),
        ])
    }

    public func text() -> String {
        func cap(_ value: Double?) -> String { value.map { String(format: "$%.2f", $0) } ?? "none" }
        let state = offline ? "offline (no calls)" : configured ? "configured" : "not configured (no OPENAI_API_KEY: no calls)"
        return """
            LLM: \(model), \(state)
            today:      \(String(format: "$%.4f", totals.dayUSD)) of \(cap(caps.dailyUSD)), \(totals.dayCalls) calls of \(caps.dailyCalls.map(String.init) ?? "no cap")
            this month: \(String(format: "$%.4f", totals.monthUSD)) of \(cap(caps.monthlyUSD))
            all time:   \(String(format: "$%.4f", totals.totalUSD)), \(totals.totalCalls) calls, \(totals.promptTokens) prompt + \(totals.completionTokens) completion tokens
            ledger:     \(ledgerPath)
            """ + problemsText()
    }

    func problemsText() -> String {
        guard !problems.isEmpty else { return "" }
        let more = problems.count > 20 ? "\n  and \(problems.count - 20) more" : ""
        return "\nledger problems (no LLM call is made until they are fixed):\n" + problems.prefix(20).map { "  " + $0 }.joined(separator: "\n") + more
    }
}
