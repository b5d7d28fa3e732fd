/// A checked expression, ready to evaluate against a row: names are column indexes and every
/// operation knows its operand types. Built once per schema; evaluating it allocates nothing.
indirect enum ExpressionNode: Sendable {
    enum Arithmetic: Sendable { case add, subtract, multiply, divide, remainder }
    enum Comparison: Sendable { case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual }
    enum Function: Sendable, Equatable {
        case round(digits: Int), floor, ceil, abs
        case minimum, maximum
        /// A duration in seconds from a number of units, or back.
        case toDuration(unit: Double), fromDuration(unit: Double)
        case yearsBetween, monthsBetween
        case startOfDay
        case textToNumber
    }

    case constant(Double)
    case literal([UInt8])
    case null
    case numberCell(Int)
    case momentCell(Int)
    case boolCell(Int)
    case textCell(Int)
    case negate(ExpressionNode)
    case not(ExpressionNode)
    case arithmetic(Arithmetic, ExpressionNode, ExpressionNode)
    case compareScalar(Comparison, ExpressionNode, ExpressionNode)
    case compareText(Comparison, ExpressionNode, ExpressionNode)
    case and(ExpressionNode, ExpressionNode)
    case or(ExpressionNode, ExpressionNode)
    case function(Function, [ExpressionNode])
    case choose(ExpressionNode, ExpressionNode, ExpressionNode)
    case coalesce([ExpressionNode])
}

/// A value while evaluating: numbers, moments, durations and booleans are scalars (moments
/// in epoch seconds, booleans 0 or 1); text is a cell's bytes in the row or a literal.
enum ExpressionValue {
    case null
    case scalar(Double)
    case cell(start: Int, end: Int)
    case literal([UInt8])
}
