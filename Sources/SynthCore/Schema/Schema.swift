/// A dataset's columns, in the order written, as the original design's format describes
/// them: a string is a method, an object is `{"type": method, ...params}`, an array is a
/// custom field picking among its values.
public struct Schema: Sendable, Equatable {
    public var columns: [ColumnDefinition]
    /// Locale for names, places and phone formats (`en_US` when nil).
    public var locale: String?

    public init(columns: [ColumnDefinition], locale: String? = nil) {
        self.columns = columns
        self.locale = locale
    }
}

/// One column before validation: what produces it and the options common to every column.
public struct ColumnDefinition: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// A catalog method, by the name written (canonical, alias, `faker.` or snake_case).
        case method(String)
        /// A custom field: one of these values per row.
        case values([JSONValue])
        /// Only a template makes the value.
        case template
        /// Computed from other columns of the row (`{"expr": "quantity * unit_price"}`).
        case expression(String)
        /// Made by the spec listed for the value of another column
        /// (`{"depends_on": "category", "cases": {"Books": [...]}, "default": ...}`).
        case cases(on: String, cases: [(key: String, value: JSONValue)], fallback: JSONValue?)

        public static func == (lhs: Source, rhs: Source) -> Bool {
            switch (lhs, rhs) {
            case let (.method(a), .method(b)): return a == b
            case let (.values(a), .values(b)): return a == b
            case (.template, .template): return true
            case let (.expression(a), .expression(b)): return a == b
            case let (.cases(a, x, f), .cases(b, y, g)): return a == b && JSONValue.object(x) == JSONValue.object(y) && f == g
            default: return false
            }
        }
    }

    public var name: String
    public var source: Source
    /// Method parameters other than the common ones, in the order written.
    public var parameters: [(key: String, value: JSONValue)]
    public var nullRate: Double = 0
    public var unique = false
    public var template: String?
    /// Name of a date column this column's date must follow.
    public var after: String?
    /// Weights of a custom field's values.
    public var weights: [Double]?
    /// How far after the `after` column this date falls: `{"min": "1d", "max": "14d",
    /// "distribution": "lognormal"}` (checked by the compiler).
    public var gap: JSONValue?
    /// A condition over the row (an expression); the column is null when it does not hold.
    public var when: String?
    /// A column whose value this one must differ from (origin and destination).
    public var distinctFrom: String?

    public init(name: String, source: Source, parameters: [(key: String, value: JSONValue)] = []) {
        self.name = name
        self.source = source
        self.parameters = parameters
    }

    public static func == (lhs: ColumnDefinition, rhs: ColumnDefinition) -> Bool {
        lhs.name == rhs.name && lhs.source == rhs.source
            && JSONValue.object(lhs.parameters) == JSONValue.object(rhs.parameters)
            && lhs.nullRate == rhs.nullRate && lhs.unique == rhs.unique && lhs.template == rhs.template
            && lhs.after == rhs.after && lhs.weights == rhs.weights
            && lhs.gap == rhs.gap && lhs.when == rhs.when && lhs.distinctFrom == rhs.distinctFrom
    }
}
