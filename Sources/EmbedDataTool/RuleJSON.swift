import Yams

/// YAML rule files as JSON text: mapping order kept, plain scalars typed the YAML 1.1 way
/// our rules use, and each rule object given `"__line"` so messages can still name lines.
/// (IntentMatching's YAMLValue does the same typing for rule files read at run time.)
enum RuleJSON {
    /// The JSON text, and every regex of the file (domain patterns and negatives, field
    /// patterns) for the literal-key table.
    static func convert(_ yaml: String) throws -> (json: String, regexes: [String]) {
        guard let root = try Yams.compose(yaml: yaml, .basic) else { return ("{}", []) }
        return (json(root, depth: 0), regexes(root))
    }

    static func regexes(_ root: Node) -> [String] {
        var found: [String] = []
        for key in ["domains", "fields"] {
            for rule in root[Node(key)]?.sequence ?? [] {
                for pattern in rule[Node("patterns")]?.sequence ?? [] {
                    if let regex = pattern.string ?? pattern[Node("regex")]?.string { found.append(regex) }
                }
                for negative in rule[Node("negative")]?.sequence ?? [] {
                    if let regex = negative.string { found.append(regex) }
                }
            }
        }
        return found
    }

    static func json(_ node: Node, depth: Int) -> String {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if scalar.style != .plain { return quote(text) }
            switch text {
            case "true", "True", "TRUE", "yes", "Yes": return "true"
            case "false", "False", "FALSE", "no", "No": return "false"
            case "", "~", "null", "Null", "NULL": return "null"
            default: break
            }
            if Int64(text) != nil { return text }
            if let double = Double(text), double.isFinite, text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                return text.hasPrefix(".") ? "0" + text : text.hasPrefix("-.") ? "-0" + text.dropFirst() : text
            }
            return quote(text)
        case .mapping(let mapping):
            var members = mapping.map { quote($0.key.string ?? "") + ":" + json($0.value, depth: depth + 1) }
            // Rule entries (inside the top-level lists) carry their line number.
            if depth == 2, let line = node.mark?.line { members.insert("\"__line\":\(line)", at: 0) }
            return "{" + members.joined(separator: ",") + "}"
        case .sequence(let sequence):
            return "[" + sequence.map { json($0, depth: depth + 1) }.joined(separator: ",") + "]"
        case .alias:
            return "null"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
