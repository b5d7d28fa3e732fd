import SynthCore
import Yams

/// YAML nodes as order-preserving JSON values: rule schemas keep their column order.
enum YAMLValue {
    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return .string(scalar.string) }
            if let bool = node.bool, ["true", "false", "yes", "no"].contains(scalar.string.lowercased()) { return .bool(bool) }
            if let int = node.int { return .number(Double(int), text: String(int)) }
            if let double = node.float, scalar.string.contains(where: \.isNumber) { return .number(double, text: scalar.string) }
            if node.null != nil || scalar.string.isEmpty { return .null }
            return .string(scalar.string)
        case .mapping(let mapping):
            return .object(mapping.map { (key: $0.key.string ?? "", value: json($0.value)) })
        case .sequence(let sequence):
            return .array(sequence.map(json))
        case .alias:
            return .null
        }
    }

    static func line(_ node: Node) -> Int { node.mark.map { $0.line } ?? 0 }
}
