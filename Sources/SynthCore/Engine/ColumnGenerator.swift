/// Makes one cell's value: appends its UTF-8 bytes to `row.cells`. Generators are built
/// once per schema and shared by every worker thread, so they hold only immutable state.
public protocol ColumnGenerator: Sendable {
    func write(_ random: inout CellRandom, _ row: RowState)
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

    public init(_ body: @escaping @Sendable (inout CellRandom, RowState) -> Void) {
        self.body = body
    }

    public func write(_ random: inout CellRandom, _ row: RowState) {
        body(&random, row)
    }
}
