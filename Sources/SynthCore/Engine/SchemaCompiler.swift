/// Validates a schema against the catalog and compiles it into a `GenerationPlan`.
/// Every problem is collected; compilation fails once, with all of them.
public struct SchemaCompiler: Sendable {
    public var catalog: MethodCatalog
    public var store: ResourceStore
    /// "Now" for relative dates, seconds since 1970 UTC.
    public var now: Int64

    public init(catalog: MethodCatalog = .standard, store: ResourceStore = .bundled, now: Int64) {
        self.catalog = catalog
        self.store = store
        self.now = now
    }

    /// - Parameters:
    ///   - schema: the parsed schema.
    ///   - rows: how many rows will be generated (checks that `unique` columns can be).
    ///   - locale: overrides the schema's locale when given.
    ///   - earlier: problems already found while parsing, reported with the compiler's own.
    public func compile(_ schema: Schema, rows: UInt64, locale: String? = nil, earlier: [SchemaDiagnostic] = []) throws -> GenerationPlan {
        var diagnostics = earlier
        let localeCode = locale ?? schema.locale ?? "en_US"
        do {
            _ = try store.locale(localeCode)
        } catch {
            throw SchemaError([SchemaDiagnostic(column: nil, message: "\(error)")])
        }
        let names = schema.columns.map(\.name)
        var indexOf: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            if indexOf[name] != nil {
                diagnostics.append(SchemaDiagnostic(column: name, message: "duplicate column name"))
            }
            indexOf[name] = i
        }
        var dependencies = Array(repeating: [Int](), count: names.count)
        var built: [(generator: any ColumnGenerator, kind: OutputKind)?] = Array(repeating: nil, count: names.count)
        var problems = Array(repeating: [SchemaDiagnostic](), count: names.count)
        // 1. Each column's own generator; computed columns and references wait for the
        //    kinds and generators of the columns they read.
        for (i, definition) in schema.columns.enumerated() {
            let key = streamKey(definition.name)
            let context = BuildContext(store: store, localeCode: localeCode, now: now, columnName: definition.name, columnKey: key)
            func problem(_ message: String, hint: String? = nil) {
                problems[i].append(SchemaDiagnostic(column: definition.name, message: message, hint: hint))
            }
            var afterIndex: Int?
            if let after = definition.after {
                if let target = indexOf[after], target != i {
                    afterIndex = target
                    dependencies[i].append(target)
                } else {
                    problem("after refers to \(after == definition.name ? "the column itself" : "a missing column \"\(after)\"")")
                }
            }
            var gap: DateGap?
            if let value = definition.gap {
                if definition.after == nil { problem("gap needs after: the column this date follows") }
                do { gap = try DateGap.parse(value) } catch { problem("gap: \(error)") }
            }
            switch definition.source {
            case .method(let name):
                var parameters = definition.parameters
                // `weights` is read as a common key; methods that take it (arrayElement) get it back.
                if let weights = definition.weights, catalog.method(name)?.parameter(named: "weights") != nil {
                    parameters.append((key: "weights", value: .array(weights.map { .number($0, text: formatNumber($0)) })))
                }
                built[i] = buildMethod(name, parameters: parameters, after: afterIndex, gap: gap, context: context, problem: problem)
            case .values(let values):
                built[i] = buildList(values, weights: definition.weights, parameters: definition.parameters, problem: problem)
            case .cases(let on, let cases, let fallback):
                built[i] = buildCases(on: on, cases: cases, fallback: fallback, column: i, context: context, schema: schema, indexOf: indexOf, problem: problem, uses: { dependencies[i].append($0) })
            case .template, .expression:
                break
            }
            if let template = definition.template {
                let own = built[i]?.generator
                if let generator = buildTemplate(template, own: own, context: context, indexOf: indexOf, problem: problem, uses: { dependencies[i].append($0) }) {
                    built[i] = (generator, .string)
                }
            }
            if definition.after != nil, let kind = built[i]?.kind, kind != .date && kind != .datetime {
                problem("after is only for date methods (this column makes \(kind.rawValue) values)")
            }
            if let index = afterIndex, case .method(let name) = schema.columns[index].source,
               let kind = catalog.method(name)?.kind, kind != .date && kind != .datetime {
                problem("after refers to \"\(names[index])\", which is not a date column")
            }
            if definition.unique, let generator = built[i]?.generator {
                built[i]?.generator = uniqueGenerator(generator, rows: rows, key: key, problem: problem) ?? generator
            }
        }
        // 2. Computed columns, in the order they need each other; references to key columns.
        var relations = RelationBuilder(schema: schema, indexOf: indexOf, now: now, rows: rows, built: built)
        for i in schema.columns.indices {
            relations.finish(i)
        }
        for i in schema.columns.indices {
            problems[i] += relations.problems[i]
            dependencies[i] += relations.uses[i]
            built[i] = relations.built[i]
            diagnostics += problems[i]
        }
        let order = generationOrder(names: names, dependencies: dependencies, diagnostics: &diagnostics)
        if !diagnostics.isEmpty { throw SchemaError(diagnostics) }
        let columns = schema.columns.enumerated().map { i, definition in
            GenerationPlan.Column(name: definition.name, kind: built[i]!.kind, generator: built[i]!.generator, key: streamKey(definition.name), nullRate: definition.nullRate)
        }
        return GenerationPlan(columns: columns, order: order, locale: localeCode, now: now)
    }

    func buildMethod(
        _ name: String, parameters: [(key: String, value: JSONValue)], after: Int?, gap: DateGap? = nil, context: BuildContext,
        problem: (String, String?) -> Void
    ) -> (generator: any ColumnGenerator, kind: OutputKind)? {
        guard let (method, presets) = catalog.lookup(name) else {
            let suggestions = catalog.suggestions(for: name)
            problem("unknown method \"\(name)\"", suggestions.isEmpty ? "see `synthgen methods`" : "did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?")
            return nil
        }
        var values: [String: JSONValue] = [:]
        for spec in method.parameters {
            if let preset = presets[spec.name] { values[spec.name] = preset } else if let value = spec.defaultValue { values[spec.name] = value }
        }
        var ok = true
        for (key, value) in parameters {
            guard let spec = method.parameter(named: key) else {
                let accepted = method.parameters.map(\.name)
                problem("unknown parameter \"\(key)\" for \(method.name)", accepted.isEmpty ? "it takes no parameters" : "it accepts " + accepted.joined(separator: ", "))
                ok = false
                continue
            }
            guard spec.accepts(value) else {
                problem("parameter \"\(key)\" of \(method.name) must be \(spec.type.label), found \(value.jsonText())", nil)
                ok = false
                continue
            }
            values[spec.name] = value
        }
        if let after { values["__after"] = .number(Double(after), text: String(after)) }
        guard ok else { return nil }
        var arguments = Arguments(values: values)
        arguments.gap = gap
        do {
            let generator = try method.build(&arguments, context)
            for message in arguments.problems { problem(message, nil) }
            guard arguments.problems.isEmpty else { return nil }
            return (generator, arguments.kindOverride ?? method.kind)
        } catch {
            problem("\(error)", nil)
            return nil
        }
    }

    func buildList(_ values: [JSONValue], weights: [Double]?, parameters: [(key: String, value: JSONValue)], problem: (String, String?) -> Void) -> (generator: any ColumnGenerator, kind: OutputKind)? {
        if let first = parameters.first {
            problem("unknown parameter \"\(first.key)\" for a custom field", "it accepts weights, null_rate, unique, template")
            return nil
        }
        if let weights, weights.count != values.count {
            problem("weights has \(weights.count) numbers for \(values.count) values", nil)
            return nil
        }
        return (ValueListGenerator(values: values, weights: weights), ValueListGenerator.kind(of: values))
    }

    func buildTemplate(
        _ template: String, own: (any ColumnGenerator)?, context: BuildContext, indexOf: [String: Int],
        problem: (String, String?) -> Void, uses: (Int) -> Void
    ) -> (any ColumnGenerator)? {
        var parts: [TemplateGenerator.Part] = []
        var ok = true
        for (n, token) in TemplateGenerator.tokens(template).enumerated() {
            guard token.isPlaceholder else {
                parts.append(.literal(Array(token.text.utf8)))
                continue
            }
            let text = token.text
            if text.hasPrefix("field:") {
                let name = String(text.dropFirst(6)).trimmed
                if let index = indexOf[name], name != context.columnName {
                    uses(index)
                    parts.append(.field(index))
                } else {
                    problem("template refers to \(name == context.columnName ? "the column itself" : "a missing column \"\(name)\"")", nil)
                    ok = false
                }
            } else if text == "value" || text == "this" {
                if let own {
                    parts.append(.method(ValuePart(base: own), key: context.columnKey))
                } else {
                    problem("template uses {{\(text)}} but the column has no type", nil)
                    ok = false
                }
            } else {
                let key = CellRandom.mix(context.columnKey ^ UInt64(n + 1))
                let partContext = BuildContext(store: context.store, localeCode: context.localeCode, now: context.now, columnName: context.columnName, columnKey: key)
                if let built = buildMethod(text, parameters: [], after: nil, context: partContext, problem: { message, hint in
                    problem("template placeholder {{\(text)}}: \(message)", hint)
                }) {
                    parts.append(.method(built.generator, key: key))
                } else {
                    ok = false
                }
            }
        }
        return ok ? TemplateGenerator(parts: parts) : nil
    }

    func uniqueGenerator(_ generator: any ColumnGenerator, rows: UInt64, key: UInt64, problem: (String, String?) -> Void) -> (any ColumnGenerator)? {
        if generator is any HighEntropyGenerator || generator is SequenceGenerator { return generator }
        if let named = generator as? any DiscriminatedGenerator {
            return named.unique(IndexPermutation(size: max(rows, 1), key: key))
        }
        guard let indexed = generator as? any IndexedGenerator else {
            problem("unique is not supported for this column's method", "use a method with an enumerable value space (number.int, a custom list, helpers.replaceSymbols, string.numeric, ...), or string.uuid")
            return nil
        }
        guard indexed.valueCount >= rows else {
            problem("unique is impossible: only \(indexed.valueCount) distinct values for \(rows) rows", "widen the range or lower --rows")
            return nil
        }
        return UniqueGenerator(base: indexed, permutation: IndexPermutation(size: max(indexed.valueCount, 1), key: key))
    }

    /// Topological order of the columns; a cycle is reported with its path.
    func generationOrder(names: [String], dependencies: [[Int]], diagnostics: inout [SchemaDiagnostic]) -> [Int] {
        var state = Array(repeating: 0, count: names.count)  // 0 new, 1 visiting, 2 done
        var order: [Int] = []
        var stack: [Int] = []
        var reported = false
        func visit(_ i: Int) {
            if state[i] == 2 { return }
            if state[i] == 1 {
                if !reported, let start = stack.firstIndex(of: i) {
                    let path = (stack[start...] + [i]).map { "\"\(names[$0])\"" }.joined(separator: " -> ")
                    diagnostics.append(SchemaDiagnostic(column: names[i], message: "dependency cycle: \(path)", hint: "after and {{field:...}} must not form a loop"))
                    reported = true
                }
                return
            }
            state[i] = 1
            stack.append(i)
            for dependency in dependencies[i] { visit(dependency) }
            stack.removeLast()
            state[i] = 2
            order.append(i)
        }
        for i in names.indices { visit(i) }
        return order
    }
}
