import SynthCore

extension APIError {
    /// Diagnostics shown in one error body (and its log line); the rest are counted.
    static let maximumDiagnostics = 20
    /// Characters kept of one diagnostic: a column name may be as long as the body allows.
    static let maximumDiagnosticLength = 300

    /// A schema's problems as a 422, bounded: a schema of 80,000 bad columns once gave a
    /// 13 MB body, logged whole.
    static func schema(_ error: SchemaError, field: String = "schema") -> APIError {
        invalid(field, summary(error.diagnostics.map(\.description)))
    }

    static func summary(_ problems: [String]) -> String {
        var shown = problems.prefix(maximumDiagnostics).map { problem in
            problem.count <= maximumDiagnosticLength ? problem : String(problem.prefix(maximumDiagnosticLength)) + "…"
        }
        if problems.count > maximumDiagnostics { shown.append("and \(problems.count - maximumDiagnostics) more") }
        return shown.joined(separator: "; ")
    }
}
