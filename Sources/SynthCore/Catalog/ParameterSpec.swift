/// One typed parameter of a catalog method.
public struct ParameterSpec: Sendable {
    public enum ValueType: Sendable, Equatable {
        case int, number, string, bool
        /// A JSON array of strings, numbers or booleans.
        case list
        /// One of a fixed set of strings.
        case choice([String])
        /// An ISO 8601 date or datetime, or a relative offset like "-5y", "+30d", "today".
        case date

        var label: String {
            switch self {
            case .int: return "an integer"
            case .number: return "a number"
            case .string: return "a string"
            case .bool: return "true or false"
            case .list: return "an array of values"
            case .choice(let options): return "one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")
            case .date: return "an ISO 8601 date or an offset like \"-5y\""
            }
        }
    }

    public let name: String
    /// Other spellings accepted for this parameter (Python Faker's `min_value`, ...).
    public let aliases: [String]
    public let type: ValueType
    public let defaultValue: JSONValue?
    public let doc: String

    public init(_ name: String, _ type: ValueType, default defaultValue: JSONValue? = nil, aliases: [String] = [], doc: String = "") {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.aliases = aliases
        self.doc = doc
    }

    public static func int(_ name: String, _ value: Int? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .int, default: value.map { .number(Double($0), text: String($0)) }, aliases: aliases, doc: doc)
    }

    public static func number(_ name: String, _ value: Double? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .number, default: value.map { .number($0, text: formatNumber($0)) }, aliases: aliases, doc: doc)
    }

    public static func string(_ name: String, _ value: String? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .string, default: value.map { .string($0) }, aliases: aliases, doc: doc)
    }

    public static func bool(_ name: String, _ value: Bool? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .bool, default: value.map { .bool($0) }, aliases: aliases, doc: doc)
    }

    public static func choice(_ name: String, _ options: [String], _ value: String? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .choice(options), default: value.map { .string($0) }, aliases: aliases, doc: doc)
    }

    public static func date(_ name: String, _ value: String? = nil, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .date, default: value.map { .string($0) }, aliases: aliases, doc: doc)
    }

    public static func list(_ name: String, aliases: [String] = [], doc: String = "") -> ParameterSpec {
        ParameterSpec(name, .list, aliases: aliases, doc: doc)
    }

    /// Whether `value` has this parameter's type (choices compared case-insensitively).
    func accepts(_ value: JSONValue) -> Bool {
        switch (type, value) {
        case (.int, .number): return value.int64Value != nil
        case (.number, .number), (.string, .string), (.bool, .bool), (.date, .string): return true
        case (.list, .array(let items)):
            return items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
        case (.choice(let options), .string(let s)): return options.contains { $0.lowercased() == s.lowercased() }
        default: return false
        }
    }
}

func formatNumber(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
