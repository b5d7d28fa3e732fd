/// Durations written as a number and a unit: `45s`, `15min`, `2h`, `3d`, `2w`, `6mo`,
/// `18y` (a month is 1/12 and a year 365.2425 days, the Gregorian average). A bare `m` is
/// refused: it is a minute to some readers and a month to others.
public enum DurationText {
    public static let units: [(suffix: String, seconds: Double)] = [
        ("min", 60), ("mo", 2_629_746), ("s", 1), ("h", 3600), ("d", 86_400), ("w", 604_800), ("y", 31_556_952),
    ]

    /// Longest duration anything may name: 10,000 years, so sums with dates never overflow.
    public static let maximumSeconds = 10_000 * 31_556_952.0

    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Seconds of `text` ("3d", "-2h", "1.5h"); a plain number is taken in `bareUnit` seconds.
    public static func seconds(_ text: String, bareUnit: Double = 86_400) throws(Problem) -> Double {
        let t = text.trimmed.lowercased()
        var digits = Substring(t)
        var unitSeconds = bareUnit
        if let unit = units.first(where: { t.hasSuffix($0.suffix) }) {
            digits = t.dropLast(unit.suffix.count)
            unitSeconds = unit.seconds
        } else if t.hasSuffix("m") {
            throw Problem(description: "\"\(text)\" is ambiguous: write min for minutes or mo for months")
        }
        guard let amount = Double(digits.trimmed), amount.isFinite else {
            throw Problem(description: "\"\(text)\" is not a duration (write 45s, 15min, 2h, 3d, 2w, 6mo or 18y)")
        }
        let seconds = amount * unitSeconds
        guard abs(seconds) <= maximumSeconds else {
            throw Problem(description: "\"\(text)\" is longer than 10000 years")
        }
        return seconds
    }

    /// The seconds of a JSON duration: a string with a unit, or a number of days.
    public static func seconds(_ value: JSONValue) throws(Problem) -> Double {
        switch value {
        case .string(let text): return try seconds(text)
        case .number(let days, _):
            guard days.isFinite, abs(days * 86_400) <= maximumSeconds else { throw Problem(description: "\(days) days is longer than 10000 years") }
            return days * 86_400
        default: throw Problem(description: "a duration is a string like \"3d\" or a number of days, not a \(value.typeName)")
        }
    }
}
