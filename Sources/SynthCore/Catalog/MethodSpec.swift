/// One method of the closed catalog: nothing a schema names outside the catalog is called.
public struct MethodSpec: Sendable {
    /// Another name for a method, with parameter presets (Python's `date_between` is
    /// `date.between` written as a date, not a datetime).
    public struct Alias: Sendable, ExpressibleByStringLiteral {
        public let name: String
        public let presets: [String: JSONValue]

        public init(_ name: String, presets: [String: JSONValue] = [:]) {
            self.name = name
            self.presets = presets
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public typealias Builder = @Sendable (inout Arguments, BuildContext) throws -> any ColumnGenerator

    public let name: String
    public let aliases: [Alias]
    public let parameters: [ParameterSpec]
    public let kind: OutputKind
    public let doc: String
    public let example: String
    let build: Builder

    public init(
        _ name: String, aliases: [Alias] = [], kind: OutputKind = .string, params: [ParameterSpec] = [],
        doc: String, example: String, build: @escaping Builder
    ) {
        self.name = name
        self.aliases = aliases
        self.parameters = params
        self.kind = kind
        self.doc = doc
        self.example = example
        self.build = build
    }

    public var module: String { String(name.prefix { $0 != "." }) }

    func parameter(named key: String) -> ParameterSpec? {
        parameters.first { $0.name == key } ?? parameters.first { $0.aliases.contains(key) }
            ?? parameters.first { normalizedName($0.name) == normalizedName(key) }
    }
}

/// Lowercase without `_`, `-` and a `faker.` prefix: `person.first_name` and
/// `faker.person.firstName` both become `person.firstname`.
func normalizedName(_ name: String) -> String {
    var text = name.lowercased()
    if text.hasPrefix("faker.") { text.removeFirst(6) }
    return String(text.filter { $0 != "_" && $0 != "-" && $0 != " " })
}
