import Foundation
import IntentMatching
import SynthCore

/// Turns a model's answer into a schema the engine accepts: code fences stripped, every
/// column checked with the engine's own compiler, and broken columns repaired with the
/// field rules (or dropped, with the reason).
public struct AnswerReader: Sendable {
    public let matcher: IntentMatcher
    public let compiler: SchemaCompiler

    public init(matcher: IntentMatcher, compiler: SchemaCompiler = SchemaCompiler(now: 1_767_225_600)) {
        self.matcher = matcher
        self.compiler = compiler
    }

    public struct Result: Sendable {
        public var schema: Schema
        /// "column: what was wrong -> what it became".
        public var repairs: [String]
        public var dropped: [String]
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case truncated
        case notJSON(String)
        case nothingValid([String])

        public var description: String {
            switch self {
            case .truncated: return "the answer was cut off (finish_reason: length) before the JSON ended"
            case .notJSON(let why): return "the answer is not a JSON schema: \(why)"
            case .nothingValid(let why): return "no column of the answer is usable: " + why.joined(separator: "; ")
            }
        }
    }

    public static let maximumColumns = 64

    public func read(_ content: String, finishReason: String?) throws(Failure) -> Result {
        let text = Self.jsonText(in: content)
        let json: JSONValue
        do {
            json = try JSONParser.parse(String(text))
        } catch {
            throw finishReason == "length" ? .truncated : .notJSON(error.description)
        }
        let candidates = try Self.columns(of: json)
        var result = Result(schema: Schema(columns: []), repairs: [], dropped: [])
        var names = Set<String>()
        for (rawName, spec) in candidates.prefix(Self.maximumColumns) {
            let name = Self.columnName(rawName)
            guard !name.isEmpty, !names.contains(name) else {
                result.dropped.append("\(rawName): empty or repeated name")
                continue
            }
            if let column = check(name: name, spec: spec, repairs: &result.repairs) {
                names.insert(name)
                result.schema.columns.append(column)
            }
        }
        if candidates.count > Self.maximumColumns { result.dropped.append("\(candidates.count - Self.maximumColumns) columns beyond \(Self.maximumColumns)") }
        guard !result.schema.columns.isEmpty else { throw .nothingValid(result.dropped.isEmpty ? ["no columns"] : result.dropped) }
        return result
    }

    /// The column as given if the engine accepts it; without its parameters if only they
    /// are wrong; else what the field rules make of its name.
    func check(name: String, spec: JSONValue, repairs: inout [String]) -> ColumnDefinition? {
        let problem: String
        switch SchemaParser.column(name: name, spec: spec) {
        case .success(let column):
            guard let why = compileProblem(column) else { return column }
            if !column.parameters.isEmpty {
                var bare = column
                bare.parameters = []
                if compileProblem(bare) == nil {
                    repairs.append("\(name): \(why) -> parameters dropped")
                    return bare
                }
            }
            problem = why
        case .failure(let error):
            problem = error.diagnostics.map(\.message).joined(separator: "; ")
        }
        let repaired = matcher.column(forField: name)
        repairs.append("\(name): \(problem) -> \(repaired.column.jsonValue.jsonText()) (\(repaired.rule.map { "field rule \($0)" } ?? "guessed from the name"))")
        return repaired.column
    }

    func compileProblem(_ column: ColumnDefinition) -> String? {
        do {
            _ = try compiler.compile(Schema(columns: [column]), rows: 1)
            return nil
        } catch let error as SchemaError {
            return error.diagnostics.map(\.message).joined(separator: "; ")
        } catch {
            return String(describing: error)
        }
    }

    /// The JSON inside an answer: code fences and any prose around the outermost braces removed.
    static func jsonText(in content: String) -> Substring {
        var text = Substring(content)
        if let fence = text.range(of: "```") {
            text = text[fence.upperBound...]
            // Skip a language tag such as ```json.
            if let newline = text.firstIndex(of: "\n") { text = text[text.index(after: newline)...] }
            if let end = text.range(of: "```") { text = text[..<end.lowerBound] }
        }
        guard let start = text.firstIndex(of: "{") else { return text }
        let end = text.lastIndex(of: "}") ?? text.index(before: text.endIndex)
        return end >= start ? text[start...end] : text[start...]
    }

    /// (name, spec in the original design's format) for each column of either answer shape:
    /// `{"columns": [...]}` (structured output) or the original `{"name": "method", ...}`.
    static func columns(of json: JSONValue) throws(Failure) -> [(String, JSONValue)] {
        guard case .object(let members) = json else { throw .notJSON("expected an object, got \(json.typeName)") }
        if case .array(let items)? = json["columns"] {
            return items.compactMap { item -> (String, JSONValue)? in
                guard let name = item["name"]?.stringValue else { return nil }
                var spec: [(key: String, value: JSONValue)] = []
                if let method = item["method"]?.stringValue, !method.isEmpty {
                    spec.append(("type", .string(method)))
                } else if case .array(let values)? = item["values"], !values.isEmpty {
                    spec.append(("type", .array(values)))
                } else {
                    spec.append(("type", .string("")))
                }
                if case .array(let params)? = item["params"] {
                    for param in params {
                        guard let key = param["name"]?.stringValue, let value = param["value"] else { continue }
                        spec.append((key, Self.parameterValue(value)))
                    }
                } else if case .object(let params)? = item["params"] {
                    spec += params
                }
                if let rate = item["null_rate"]?.doubleValue, rate > 0 { spec.append(("null_rate", .number(rate, text: format3(rate)))) }
                if item["unique"]?.boolValue == true { spec.append(("unique", true)) }
                return (name, .object(spec))
            }
        }
        if case .object(let inner)? = json["schema"] { return inner }
        return members
    }

    /// A parameter value sent as JSON text ("100", "\"date\"") or as a plain word ("date").
    static func parameterValue(_ value: JSONValue) -> JSONValue {
        guard let text = value.stringValue else { return value }
        return (try? JSONParser.parse(text)) ?? .string(text)
    }

    /// snake_case, letters, digits and underscores, at most 64 characters.
    static func columnName(_ raw: String) -> String {
        var name = ""
        var lastWasSeparator = false
        for character in raw.trimmingCharacters(in: .whitespaces) {
            if character.isLetter || character.isNumber {
                if character.isUppercase, let last = name.last, last.isLowercase { name += "_" }
                name += character.lowercased()
                lastWasSeparator = false
            } else if !lastWasSeparator, !name.isEmpty {
                name += "_"
                lastWasSeparator = true
            }
        }
        while name.hasSuffix("_") { name.removeLast() }
        return String(name.prefix(64))
    }
}
