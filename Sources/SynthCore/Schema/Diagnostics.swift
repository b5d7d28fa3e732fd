/// One problem found in a schema: which column, what is wrong, and a hint when we have one.
/// Validation collects every diagnostic, then fails once with all of them.
public struct SchemaDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public let column: String?
    public let message: String
    public let hint: String?

    public init(column: String?, message: String, hint: String? = nil) {
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = column.map { "column \"\($0)\": " } ?? ""
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// A schema that cannot be generated, with every problem found.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [SchemaDiagnostic]

    public init(_ diagnostics: [SchemaDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let lines = diagnostics.map { "  - \($0)" }
        let noun = diagnostics.count == 1 ? "problem" : "problems"
        return "invalid schema, \(diagnostics.count) \(noun):\n" + lines.joined(separator: "\n")
    }
}
