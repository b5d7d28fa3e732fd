import Foundation

/// Caps on what the LLM may cost: USD per UTC day and month, and calls per UTC day.
/// Nil means no cap. Zero means no call at all.
public struct SpendCaps: Sendable, Equatable {
    public var dailyUSD: Double?
    public var monthlyUSD: Double?
    public var dailyCalls: Int?

    public init(dailyUSD: Double? = 1, monthlyUSD: Double? = 10, dailyCalls: Int? = 1000) {
        self.dailyUSD = dailyUSD
        self.monthlyUSD = monthlyUSD
        self.dailyCalls = dailyCalls
    }

    /// A cap setting that is not a number, not finite or negative. Ignoring it would lift
    /// the cap the user meant to set, so it stops the program at start-up instead.
    public struct InvalidSetting: Error, CustomStringConvertible, Equatable {
        public let variable: String
        public let value: String
        public let expected: String
        public var description: String { "\(variable)=\(value) is not valid: expected \(expected), or \"none\" for no cap" }
    }

    /// `SYNTHGEN_DAILY_CAP_USD`, `SYNTHGEN_MONTHLY_CAP_USD`, `SYNTHGEN_DAILY_CALL_CAP`;
    /// "none" lifts a cap, an unset or empty variable keeps the default.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(InvalidSetting) -> SpendCaps {
        var caps = SpendCaps()
        caps.dailyUSD = try dollars("SYNTHGEN_DAILY_CAP_USD", environment, default: caps.dailyUSD)
        caps.monthlyUSD = try dollars("SYNTHGEN_MONTHLY_CAP_USD", environment, default: caps.monthlyUSD)
        caps.dailyCalls = try calls("SYNTHGEN_DAILY_CALL_CAP", environment, default: caps.dailyCalls)
        return caps
    }

    static func setting(_ name: String, _ environment: [String: String]) -> String? {
        guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    static func dollars(_ name: String, _ environment: [String: String], default value: Double?) throws(InvalidSetting) -> Double? {
        guard let text = setting(name, environment) else { return value }
        if text.lowercased() == "none" { return nil }
        guard let amount = Double(text), amount.isFinite, amount >= 0 else {
            throw InvalidSetting(variable: name, value: text, expected: "a dollar amount of 0 or more")
        }
        return amount
    }

    static func calls(_ name: String, _ environment: [String: String], default value: Int?) throws(InvalidSetting) -> Int? {
        guard let text = setting(name, environment) else { return value }
        if text.lowercased() == "none" { return nil }
        guard let count = Int(text), count >= 0 else {
            throw InvalidSetting(variable: name, value: text, expected: "a whole number of calls, 0 or more")
        }
        return count
    }
}
