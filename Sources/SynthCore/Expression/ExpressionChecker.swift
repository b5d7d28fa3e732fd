/// Resolves names and checks types: turns syntax into an `ExpressionNode` and says what it
/// gives. A name is a column of the row (resolved by `column`), or `now`/`today`.
struct ExpressionChecker {
    /// A column by name: its index and output kind, or nil when the schema has none.
    let column: (String) -> (index: Int, kind: OutputKind)?
    /// Names of the schema's columns, for "did you mean".
    let columnNames: [String]
    /// The run's reference moment.
    let now: Int64
    /// Columns the expression reads (for generation order).
    private(set) var uses: [Int] = []

    init(column: @escaping (String) -> (index: Int, kind: OutputKind)?, columnNames: [String], now: Int64) {
        self.column = column
        self.columnNames = columnNames
        self.now = now
    }

    typealias Checked = (node: ExpressionNode, type: ExpressionType)

    mutating func check(_ syntax: ExpressionSyntax) throws(ExpressionProblem) -> Checked {
        switch syntax {
        case .number(let value, let isInteger, _):
            return (.constant(value), .number(integer: isInteger))
        case .duration(let seconds, _):
            return (.constant(seconds), .duration)
        case .text(let text, _):
            return (.literal(Array(text.utf8)), .text)
        case .bool(let flag, _):
            return (.constant(flag ? 1 : 0), .bool)
        case .null:
            return (.null, .null)
        case .name(let name, let at):
            return try resolve(name, at: at)
        case .unary(let op, let operand, let at):
            let inner = try check(operand)
            if op == "not" {
                guard inner.type == .bool || inner.type == .null else { throw mismatch("not needs a true/false value, not \(inner.type.label)", at) }
                return (.not(inner.node), .bool)
            }
            guard inner.type.isNumber || inner.type == .duration || inner.type == .null else { throw mismatch("cannot negate \(inner.type.label)", at) }
            return (.negate(inner.node), inner.type)
        case .binary(let op, let left, let right, let at):
            return try binary(op, try check(left), try check(right), at: at)
        case .call(let name, let arguments, let at):
            return try call(name, arguments, at: at)
        }
    }

    mutating func resolve(_ name: String, at: Int) throws(ExpressionProblem) -> Checked {
        if let found = column(name) {
            uses.append(found.index)
            let type = ExpressionType(found.kind)
            switch type {
            case .number: return (.numberCell(found.index), type)
            case .moment: return (.momentCell(found.index), type)
            case .bool: return (.boolCell(found.index), type)
            default: return (.textCell(found.index), type)
            }
        }
        switch name.lowercased() {
        case "now": return (.constant(Double(now)), .moment(dateOnly: false))
        case "today": return (.constant(Double(now - CivilTime.mod(now, CivilTime.secondsPerDay))), .moment(dateOnly: true))
        default:
            let close = name.utf8.count > 64 ? [] : columnNames.filter { $0.utf8.count <= 64 && editDistance($0.lowercased(), name.lowercased()) <= 2 }.prefix(2)
            let hint = close.isEmpty ? "" : " (did you mean " + close.map { "\"\($0)\"" }.joined(separator: " or ") + "?)"
            throw ExpressionProblem(message: "unknown column \"\(name)\"\(hint)", position: at)
        }
    }

    func binary(_ op: String, _ left: Checked, _ right: Checked, at: Int) throws(ExpressionProblem) -> Checked {
        // A quoted date beside a date reads as a date: due_date < '2025-01-01'.
        let left = dateLiteral(left, beside: right.type), right = dateLiteral(right, beside: left.type)
        let (l, r) = (left.type, right.type)
        switch op {
        case "and", "or":
            guard (l == .bool || l == .null) && (r == .bool || r == .null) else { throw mismatch("\(op) needs true/false values on both sides, not \(l.label) and \(r.label)", at) }
            return (op == "and" ? .and(left.node, right.node) : .or(left.node, right.node), .bool)
        case "==", "!=", "<", "<=", ">", ">=":
            let comparison: ExpressionNode.Comparison = [
                "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual,
            ][op]!
            guard let shared = l.unified(with: r) else { throw mismatch("cannot compare \(l.label) with \(r.label)", at) }
            if shared == .text { return (.compareText(comparison, left.node, right.node), .bool) }
            return (.compareScalar(comparison, left.node, right.node), .bool)
        default:
            break
        }
        let arithmetic: ExpressionNode.Arithmetic = ["+": .add, "-": .subtract, "*": .multiply, "/": .divide, "%": .remainder][op]!
        let node = ExpressionNode.arithmetic(arithmetic, left.node, right.node)
        if l == .null || r == .null { return (node, l == .null ? r : l) }
        switch (arithmetic, l, r) {
        case let (.add, .number(a), .number(b)), let (.subtract, .number(a), .number(b)),
             let (.multiply, .number(a), .number(b)), let (.remainder, .number(a), .number(b)):
            return (node, .number(integer: a && b))
        case (.divide, .number, .number): return (node, .number(integer: false))
        case (.add, .moment, .duration), (.subtract, .moment, .duration): return (node, l)
        case (.add, .duration, .moment): return (node, r)
        case (.subtract, .moment, .moment): return (node, .duration)
        case (.add, .duration, .duration), (.subtract, .duration, .duration): return (node, .duration)
        case (.multiply, .duration, .number), (.multiply, .number, .duration), (.divide, .duration, .number): return (node, .duration)
        case (.divide, .duration, .duration): return (node, .number(integer: false))
        case (.add, .moment, .number), (.subtract, .moment, .number):
            throw mismatch("cannot \(op == "+" ? "add a number to" : "subtract a number from") a date: say the unit, as in days(n) or 3d", at)
        default:
            throw mismatch("cannot use \(op) on \(l.label) and \(r.label)", at)
        }
    }

    mutating func call(_ name: String, _ arguments: [ExpressionSyntax], at: Int) throws(ExpressionProblem) -> Checked {
        var checked: [Checked] = []
        for argument in arguments { checked.append(try check(argument)) }
        func count(_ range: ClosedRange<Int>) throws(ExpressionProblem) {
            guard range.contains(checked.count) else {
                let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
                throw ExpressionProblem(message: "\(name)() takes \(expected) argument\(range.upperBound == 1 ? "" : "s"), found \(checked.count)", position: at)
            }
        }
        func need(_ index: Int, _ test: (ExpressionType) -> Bool, _ what: String) throws(ExpressionProblem) {
            let type = checked[index].type
            guard type == .null || test(type) else { throw mismatch("\(name)() needs \(what), not \(type.label)", arguments[index].position) }
        }
        let nodes = checked.map(\.node)
        let units: [String: Double] = ["seconds": 1, "minutes": 60, "hours": 3600, "days": 86_400, "weeks": 604_800, "years": 31_556_952]
        switch name {
        case "round":
            try count(1...2)
            try need(0, \.isNumber, "a number")
            var digits = 0
            if checked.count == 2 {
                guard case .number(let value, true, _) = arguments[1], (0...12).contains(value) else {
                    throw ExpressionProblem(message: "round()'s second argument is a whole number of decimals from 0 to 12", position: arguments[1].position)
                }
                digits = Int(value)
            }
            return (.function(.round(digits: digits), [nodes[0]]), .number(integer: digits == 0))
        case "floor", "ceil":
            try count(1...1)
            try need(0, \.isNumber, "a number")
            return (.function(name == "floor" ? .floor : .ceil, nodes), .number(integer: true))
        case "abs":
            try count(1...1)
            try need(0, { $0.isNumber || $0 == .duration }, "a number or a duration")
            return (.function(.abs, nodes), checked[0].type)
        case "min", "max":
            try count(1...32)
            var shared = checked[0].type
            for (i, argument) in checked.enumerated() {
                guard let next = shared.unified(with: argument.type), next != .text, next != .bool else {
                    throw mismatch("\(name)() needs numbers, dates or durations of one kind, not \(argument.type.label)", arguments[i].position)
                }
                shared = next
            }
            return (.function(name == "min" ? .minimum : .maximum, nodes), shared)
        case _ where units[name] != nil:
            try count(1...1)
            let unit = units[name]!
            if checked[0].type == .duration { return (.function(.fromDuration(unit: unit), nodes), .number(integer: false)) }
            try need(0, \.isNumber, "a number (to make a duration) or a duration (to count its \(name))")
            return (.function(.toDuration(unit: unit), nodes), .duration)
        case "years_between", "months_between", "days_between", "hours_between", "minutes_between":
            try count(2...2)
            try need(0, \.isMoment, "a date")
            try need(1, \.isMoment, "a date")
            switch name {
            case "years_between": return (.function(.yearsBetween, nodes), .number(integer: true))
            case "months_between": return (.function(.monthsBetween, nodes), .number(integer: true))
            default:
                let unit = name == "days_between" ? 86_400.0 : name == "hours_between" ? 3600 : 60
                let difference = ExpressionNode.arithmetic(.subtract, nodes[1], nodes[0])
                if name == "days_between" {
                    return (.function(.floor, [.function(.fromDuration(unit: unit), [difference])]), .number(integer: true))
                }
                return (.function(.fromDuration(unit: unit), [difference]), .number(integer: false))
            }
        case "date":
            try count(1...1)
            try need(0, \.isMoment, "a date or datetime")
            return (.function(.startOfDay, nodes), .moment(dateOnly: true))
        case "number":
            try count(1...1)
            if checked[0].type.isNumber { return checked[0] }
            try need(0, { $0 == .text }, "text")
            return (.function(.textToNumber, nodes), .number(integer: false))
        case "if":
            try count(3...3)
            try need(0, { $0 == .bool }, "a condition (true/false) first")
            guard let shared = checked[1].type.unified(with: checked[2].type) else {
                throw mismatch("if()'s two results must be of one kind, not \(checked[1].type.label) and \(checked[2].type.label)", at)
            }
            return (.choose(nodes[0], nodes[1], nodes[2]), shared)
        case "coalesce":
            try count(1...32)
            var shared = ExpressionType.null
            for (i, argument) in checked.enumerated() {
                guard let next = shared.unified(with: argument.type) else {
                    throw mismatch("coalesce()'s values must be of one kind, not \(shared.label) and \(argument.type.label)", arguments[i].position)
                }
                shared = next
            }
            return (.coalesce(nodes), shared)
        default:
            throw ExpressionProblem(
                message: "unknown function \(name)()", position: at)
        }
    }

    func dateLiteral(_ operand: Checked, beside other: ExpressionType) -> Checked {
        guard other.isMoment, operand.type == .text, case .literal(let bytes) = operand.node,
              let moment = CivilTime.parse(String(decoding: bytes, as: UTF8.self), now: now) else { return operand }
        return (.constant(Double(moment)), .moment(dateOnly: bytes.count == 10))
    }

    func mismatch(_ message: String, _ at: Int) -> ExpressionProblem {
        ExpressionProblem(message: message, position: at)
    }
}

