/// Compact JSON text of a value, keys in their stored order (used to print schemas).
extension JSONValue {
    public func jsonText(pretty: Bool = false, indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(_, let text): return text
        case .string(let s): return JSONValue.quote(s)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            let parts = elements.map { $0.jsonText(pretty: false) }
            return "[" + parts.joined(separator: pretty ? ", " : ",") + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if pretty {
                let inner = indent + "  "
                let lines = members.map { inner + JSONValue.quote($0.key) + ": " + $0.value.jsonText(pretty: $0.value.isObject, indent: inner) }
                return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
            }
            return "{" + members.map { JSONValue.quote($0.key) + ":" + $0.value.jsonText() }.joined(separator: ",") + "}"
        }
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quote(_ text: String) -> String {
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
