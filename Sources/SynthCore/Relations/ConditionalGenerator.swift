/// A column that has a value only when a condition over the row holds (`when`): a
/// termination date only for terminated employees. Otherwise the cell is null.
struct ConditionalGenerator: ColumnGenerator {
    let condition: ExpressionNode
    let base: any ColumnGenerator

    var producesPlainText: Bool { base.producesPlainText }

    func write(_ random: inout CellRandom, _ row: RowState) {
        guard case .scalar(let flag) = condition.evaluate(row), flag != 0 else {
            row.writesNull = true
            return
        }
        base.write(&random, row)
    }
}
