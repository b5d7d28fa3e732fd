#if canImport(Glibc)
import Glibc
#endif

/// Evaluates a checked expression against the row being generated. Null in, null out: a
/// null column, a division by zero, or a result that is not a finite number makes the
/// value null (an `if` with a null condition takes its else branch).
extension ExpressionNode {
    func evaluate(_ row: RowState) -> ExpressionValue {
        switch self {
        case .constant(let value): return .scalar(value)
        case .literal(let bytes): return .literal(bytes)
        case .null: return .null
        case .numberCell(let i):
            guard !row.nulls[i] else { return .null }
            return CellReader.number(row, i).map(ExpressionValue.scalar) ?? .null
        case .momentCell(let i):
            guard !row.nulls[i] else { return .null }
            return CellReader.moment(row, i).map { .scalar(Double($0)) } ?? .null
        case .boolCell(let i):
            guard !row.nulls[i] else { return .null }
            return .scalar(CellReader.bool(row, i) ? 1 : 0)
        case .textCell(let i):
            guard !row.nulls[i] else { return .null }
            return .cell(start: row.starts[i], end: row.ends[i])
        case .negate(let inner):
            guard case .scalar(let value) = inner.evaluate(row) else { return .null }
            return .scalar(-value)
        case .not(let inner):
            guard case .scalar(let value) = inner.evaluate(row) else { return .null }
            return .scalar(value == 0 ? 1 : 0)
        case .arithmetic(let op, let left, let right):
            guard case .scalar(let a) = left.evaluate(row), case .scalar(let b) = right.evaluate(row) else { return .null }
            let result: Double
            switch op {
            case .add: result = a + b
            case .subtract: result = a - b
            case .multiply: result = a * b
            case .divide:
                guard b != 0 else { return .null }
                result = a / b
            case .remainder:
                guard b != 0 else { return .null }
                result = fmod(a, b)
            }
            return result.isFinite ? .scalar(result) : .null
        case .compareScalar(let op, let left, let right):
            guard case .scalar(let a) = left.evaluate(row), case .scalar(let b) = right.evaluate(row) else { return .null }
            return .scalar(Self.holds(op, a < b ? -1 : a > b ? 1 : 0) ? 1 : 0)
        case .compareText(let op, let left, let right):
            let a = left.evaluate(row), b = right.evaluate(row)
            guard let order = Self.compareText(a, b, row) else { return .null }
            return .scalar(Self.holds(op, order) ? 1 : 0)
        case .and(let left, let right):
            // false and null is false; true and null is null.
            let a = left.evaluate(row)
            if case .scalar(0) = a { return .scalar(0) }
            let b = right.evaluate(row)
            if case .scalar(0) = b { return .scalar(0) }
            guard case .scalar = a, case .scalar = b else { return .null }
            return .scalar(1)
        case .or(let left, let right):
            let a = left.evaluate(row)
            if case .scalar(let x) = a, x != 0 { return .scalar(1) }
            let b = right.evaluate(row)
            if case .scalar(let y) = b, y != 0 { return .scalar(1) }
            guard case .scalar = a, case .scalar = b else { return .null }
            return .scalar(0)
        case .choose(let condition, let then, let otherwise):
            if case .scalar(let flag) = condition.evaluate(row), flag != 0 { return then.evaluate(row) }
            return otherwise.evaluate(row)
        case .coalesce(let options):
            for option in options {
                let value = option.evaluate(row)
                if case .null = value { continue }
                return value
            }
            return .null
        case .function(let function, let arguments):
            return Self.apply(function, arguments, row)
        }
    }

    static func holds(_ op: Comparison, _ order: Int) -> Bool {
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }

    /// Byte-wise order of two texts (cells or literals), nil when either is null.
    static func compareText(_ a: ExpressionValue, _ b: ExpressionValue, _ row: RowState) -> Int? {
        func bytes<R>(_ value: ExpressionValue, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
            switch value {
            case .cell(let start, let end): return body(UnsafeBufferPointer(start: row.cells.base + start, count: end - start))
            case .literal(let array): return array.withUnsafeBufferPointer(body)
            default: return nil
            }
        }
        return bytes(a) { x in
            bytes(b) { y -> Int in
                let n = min(x.count, y.count)
                for k in 0..<n where x[k] != y[k] { return x[k] < y[k] ? -1 : 1 }
                return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
            }
        } ?? nil
    }

    static func apply(_ function: Function, _ arguments: [ExpressionNode], _ row: RowState) -> ExpressionValue {
        switch function {
        case .minimum, .maximum:
            var best: Double?
            for argument in arguments {
                guard case .scalar(let value) = argument.evaluate(row) else { return .null }
                if let current = best {
                    best = function == .minimum ? Swift.min(current, value) : Swift.max(current, value)
                } else {
                    best = value
                }
            }
            return best.map(ExpressionValue.scalar) ?? .null
        case .yearsBetween, .monthsBetween:
            guard case .scalar(let a) = arguments[0].evaluate(row), case .scalar(let b) = arguments[1].evaluate(row),
                  abs(a) < 1e13, abs(b) < 1e13 else { return .null }
            return .scalar(Double(CalendarSpan.months(from: Int64(a), to: Int64(b)) / (function == .yearsBetween ? 12 : 1)))
        case .textToNumber:
            switch arguments[0].evaluate(row) {
            case .cell(let start, let end): return CellReader.parseNumber(UnsafeBufferPointer(start: row.cells.base + start, count: end - start)).map(ExpressionValue.scalar) ?? .null
            case .literal(let bytes): return bytes.withUnsafeBufferPointer(CellReader.parseNumber).map(ExpressionValue.scalar) ?? .null
            default: return .null
            }
        default:
            guard case .scalar(let x) = arguments[0].evaluate(row) else { return .null }
            let result: Double
            switch function {
            case .round(let digits):
                let scale = pow(10, Double(digits))
                result = ExpressionGenerator.roundHalfAway(x * scale) / scale
            case .floor: result = x.rounded(.down)
            case .ceil: result = x.rounded(.up)
            case .abs: result = Swift.abs(x)
            case .toDuration(let unit): result = x * unit
            case .fromDuration(let unit): result = x / unit
            case .startOfDay: result = x - x.truncatingRemainder(dividingBy: 86_400) - (x < 0 && x.truncatingRemainder(dividingBy: 86_400) != 0 ? 86_400 : 0)
            default: return .null
            }
            return result.isFinite ? .scalar(result) : .null
        }
    }
}

/// Whole calendar months between two moments: a birthday has passed only on or after its
/// day and time, so an age is never a year ahead.
enum CalendarSpan {
    static func months(from a: Int64, to b: Int64) -> Int64 {
        if b < a { return -months(from: b, to: a) }
        let dayA = a.dividedFloor(by: CivilTime.secondsPerDay), dayB = b.dividedFloor(by: CivilTime.secondsPerDay)
        let (ya, ma, da) = CivilTime.civil(days: dayA)
        let (yb, mb, db) = CivilTime.civil(days: dayB)
        var months = (yb - ya) * 12 + (mb - ma)
        let timeA = a - dayA * CivilTime.secondsPerDay, timeB = b - dayB * CivilTime.secondsPerDay
        if (db, timeB) < (da, timeA) { months -= 1 }
        return months
    }
}
