#if canImport(Glibc)
import Glibc
#endif

extension MethodCatalog {
    static let distributionParameters: [ParameterSpec] = [
        .choice("distribution", ["uniform", "normal", "lognormal", "exponential", "zipf"], "uniform", doc: "shape of the values between min and max"),
        .number("mean", doc: "normal/lognormal: mean of the values (default: middle of the range)"),
        .number("stddev", doc: "normal/lognormal: standard deviation (default: range / 6)"),
        .number("lambda", doc: "exponential: rate (default: 4 / range)"),
        .number("exponent", 1.1, doc: "zipf: skew, above 0"),
    ]

    static let numberMethods: [MethodSpec] = [
        MethodSpec(
            "number.int", aliases: ["random_int", "pyint", Alias("random_digit", presets: ["min": 0, "max": 9]), Alias("random_digit_not_null", presets: ["min": 1, "max": 9]), "random_number", "integer"],
            kind: .int,
            params: [.int("min", 0, aliases: ["min_value", "from"]), .int("max", 99_999, aliases: ["max_value", "to"]), .int("multipleOf", 1, aliases: ["step", "multiple_of"])] + distributionParameters,
            doc: "Integer between min and max inclusive, uniform or with a distribution.", example: "4821"
        ) { args, _ in
            let lower = args.int("min", 0), upper = args.int("max", 99_999), step = args.int("multipleOf", 1)
            args.checkOrder("min", "max", Double(lower), Double(upper))
            if step < 1 { args.problem("multipleOf must be at least 1") }
            let first = (lower + step - 1).dividedFloor(by: step) * step
            if step > 1 && first > upper && lower <= upper { args.problem("no multiple of \(step) between \(lower) and \(upper)") }
            guard args.problems.isEmpty else { return IntRangeGenerator(lower: 0, upper: 0) }
            if let shape = try distribution(args, lower: Double(lower), upper: Double(upper)) {
                return ClosureGenerator { random, row in
                    var value = Int64(shape.sample(&random).rounded())
                    if step > 1 { value = value.dividedFloor(by: step) * step }
                    row.cells.append(int: min(max(value, first), upper))
                }
            }
            if step > 1 {
                return IntRangeGenerator(lower: first / step, upper: upper.dividedFloor(by: step), step: step)
            }
            return IntRangeGenerator(lower: lower, upper: upper)
        },
        MethodSpec(
            "number.float", aliases: ["pyfloat", "pydecimal", "random_float", "float", "decimal"], kind: .decimal,
            params: [.number("min", 0, aliases: ["min_value"]), .number("max", 1, aliases: ["max_value"]), .int("fractionDigits", 2, aliases: ["right_digits", "precision", "decimals"]),
                     .int("left_digits", doc: "Python Faker: at most this many digits before the point"), .bool("positive", doc: "Python Faker: only values above zero")] + distributionParameters,
            doc: "Decimal number between min and max with fractionDigits decimals.", example: "0.73"
        ) { args, _ in
            var lower = args.double("min", 0), upper = args.double("max", 1)
            if let left = args.int("left_digits"), !args.has("max") || args.raw("max") == nil {
                upper = pow(10, Double(left)) - 1
            }
            if args.bool("positive", false) && lower <= 0 { lower = pow(10, -Double(args.int("fractionDigits", 2))) }
            return try decimalGenerator(&args, lower: lower, upper: upper, digits: Int(args.int("fractionDigits", 2)))
        },
        MethodSpec("number.binary", params: [.int("min", 0), .int("max", 1)], doc: "Integer in base 2.", example: "1011") { args, _ in
            radixGenerator(&args, radix: 2)
        },
        MethodSpec("number.octal", params: [.int("min", 0), .int("max", 7)], doc: "Integer in base 8.", example: "17") { args, _ in
            radixGenerator(&args, radix: 8)
        },
        MethodSpec("number.hex", aliases: ["hex"], params: [.int("min", 0), .int("max", 15)], doc: "Integer in base 16.", example: "f3") { args, _ in
            radixGenerator(&args, radix: 16)
        },
    ]

    static func radixGenerator(_ args: inout Arguments, radix: Int) -> any ColumnGenerator {
        let lower = args.int("min", 0), upper = args.int("max", 1)
        args.checkOrder("min", "max", Double(lower), Double(upper))
        if lower < 0 { args.problem("min must not be negative") }
        return ClosureGenerator { random, row in
            row.cells.append(String(random.int(in: lower, upper), radix: radix))
        }
    }

    /// Decimals as fixed-point integers: exact text, no binary floating-point noise.
    static func decimalGenerator(_ args: inout Arguments, lower: Double, upper: Double, digits: Int) throws -> any ColumnGenerator {
        args.checkOrder("min", "max", lower, upper)
        if digits < 0 || digits > 12 { args.problem("the number of decimals must be from 0 to 12") }
        if abs(lower) > 1e15 || abs(upper) > 1e15 { args.problem("min and max must be within ±10^15") }
        guard args.problems.isEmpty else { return IntRangeGenerator(lower: 0, upper: 0) }
        let scale = pow(10, Double(digits))
        let low = Int64((lower * scale).rounded(.up)), high = Int64((upper * scale).rounded(.down))
        if low > high { args.problem("no value with \(digits) decimals between \(lower) and \(upper)"); return IntRangeGenerator(lower: 0, upper: 0) }
        let symbol = Array((args.string("symbol") ?? "").utf8)
        if let shape = try distribution(args, lower: lower, upper: upper) {
            return ClosureGenerator { random, row in
                let value = min(max(Int64((shape.sample(&random) * scale).rounded()), low), high)
                row.cells.append(symbol)
                row.cells.append(fixed: value, decimals: digits)
            }
        }
        return ClosureGenerator { random, row in
            row.cells.append(symbol)
            row.cells.append(fixed: random.int(in: low, high), decimals: digits)
        }
    }

    /// A non-uniform distribution named by the parameters, or nil for uniform.
    static func distribution(_ args: Arguments, lower: Double, upper: Double) throws -> Distribution? {
        let range = max(upper - lower, 1e-9)
        switch args.string("distribution")?.lowercased() ?? "uniform" {
        case "normal":
            return .normal(mean: args.double("mean", (lower + upper) / 2), stddev: args.double("stddev", range / 6))
        case "lognormal":
            // Parameters of the underlying normal, from the requested mean and stddev.
            let mean = max(args.double("mean", lower + range / 4), 1e-9), sd = args.double("stddev", range / 6)
            let variance = log(1 + sd * sd / (mean * mean))
            return .lognormal(mu: log(mean) - variance / 2, sigma: sqrt(variance))
        case "exponential":
            return .exponential(lower: lower, lambda: args.double("lambda", 4 / range))
        case "zipf":
            return .zipf(lower: lower, count: Int(min(range, 1_000_000)) + 1, table: ZipfTable(count: Int(min(range, 1_000_000)) + 1, exponent: args.double("exponent", 1.1)))
        default:
            return nil
        }
    }
}

/// Value shapes for skewed columns (issue: realistic amounts, popularity).
enum Distribution: Sendable {
    case normal(mean: Double, stddev: Double)
    case lognormal(mu: Double, sigma: Double)
    case exponential(lower: Double, lambda: Double)
    case zipf(lower: Double, count: Int, table: ZipfTable)

    func sample(_ random: inout CellRandom) -> Double {
        switch self {
        case .normal(let mean, let stddev): return mean + stddev * Self.gaussian(&random)
        case .lognormal(let mu, let sigma): return exp(mu + sigma * Self.gaussian(&random))
        case .exponential(let lower, let lambda): return lower - log(1 - random.unit()) / lambda
        case .zipf(let lower, _, let table): return lower + Double(table.sample(&random))
        }
    }

    /// Box-Muller: one standard normal from two uniforms.
    static func gaussian(_ random: inout CellRandom) -> Double {
        let u1 = max(random.unit(), 1e-300), u2 = random.unit()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2)
    }
}

/// Rank k (0-based) with probability proportional to 1/(k+1)^s, by binary search.
struct ZipfTable: Sendable {
    let cumulative: [Double]
    init(count: Int, exponent: Double) {
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(count)
        for k in 1...max(count, 1) {
            total += 1 / pow(Double(k), max(exponent, 0.01))
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }
    func sample(_ random: inout CellRandom) -> Int {
        let u = random.unit()
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Integers `lower...upper` (times `step`): enumerable, so `unique` is a permutation.
struct IntRangeGenerator: IndexedGenerator {
    let lower: Int64
    let upper: Int64
    var producesPlainText: Bool { true }
    var step: Int64 = 1
    var valueCount: UInt64 { UInt64(bitPattern: upper &- lower) &+ 1 }

    func write(index: UInt64, _ row: RowState) {
        row.cells.append(int: (lower &+ Int64(bitPattern: index)) &* step)
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        row.cells.append(int: random.int(in: lower, upper) &* step)
    }
}

extension Int64 {
    func dividedFloor(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
