/// Reads a schema from JSON text or a parsed value, collecting every shape problem.
/// Method names and parameters are checked later, against the catalog (`SchemaCompiler`).
public enum SchemaParser {
    /// Keys every column accepts, whatever its method.
    static let commonKeys: Set<String> = [
        "type", "params", "null_rate", "unique", "template", "after", "weights",
        "expr", "gap", "when", "distinct_from", "differs_from", "depends_on", "cases", "default",
    ]

    public static func parse(_ text: String) throws -> Schema {
        let (schema, diagnostics) = try parseCollecting(text)
        if !diagnostics.isEmpty { throw SchemaError(diagnostics) }
        return schema
    }

    public static func parse(_ value: JSONValue) throws -> Schema {
        let (schema, diagnostics) = try parseCollecting(value)
        if !diagnostics.isEmpty { throw SchemaError(diagnostics) }
        return schema
    }

    /// The columns that could be read, and the shape problems of the others, so that the
    /// compiler can report those together with its own (all problems at once).
    public static func parseCollecting(_ text: String) throws -> (Schema, [SchemaDiagnostic]) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw SchemaError([SchemaDiagnostic(column: nil, message: "malformed JSON at \(error)")])
        }
        return try parseCollecting(value)
    }

    public static func parseCollecting(_ value: JSONValue) throws -> (Schema, [SchemaDiagnostic]) {
        guard case .object(var members) = value else {
            throw SchemaError([SchemaDiagnostic(column: nil, message: "a schema must be a JSON object of columns, not a \(value.typeName)")])
        }
        var diagnostics: [SchemaDiagnostic] = []
        var locale: String?
        // Wrapped form: {"locale": "de_DE", "columns": {...}}.
        if case .object(let inner)? = value["columns"], members.allSatisfy({ $0.key == "columns" || $0.key == "locale" }) {
            locale = value["locale"]?.stringValue
            members = inner
        } else if let code = value["locale"]?.stringValue, isLocaleCode(code) {
            // A top-level "locale" whose value is a locale code is a setting, not a column.
            locale = code
            members.removeAll { $0.key == "locale" }
        }
        if members.isEmpty {
            diagnostics.append(SchemaDiagnostic(column: nil, message: "the schema has no columns"))
        }
        var columns: [ColumnDefinition] = []
        for (name, spec) in members {
            if name.allSatisfy(\.isWhitespace) {
                diagnostics.append(SchemaDiagnostic(column: name, message: "column names must not be empty"))
                continue
            }
            if let column = parseColumn(name: name, spec: spec, diagnostics: &diagnostics) {
                columns.append(column)
            }
        }
        return (Schema(columns: columns, locale: locale), diagnostics)
    }

    static func isLocaleCode(_ text: String) -> Bool {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 2 && parts[1].count == 2
            && parts[0].allSatisfy(\.isLowercase) && parts[1].allSatisfy(\.isUppercase)
    }

    /// One column from its JSON spec, or the problems that stop it.
    public static func column(name: String, spec: JSONValue) -> Result<ColumnDefinition, SchemaError> {
        var diagnostics: [SchemaDiagnostic] = []
        if let column = parseColumn(name: name, spec: spec, diagnostics: &diagnostics), diagnostics.isEmpty {
            return .success(column)
        }
        return .failure(SchemaError(diagnostics))
    }

    static func parseColumn(name: String, spec: JSONValue, diagnostics: inout [SchemaDiagnostic]) -> ColumnDefinition? {
        switch spec {
        case .string(let method):
            return ColumnDefinition(name: name, source: .method(method))
        case .array(let values):
            return listColumn(name: name, values: values, diagnostics: &diagnostics)
        case .object(let members):
            return objectColumn(name: name, members: members, diagnostics: &diagnostics)
        default:
            diagnostics.append(SchemaDiagnostic(
                column: name, message: "expected a method name, an object or an array of values, found a \(spec.typeName)",
                hint: "for example \"number.int\" or {\"type\": \"number.int\", \"min\": 1}"))
            return nil
        }
    }

    static func listColumn(name: String, values: [JSONValue], diagnostics: inout [SchemaDiagnostic]) -> ColumnDefinition? {
        if values.isEmpty {
            diagnostics.append(SchemaDiagnostic(column: name, message: "a custom field needs at least one value"))
            return nil
        }
        for value in values {
            switch value {
            case .array, .object:
                diagnostics.append(SchemaDiagnostic(column: name, message: "custom field values must be strings, numbers, booleans or null, found a \(value.typeName)"))
                return nil
            default: continue
            }
        }
        return ColumnDefinition(name: name, source: .values(values))
    }

    static func objectColumn(name: String, members: [(key: String, value: JSONValue)], diagnostics: inout [SchemaDiagnostic]) -> ColumnDefinition? {
        let object = JSONValue.object(members)
        var parameters: [(key: String, value: JSONValue)] = members.filter { !commonKeys.contains($0.key) }
        if let nested = object["params"] {
            guard case .object(let inner) = nested else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "\"params\" must be an object, found a \(nested.typeName)"))
                return nil
            }
            for member in inner where !parameters.contains(where: { $0.key == member.key }) {
                parameters.append(member)
            }
        }
        let template = object["template"]
        var column: ColumnDefinition
        if object["expr"] != nil || object["depends_on"] != nil || object["cases"] != nil {
            guard object["type"] == nil else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "a column has either \"type\" or \"\(object["expr"] != nil ? "expr" : "depends_on")\", not both"))
                return nil
            }
        }
        switch object["type"] {
        case nil where object["expr"] != nil:
            guard let text = object["expr"]?.stringValue else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "expr must be a string, found a \(object["expr"]!.typeName)", hint: "for example \"quantity * unit_price\""))
                return nil
            }
            column = ColumnDefinition(name: name, source: .expression(text))
        case nil where object["depends_on"] != nil || object["cases"] != nil:
            guard let on = object["depends_on"]?.stringValue else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "cases need \"depends_on\": the name of the column whose value picks the case"))
                return nil
            }
            guard case .object(let cases)? = object["cases"], !cases.isEmpty else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "depends_on needs \"cases\": an object from each value of \"\(on)\" to a column spec", hint: "{\"depends_on\": \"category\", \"cases\": {\"Books\": [\"...\"]}}"))
                return nil
            }
            column = ColumnDefinition(name: name, source: .cases(on: on, cases: cases, fallback: object["default"]))
        case .string(let method)?:
            column = ColumnDefinition(name: name, source: .method(method))
        case .array(let values)?:
            guard let list = listColumn(name: name, values: values, diagnostics: &diagnostics) else { return nil }
            column = list
        case nil where template != nil:
            column = ColumnDefinition(name: name, source: .template)
        case nil:
            // {"values": [...]}/{"array": [...]} without a type: a custom field.
            if case .array(let values)? = object["values"] ?? object["array"] ?? object["elements"] {
                guard let list = listColumn(name: name, values: values, diagnostics: &diagnostics) else { return nil }
                column = list
                parameters.removeAll { ["values", "array", "elements"].contains($0.key) }
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "missing \"type\"", hint: "an object column needs {\"type\": \"module.method\", ...}"))
                return nil
            }
        case let other?:
            diagnostics.append(SchemaDiagnostic(column: name, message: "\"type\" must be a method name, found a \(other.typeName)"))
            return nil
        }
        column.parameters = parameters
        var ok = true
        if let rate = object["null_rate"] {
            if let value = rate.doubleValue, value >= 0, value <= 1 {
                column.nullRate = value
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "null_rate must be a number from 0 to 1, found \(rate.jsonText())"))
                ok = false
            }
        }
        if let unique = object["unique"] {
            if let flag = unique.boolValue {
                column.unique = flag
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "unique must be true or false, found \(unique.jsonText())"))
                ok = false
            }
        }
        if let template {
            if let text = template.stringValue {
                column.template = text
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "template must be a string, found a \(template.typeName)"))
                ok = false
            }
        }
        if let after = object["after"] {
            if let text = after.stringValue {
                column.after = text
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "after must be the name of another column, found a \(after.typeName)"))
                ok = false
            }
        }
        if let gap = object["gap"] {
            column.gap = gap
        }
        if let when = object["when"] {
            if let text = when.stringValue {
                column.when = text
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "when must be a condition written as a string, found a \(when.typeName)", hint: "for example \"status == 'Delivered'\""))
                ok = false
            }
        }
        if let other = object["distinct_from"] ?? object["differs_from"] {
            if let text = other.stringValue {
                column.distinctFrom = text
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "distinct_from must be the name of another column, found a \(other.typeName)"))
                ok = false
            }
        }
        if let weights = object["weights"] ?? column.parameters.first(where: { $0.key == "weights" })?.value {
            column.parameters.removeAll { $0.key == "weights" }
            if case .array(let items) = weights, let numbers = Optional(items.compactMap(\.doubleValue)), numbers.count == items.count,
               numbers.allSatisfy({ $0 >= 0 && $0.isFinite }), numbers.contains(where: { $0 > 0 }) {
                column.weights = numbers
            } else {
                diagnostics.append(SchemaDiagnostic(column: name, message: "weights must be an array of non-negative numbers, not all zero"))
                ok = false
            }
        }
        return ok ? column : nil
    }
}
