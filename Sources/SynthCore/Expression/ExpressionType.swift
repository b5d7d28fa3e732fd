/// What an expression gives. Moments are dates or datetimes (epoch seconds); durations are
/// seconds and only become numbers through `days(...)`, `hours(...)`, ... so that
/// "date + 3" (three what?) is an error rather than a guess.
enum ExpressionType: Equatable, Sendable {
    case number(integer: Bool)
    case moment(dateOnly: Bool)
    case duration
    case bool
    case text
    /// The `null` literal: fits wherever any type does.
    case null

    var label: String {
        switch self {
        case .number: return "a number"
        case .moment(let dateOnly): return dateOnly ? "a date" : "a datetime"
        case .duration: return "a duration"
        case .bool: return "a true/false value"
        case .text: return "text"
        case .null: return "null"
        }
    }

    var isNumber: Bool { if case .number = self { return true }; return false }
    var isMoment: Bool { if case .moment = self { return true }; return false }

    /// The type both branches of `if` (or the arguments of `min`) share, if any.
    func unified(with other: ExpressionType) -> ExpressionType? {
        switch (self, other) {
        case (.null, _): return other
        case (_, .null): return self
        case let (.number(a), .number(b)): return .number(integer: a && b)
        case let (.moment(a), .moment(b)): return .moment(dateOnly: a && b)
        default: return self == other ? self : nil
        }
    }

    /// How a column of `kind` reads in an expression.
    init(_ kind: OutputKind) {
        switch kind {
        case .int: self = .number(integer: true)
        case .decimal: self = .number(integer: false)
        case .date: self = .moment(dateOnly: true)
        case .datetime: self = .moment(dateOnly: false)
        case .bool: self = .bool
        case .string: self = .text
        }
    }
}
