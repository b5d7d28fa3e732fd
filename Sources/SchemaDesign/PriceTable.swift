import Foundation
import SynthData

/// US dollars per million tokens per model, from `Resources/llm/prices.tsv`.
public struct PriceTable: Sendable {
    public struct Price: Sendable, Equatable {
        public var input: Double
        public var output: Double
    }

    public let prices: [String: Price]
    /// For models the table does not list (local servers): gpt-4o-mini's, or the override.
    public let fallback: Price

    public init(prices: [String: Price], fallback: Price) {
        self.prices = prices
        self.fallback = fallback
    }

    public static func bundled(environment: [String: String] = ProcessInfo.processInfo.environment) -> PriceTable {
        var prices: [String: Price] = [:]
        for line in (BundledData.text("Resources/llm/prices.tsv") ?? "").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, let input = Double(fields[1]), let output = Double(fields[2]) else { continue }
            prices[String(fields[0])] = Price(input: input, output: output)
        }
        var fallback = prices["gpt-4o-mini"] ?? Price(input: 0.15, output: 0.60)
        if let input = environment["SYNTHGEN_PRICE_INPUT"].flatMap(Double.init) { fallback.input = input }
        if let output = environment["SYNTHGEN_PRICE_OUTPUT"].flatMap(Double.init) { fallback.output = output }
        let overridden = environment["SYNTHGEN_PRICE_INPUT"] != nil || environment["SYNTHGEN_PRICE_OUTPUT"] != nil
        return PriceTable(prices: overridden ? [:] : prices, fallback: fallback)
    }

    public func price(for model: String) -> Price {
        if let price = prices[model] { return price }
        // Dated snapshots ("gpt-4o-mini-2024-07-18") cost what their model costs.
        let base = prices.keys.filter { model.hasPrefix($0 + "-") }.max { $0.count < $1.count }
        return base.flatMap { prices[$0] } ?? fallback
    }

    public func cost(model: String, promptTokens: Int, completionTokens: Int) -> Double {
        let price = price(for: model)
        return (Double(promptTokens) * price.input + Double(completionTokens) * price.output) / 1_000_000
    }
}
