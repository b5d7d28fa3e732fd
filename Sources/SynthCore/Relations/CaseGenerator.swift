#if canImport(Glibc)
import Glibc
#endif

/// A column made by the spec listed for another column's value in the same row: a
/// product name for its category, a price range per category, a job title per department.
/// Values without a case use the default spec, or make the cell null.
struct CaseGenerator: ColumnGenerator {
    let source: Int
    let keys: [[UInt8]]
    let generators: [any ColumnGenerator]
    let fallback: (any ColumnGenerator)?

    var producesPlainText: Bool {
        generators.allSatisfy(\.producesPlainText) && (fallback?.producesPlainText ?? true)
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        if !row.nulls[source] {
            let start = row.starts[source], length = row.ends[source] - start
            for (k, key) in keys.enumerated() where key.count == length {
                let same = length == 0 || key.withUnsafeBufferPointer { memcmp($0.baseAddress!, row.cells.base + start, length) == 0 }
                if same {
                    generators[k].write(&random, row)
                    return
                }
            }
        }
        if let fallback { fallback.write(&random, row) } else { row.writesNull = true }
    }
}
