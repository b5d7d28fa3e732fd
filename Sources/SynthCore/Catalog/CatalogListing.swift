/// The catalog as text for people and as JSON for programs (the LLM prompt uses it).
public enum CatalogListing {
    public static func text(_ methods: [MethodSpec]) -> String {
        var lines: [String] = []
        for method in methods {
            var line = method.name
            if !method.parameters.isEmpty {
                line += "(" + method.parameters.map { p in p.name + (p.defaultValue.map { "=" + $0.jsonText() } ?? "") }.joined(separator: ", ") + ")"
            }
            line += " -> \(method.kind.rawValue)  \(method.doc)  e.g. \(method.example)"
            if !method.aliases.isEmpty { line += "  [aliases: " + method.aliases.map(\.name).joined(separator: ", ") + "]" }
            lines.append(line)
        }
        lines.append("\(methods.count) methods, \(methods.reduce(0) { $0 + $1.aliases.count }) aliases")
        return lines.joined(separator: "\n")
    }

    public static func json(_ methods: [MethodSpec]) -> String {
        let items: [JSONValue] = methods.map { method in
            .object([
                ("name", .string(method.name)),
                ("module", .string(method.module)),
                ("aliases", .array(method.aliases.map { .string($0.name) })),
                ("kind", .string(method.kind.rawValue)),
                ("doc", .string(method.doc)),
                ("example", .string(method.example)),
                ("params", .array(method.parameters.map { p in
                    var members: [(key: String, value: JSONValue)] = [("name", .string(p.name)), ("type", .string(p.type.jsonName))]
                    if case .choice(let options) = p.type { members.append(("options", .array(options.map { .string($0) }))) }
                    if let value = p.defaultValue { members.append(("default", value)) }
                    if !p.aliases.isEmpty { members.append(("aliases", .array(p.aliases.map { .string($0) }))) }
                    if !p.doc.isEmpty { members.append(("doc", .string(p.doc))) }
                    return .object(members)
                })),
            ])
        }
        return JSONValue.array(items).jsonText()
    }
}

extension ParameterSpec.ValueType {
    var jsonName: String {
        switch self {
        case .int: return "int"
        case .number: return "number"
        case .string: return "string"
        case .bool: return "bool"
        case .list: return "list"
        case .choice: return "choice"
        case .date: return "date"
        }
    }
}
