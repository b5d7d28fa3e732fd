/// A method's parameters after validation: every value has the declared type, defaults
/// are filled in, and builders read them with typed accessors. Builders report
/// cross-parameter problems (min > max) through `problem(_:)`.
public struct Arguments: Sendable {
    let values: [String: JSONValue]
    public private(set) var problems: [String] = []
    /// Set by a builder whose parameters change the output kind (a date written as unix time).
    public var kindOverride: OutputKind?

    init(values: [String: JSONValue]) { self.values = values }

    public func has(_ name: String) -> Bool { values[name] != nil }

    public func int(_ name: String) -> Int64? { values[name]?.int64Value }
    public func int(_ name: String, _ fallback: Int64) -> Int64 { int(name) ?? fallback }

    public func double(_ name: String) -> Double? { values[name]?.doubleValue }
    public func double(_ name: String, _ fallback: Double) -> Double { double(name) ?? fallback }

    public func string(_ name: String) -> String? { values[name]?.stringValue }
    public func string(_ name: String, _ fallback: String) -> String { string(name) ?? fallback }

    public func bool(_ name: String, _ fallback: Bool) -> Bool { values[name]?.boolValue ?? fallback }

    public func list(_ name: String) -> [JSONValue]? {
        if case .array(let items)? = values[name] { return items }
        return nil
    }

    public func raw(_ name: String) -> JSONValue? { values[name] }

    /// Index of the column named by `after`, when the column has one.
    public var afterColumn: Int? { values["__after"]?.int64Value.map { Int($0) } }

    /// The drawn gap after the `after` column, when the column has one (set by the compiler).
    public internal(set) var gap: DateGap?

    public mutating func problem(_ message: String) { problems.append(message) }

    /// Reports `min > max` for the named pair, as the issue list of checks asks.
    public mutating func checkOrder(_ low: String, _ high: String, _ lowValue: Double, _ highValue: Double) {
        if lowValue > highValue {
            problem("\(low) (\(formatNumber(lowValue))) is greater than \(high) (\(formatNumber(highValue)))")
        }
    }
}
