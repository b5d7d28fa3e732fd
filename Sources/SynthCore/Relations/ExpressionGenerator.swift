/// A computed column: the expression's value in this row, written as its kind says
/// (a number with `decimals` places, an ISO date or datetime, true/false, or text).
struct ExpressionGenerator: ColumnGenerator {
    enum Output: Sendable {
        case number(decimals: Int)
        case moment(dateOnly: Bool)
        case unix
        case bool
        case text
    }

    let node: ExpressionNode
    let output: Output

    var producesPlainText: Bool {
        if case .text = output { return false }
        return true
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        switch node.evaluate(row) {
        case .null:
            row.writesNull = true
        case .scalar(let value):
            switch output {
            case .number(let decimals):
                let scaled = Self.roundHalfAway(value * Self.scales[decimals])
                guard abs(scaled) < 9.2e18 else { row.writesNull = true; return }
                row.cells.append(fixed: Int64(scaled), decimals: decimals)
            case .moment(let dateOnly):
                // Years 0000..9999 only: ISO 8601 text beyond them is not portable.
                guard value >= -62_167_219_200, value < 253_402_300_800 else { row.writesNull = true; return }
                let seconds = Int64(value.rounded(.down))
                row.value = seconds
                CivilTime.appendISO(seconds, time: !dateOnly, to: row.cells)
            case .unix:
                guard abs(value) < 9.2e18 else { row.writesNull = true; return }
                row.value = Int64(value.rounded(.down))
                row.cells.append(int: row.value)
            case .bool:
                row.cells.append(value != 0 ? "true" : "false")
            case .text:
                row.cells.append(int: Int64(value))
            }
        case .cell(let start, let end):
            row.cells.appendCopy(from: start, to: end)
        case .literal(let bytes):
            row.cells.append(bytes)
        }
    }

    static let scales: [Double] = (0...12).map { Double(pow10: $0) }

    /// Rounds half away from zero as decimal arithmetic would: 73.65 × 10 is 736.4999… in
    /// binary, and still rounds to 737.
    static func roundHalfAway(_ value: Double) -> Double {
        (value + value.ulp * 4 * (value < 0 ? -1 : 1)).rounded(.toNearestOrAwayFromZero)
    }
}

extension Double {
    init(pow10 exponent: Int) {
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        self = value
    }
}
