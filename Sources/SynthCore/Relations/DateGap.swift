#if canImport(Glibc)
import Glibc
#endif

/// How long after its `after` column a date falls: between `minimum` and `maximum` seconds,
/// uniformly or skewed to short gaps (`lognormal`, `exponential`: most deliveries take a
/// few days, a few take weeks), as in `"gap": {"min": "1d", "max": "14d", "distribution": "lognormal"}`.
public struct DateGap: Sendable, Equatable {
    public enum Shape: String, Sendable, CaseIterable { case uniform, normal, lognormal, exponential }

    public let minimum: Int64
    public let maximum: Int64
    public let shape: Shape

    /// Reads the JSON form: an object with min, max (durations) and distribution, or a
    /// string "1d..14d".
    public static func parse(_ value: JSONValue) throws(DurationText.Problem) -> DateGap {
        var low: JSONValue?, high: JSONValue?, shape = Shape.uniform
        switch value {
        case .string(let text):
            let bytes = Array(text.utf8)
            guard let dots = (0..<max(0, bytes.count - 1)).first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x2E }) else {
                throw DurationText.Problem(description: "gap \"\(text)\" must be \"MIN..MAX\", as in \"1d..14d\"")
            }
            low = .string(String(decoding: bytes[..<dots], as: UTF8.self))
            high = .string(String(decoding: bytes[(dots + 2)...], as: UTF8.self))
        case .object(let members):
            for (key, item) in members {
                switch key {
                case "min": low = item
                case "max": high = item
                case "distribution":
                    guard let name = item.stringValue, let known = Shape(rawValue: name.lowercased()) else {
                        throw DurationText.Problem(description: "gap distribution must be one of " + Shape.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
                    }
                    shape = known
                default:
                    throw DurationText.Problem(description: "unknown gap key \"\(key)\" (a gap has min, max and distribution)")
                }
            }
        default:
            throw DurationText.Problem(description: "gap must be an object like {\"min\": \"1d\", \"max\": \"14d\"} or a string \"1d..14d\", not a \(value.typeName)")
        }
        guard let low else { throw DurationText.Problem(description: "gap needs min") }
        let minimum = try DurationText.seconds(low)
        var maximum = minimum * 10 + 86_400 * 30
        if let high { maximum = try DurationText.seconds(high) }
        guard minimum >= 0 else { throw DurationText.Problem(description: "gap min must not be negative: after means later") }
        guard minimum <= maximum else { throw DurationText.Problem(description: "gap min is longer than its max") }
        return DateGap(minimum: Int64(minimum), maximum: Int64(maximum), shape: shape)
    }

    /// A gap in seconds within `low...high` (a part of minimum...maximum).
    func draw(_ random: inout CellRandom, within low: Int64, _ high: Int64) -> Int64 {
        guard low < high else { return low }
        let span = Double(maximum - minimum)
        let sample: Double
        switch shape {
        case .uniform: return random.int(in: low, high)
        case .normal: sample = Double(minimum) + span / 2 + span / 6 * Distribution.gaussian(&random)
        case .lognormal:
            // Median a fifth of the way in, a long tail toward the maximum.
            let median = max(span / 5, 1), sigma = 0.9
            sample = Double(minimum) + median * exp(sigma * Distribution.gaussian(&random))
        case .exponential: sample = Double(minimum) - log(1 - random.unit()) * max(span / 4, 1)
        }
        guard sample.isFinite else { return low }
        return min(max(Int64(sample), low), high)
    }
}
