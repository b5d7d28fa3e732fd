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
    }
}
