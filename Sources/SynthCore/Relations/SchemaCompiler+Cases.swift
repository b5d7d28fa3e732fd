extension SchemaCompiler {
    /// A column whose spec depends on another column's value (`depends_on` + `cases`). Each
    /// case is a method name, an object column spec or a list, as a column would be. When
    /// the other column is a list, every value of it needs a case or a `default`.
    func buildCases(
        on: String, cases: [(key: String, value: JSONValue)], fallback: JSONValue?, column: Int, context: BuildContext,
        schema: Schema, indexOf: [String: Int], problem: (String, String?) -> Void, uses: (Int) -> Void
    ) -> (generator: any ColumnGenerator, kind: OutputKind)? {
        guard let source = indexOf[on], source != column else {
            problem("depends_on refers to \(on == context.columnName ? "the column itself" : "a missing column \"\(on)\"")", nil)
            return nil
        }
        uses(source)
        func build(_ label: String, _ spec: JSONValue) -> (generator: any ColumnGenerator, kind: OutputKind)? {
            switch SchemaParser.column(name: context.columnName, spec: spec) {
            case .failure(let error):
                for diagnostic in error.diagnostics { problem("case \(label): \(diagnostic.message)", diagnostic.hint) }
                return nil
            case .success(let definition):
                switch definition.source {
                case .method(let name):
                    return buildMethod(name, parameters: definition.parameters, after: nil, context: context) { message, hint in problem("case \(label): \(message)", hint) }
                case .values(let values):
                    return buildList(values, weights: definition.weights, parameters: definition.parameters) { message, hint in problem("case \(label): \(message)", hint) }
                default:
                    problem("case \(label) must be a method, an object with a type, or a list of values", nil)
                    return nil
                }
            }
        }
        var keys: [[UInt8]] = []
        var generators: [any ColumnGenerator] = []
        var kinds: Set<OutputKind> = []
        var ok = true
        for (key, spec) in cases {
            guard let made = build("\"\(key)\"", spec) else { ok = false; continue }
            keys.append(Array(key.utf8))
            generators.append(made.generator)
            kinds.insert(made.kind)
        }
        var fallbackGenerator: (any ColumnGenerator)?
        if let fallback {
            if let made = build("default", fallback) {
                fallbackGenerator = made.generator
                kinds.insert(made.kind)
            } else {
                ok = false
            }
        }
        // Every value a list can give needs a case, unless there is a default.
        if fallback == nil, let values = Self.listedValues(schema.columns[source]) {
            let missing = values.compactMap { value -> String? in
                let text = value.stringValue ?? value.jsonText()
                return cases.contains { $0.key == text } ? nil : text
            }
            if !missing.isEmpty {
                problem("cases miss \(missing.prefix(5).map { "\"\($0)\"" }.joined(separator: ", "))\(missing.count > 5 ? " and \(missing.count - 5) more" : "") of \"\(on)\", and there is no default", "add those cases or a \"default\"")
                ok = false
            }
        }
        guard ok else { return nil }
        let kind = kinds.count == 1 ? kinds.first! : .string
        return (CaseGenerator(source: source, keys: keys, generators: generators, fallback: fallbackGenerator), kind)
    }

    /// The values a list column can take: a custom field, or helpers.arrayElement's array.
    static func listedValues(_ column: ColumnDefinition) -> [JSONValue]? {
        guard column.template == nil else { return nil }
        switch column.source {
        case .values(let values): return values
        case .method(let name) where normalizedName(name).hasSuffix("arrayelement"):
            if case .array(let values)? = column.parameters.first(where: { $0.key == "array" })?.value { return values }
            return nil
        default: return nil
        }
    }
}
