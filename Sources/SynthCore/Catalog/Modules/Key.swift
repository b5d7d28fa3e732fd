#if canImport(Glibc)
import Glibc
#endif

extension MethodCatalog {
    static let keyMethods: [MethodSpec] = [
        MethodSpec(
            "key.sequence", aliases: ["sequence", "row_number", "serial", "autoincrement", "auto_increment"], kind: .int,
            params: [
                .int("start", 1, doc: "the first row's number"), .int("step", 1, doc: "added for each row"),
                .string("format", doc: "text around the number, {n} or {n:06} for zero-padding to 6 digits, as in \"EMP-{n:06}\""),
            ],
            doc: "The row's own key: start + step × row number, unique by construction; with format, text such as EMP-000042.",
            example: "EMP-000042"
        ) { args, _ in
            let start = args.int("start", 1), step = args.int("step", 1)
            if step == 0 { args.problem("step must not be 0 (every row would get the same key)") }
            if start.magnitude > 1 << 62 || step.magnitude > 1 << 40 { args.problem("start must be within ±2^62 and step within ±2^40") }
            var pattern: SequenceGenerator.Pattern?
            if let format = args.string("format") {
                pattern = SequenceGenerator.Pattern(format)
                if pattern == nil { args.problem("format must contain {n} or {n:0W} (W digits, 1 to 20) once, as in \"EMP-{n:06}\"") }
                args.kindOverride = .string
            }
            return SequenceGenerator(start: start, step: step, pattern: pattern)
        },
        MethodSpec(
            "key.reference", aliases: ["reference", "foreign_key", "self_reference"], kind: .string,
            params: [
                .string("column", doc: "the key column of this table the value is taken from (key.sequence, a unique column or string.uuid; default: the first such column)"),
                .bool("earlier", true, doc: "refer only to earlier rows (a hierarchy: the first row refers to nobody and is null)"),
                .number("skew", 1, doc: "above 1 favours the first rows (a few managers for many employees)"),
            ],
            doc: "The key of another row of the same table (manager_id → an employee_id), with no memory held.",
            example: "EMP-000007"
        ) { args, _ in
            // Resolved by the compiler, which knows the other columns (SchemaCompiler+Relations).
            let skew = args.double("skew", 1)
            if !(1...8).contains(skew) { args.problem("skew must be from 1 to 8") }
            return PendingReference(column: args.string("column") ?? "", earlier: args.bool("earlier", true), skew: skew)
        },
    ]
}

/// A column whose value for any row can be made without generating that row: what a
/// reference needs from the column it refers to.
protocol RowKeyedGenerator: ColumnGenerator {
    func writeKey(ofRow row: UInt64, _ state: RowState)
}

/// `start + step × row`, bare or inside a format.
struct SequenceGenerator: RowKeyedGenerator {
    struct Pattern: Sendable {
        let prefix: [UInt8]
        let width: Int
        let suffix: [UInt8]

        init?(_ format: String) {
            let bytes = Array(format.utf8)
            let marker = Array("{n".utf8)
            let opens = (0..<max(0, bytes.count - 1)).filter { Array(bytes[$0..<$0 + 2]) == marker }
            guard opens.count == 1, let open = opens.first,
                  let close = bytes[(open + 2)...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            let spec = bytes[(open + 2)..<close]
            var width = 0
            if !spec.isEmpty {
                guard spec.first == UInt8(ascii: ":"), let w = Int(String(decoding: spec.dropFirst(), as: UTF8.self)), (1...20).contains(w) else { return nil }
                width = w
            }
            prefix = Array(bytes[..<open])
            self.width = width
            suffix = Array(bytes[(close + 1)...])
        }
    }

    let start: Int64
    let step: Int64
    let pattern: Pattern?

    var producesPlainText: Bool { pattern.map { isPlainText($0.prefix) && isPlainText($0.suffix) } ?? true }
    func writeKey(ofRow row: UInt64, _ state: RowState) {
        let value = start &+ Int64(truncatingIfNeeded: row) &* step
        guard let pattern else { return state.cells.append(int: value) }
        state.cells.append(pattern.prefix)
        if value < 0 { state.cells.append(UInt8(ascii: "-")) }
        state.cells.append(digitsOf: value.magnitude, minimumWidth: pattern.width)
        state.cells.append(pattern.suffix)
    }

    func write(_ random: inout CellRandom, _ row: RowState) { writeKey(ofRow: row.row, row) }
}

/// What `key.reference` builds before the compiler links it to the column it names.
struct PendingReference: ColumnGenerator {
    let column: String
    let earlier: Bool
    let skew: Double
    func write(_ random: inout CellRandom, _ row: RowState) { row.writesNull = true }
}

/// The key of another row: an earlier one (hierarchies), or any other row.
struct ReferenceGenerator: ColumnGenerator {
    let target: any RowKeyedGenerator
    let earlier: Bool
    let skew: Double
    let rows: UInt64

    var producesPlainText: Bool { target.producesPlainText }

    func write(_ random: inout CellRandom, _ row: RowState) {
        let pool = earlier ? row.row : rows
        guard pool > (earlier ? 0 : 1) else { row.writesNull = true; return }
        var other: UInt64
        if skew > 1 {
            other = min(UInt64(Double(pool) * pow(random.unit(), skew)), pool - 1)
        } else {
            other = random.below(earlier ? pool : pool - 1)
        }
        if !earlier, other >= row.row { other += 1 }
        if !earlier, other == row.row { other = (other + 1) % pool }
        target.writeKey(ofRow: other, row)
    }
}

/// `unique` columns are keyed by the row number, so another row's value is known.
extension UniqueGenerator: RowKeyedGenerator {
    func writeKey(ofRow row: UInt64, _ state: RowState) {
        base.write(index: permutation.apply(row), state)
    }
}

/// A random key (UUID, ULID) of another row: its own cell stream for that row.
struct EntropyKeyGenerator: RowKeyedGenerator {
    let base: any ColumnGenerator
    let key: UInt64

    var producesPlainText: Bool { base.producesPlainText }

    func write(_ random: inout CellRandom, _ row: RowState) { base.write(&random, row) }

    func writeKey(ofRow row: UInt64, _ state: RowState) {
        var random = CellRandom(rowBase: CellRandom.rowBase(seed: state.seed, row: row), keyBase: CellRandom.keyBase(key))
        base.write(&random, state)
    }
}
