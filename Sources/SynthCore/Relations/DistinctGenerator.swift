#if canImport(Glibc)
import Glibc
#endif

/// A column whose value must differ from another column's in the same row (origin and
/// destination, home and away team): drawn again while it equals the other, a bounded
/// number of times, from the same cell stream, so the row stays reproducible.
struct DistinctGenerator: ColumnGenerator {
    let base: any ColumnGenerator
    let other: Int
    static let attempts = 16

    var producesPlainText: Bool { base.producesPlainText }

    func write(_ random: inout CellRandom, _ row: RowState) {
        let start = row.cells.count
        for _ in 0..<Self.attempts {
            row.cells.count = start
            base.write(&random, row)
            if row.nulls[other] || !equalsOther(row, start) { return }
        }
    }

    func equalsOther(_ row: RowState, _ start: Int) -> Bool {
        let length = row.cells.count - start
        let otherStart = row.starts[other], otherLength = row.ends[other] - otherStart
        guard length == otherLength else { return false }
        return memcmp(row.cells.base + start, row.cells.base + otherStart, length) == 0
    }
}
