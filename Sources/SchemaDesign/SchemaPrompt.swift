import SynthCore

/// The messages and response format that ask a model for a schema: the original design's
/// rules (valid JSON only, catalog methods, custom fields as sample-value arrays) and the
/// catalog itself, with method names as a strict enum.
public struct SchemaPrompt: Sendable {
    public let catalog: MethodCatalog

    public init(catalog: MethodCatalog = .standard) {
        self.catalog = catalog
    }

    static let rules = """
        You design column schemas for realistic synthetic test data. Rules:
        1. Output only valid JSON: no prose, no code fences.
        2. Map every column to one method of the catalog below ("module.method"), with parameters when they make values realistic (ranges, formats, lengths).
        3. When no method fits a field (statuses, categories, tiers, product types), set "method" to null and give "values": an array of 3 to 8 realistic sample values.
        4. Column names are snake_case, in the order a real table would list them; an id column first when the records have identity. Include every field the user names; 4 to 15 columns.
        5. "params" is a list of {"name", "value"} where value is JSON text, e.g. {"name": "max", "value": "100"} or {"name": "format", "value": "\\"date\\""}.
        Answer shape: {"columns": [{"name": "...", "method": "module.method" or null, "values": [...] or null, "params": [...], "null_rate": 0, "unique": false}]}
        """

    /// `method(param=default, ...)  doc` per line: everything the model needs, nothing more.
    public var catalogText: String {
        catalog.methods.map { method in
            var line = method.name
            if !method.parameters.isEmpty {
                line += "(" + method.parameters.map { p in p.name + (p.defaultValue.map { "=" + $0.jsonText() } ?? "") }.joined(separator: ", ") + ")"
            }
            return line + "  " + method.doc
        }.joined(separator: "\n")
    }

    public func messages(for description: String) -> [JSONValue] {
        [
            .object([("role", "system"), ("content", .string(Self.rules + "\n\nCatalog:\n" + catalogText))]),
            .object([("role", "user"), ("content", .string("Design the schema (JSON) for this dataset: " + description))]),
        ]
    }

    /// Strict structured output: every property required, no extra ones, methods an enum.
    public var responseFormat: ResponseFormat {
        let methodNames: [JSONValue] = catalog.methods.map { .string($0.name) } + [.null]
        func object(_ properties: [(key: String, value: JSONValue)]) -> JSONValue {
            .object([
                ("type", "object"),
                ("properties", .object(properties)),
                ("required", .array(properties.map { .string($0.key) })),
                ("additionalProperties", false),
            ])
        }
        let parameter = object([("name", .object([("type", "string")])), ("value", .object([("type", "string")]))])
        let column = object([
            ("name", .object([("type", "string")])),
            ("method", .object([("type", .array(["string", "null"])), ("enum", .array(methodNames))])),
            ("values", .object([("type", .array(["array", "null"])), ("items", .object([("type", "string")]))])),
            ("params", .object([("type", "array"), ("items", parameter)])),
            ("null_rate", .object([("type", "number")])),
            ("unique", .object([("type", "boolean")])),
        ])
        return .jsonSchema(name: "synthgen_schema", schema: object([("columns", .object([("type", "array"), ("items", column)]))]))
    }
}
