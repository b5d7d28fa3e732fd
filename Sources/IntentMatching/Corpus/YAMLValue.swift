import SynthCore
import Yams

/// Rule files read at run time (`--rules DIR`): YAML as order-preserving JSON values, with
/// the same scalar typing and `__line` marks the build-time conversion (EmbedDataTool's
/// RuleJSON) gives the bundled corpus.
enum YAMLValue {
    static func parse(_ text: String) throws -> JSONValue {
        guard let root = try Yams.compose(yaml: text, .basic) else { return .object([]) }
        return json(root, depth: 0)
    }

    static func json(_ node: Node, depth: Int) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if scalar.style != .plain { return .string(text) }
            switch text {
            case "true", "True", "TRUE", "yes", "Yes": return .bool(true)
            case "false", "False", "FALSE", "no", "No": return .bool(false)
            case "", "~", "null", "Null", "NULL": return .null
            default: break
            }
            if let int = Int64(text) { return .number(Double(int), text: text) }
            if let double = Double(text), double.isFinite, text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                return .number(double, text: text)
            }
            return .string(text)
        case .mapping(let mapping):
            var members = mapping.map { (key: $0.key.string ?? "", value: json($0.value, depth: depth + 1)) }
            if depth == 2, let line = node.mark?.line { members.insert((key: "__line", value: .number(Double(line), text: String(line))), at: 0) }
            return .object(members)
        case .sequence(let sequence):
            return .array(sequence.map { json($0, depth: depth + 1) })
        case .alias:
            return .null
        }
    }
}
