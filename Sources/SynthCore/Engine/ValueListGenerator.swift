/// A custom field: one of the listed values per row, uniformly or by `weights`.
struct ValueListGenerator: IndexedGenerator {
    let list: WordList
    var producesPlainText: Bool { list.isPlainText }
    /// Null entries in the list are written as empty cells.
    var valueCount: UInt64 { UInt64(list.count) }

    init(values: [JSONValue], weights: [Double]?) {
        let texts = values.map { value -> String in
            switch value {
            case .string(let s): return s
            case .number(_, let text): return text
            case .bool(let b): return b ? "true" : "false"
            default: return ""
            }
        }
        list = WordList(texts, weights: weights)
    }

    func write(index: UInt64, _ row: RowState) {
        list.write(Int(index), to: row.cells)
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        list.write(list.pick(&random), to: row.cells)
    }

    /// Numbers and booleans stay typed in JSON Lines when every value shares the type.
    static func kind(of values: [JSONValue]) -> OutputKind {
        if values.allSatisfy({ $0.int64Value != nil }) { return .int }
        if values.allSatisfy({ $0.doubleValue != nil }) { return .decimal }
        if values.allSatisfy({ $0.boolValue != nil }) { return .bool }
        return .string
    }
}
