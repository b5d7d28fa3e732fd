/// Makes one cell's value: appends its UTF-8 bytes to `row.cells`. Generators are built
/// once per schema and shared by every worker thread, so they hold only immutable state.
public protocol ColumnGenerator: Sendable {
    func write(_ random: inout CellRandom, _ row: RowState)
    /// True when no value can hold a comma, quote, backslash or control character, so
    /// writers copy it without scanning.
    var producesPlainText: Bool { get }
}

extension ColumnGenerator {
    public var producesPlainText: Bool { false }
}

/// Whether bytes need no CSV, TSV or JSON escaping.
func isPlainText(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        for byte in buffer where byte < 0x20 || byte == 0x2C || byte == 0x22 || byte == 0x5C || byte == 0x7F { return false }
        return true
    }
}

/// A generator whose values can be enumerated: value `index` of `valueCount`. `unique`
/// columns use it with a keyed permutation of the row number, so uniqueness needs no memory.
public protocol IndexedGenerator: ColumnGenerator {
    var valueCount: UInt64 { get }
    func write(index: UInt64, _ row: RowState)
}

/// A generator whose values are unique with overwhelming probability (122 random bits).
public protocol HighEntropyGenerator: ColumnGenerator {}

extension IndexedGenerator {
    public func write(_ random: inout CellRandom, _ row: RowState) {
        write(index: random.below(valueCount), row)
    }
}

/// A generator defined by a closure, for the many methods that are a line or two.
public struct ClosureGenerator: ColumnGenerator {
    let body: @Sendable (inout CellRandom, RowState) -> Void
    public let producesPlainText: Bool

    public init(plain: Bool = false, _ body: @escaping @Sendable (inout CellRandom, RowState) -> Void) {
        self.body = body
        producesPlainText = plain
    }

    public func write(_ random: inout CellRandom, _ row: RowState) {
        body(&random, row)
    }
}
