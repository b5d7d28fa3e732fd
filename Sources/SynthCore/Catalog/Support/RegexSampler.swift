/// Generates strings matching a small, safe regex subset (for `helpers.fromRegExp`):
/// literals, `.`, classes `[a-z0-9_]` and `[^...]`, `\d \w \s`, groups with `|`, and
/// counts `? * + {n} {n,m} {n,}` (open counts are capped at 8 more). Anchors are ignored.
struct RegexSampler: ColumnGenerator {
    struct SyntaxError: Error, CustomStringConvertible {
        let description: String
    }

    indirect enum Node: Sendable {
        case set([UInt8])
        case sequence([Node])
        case choice([Node])
        case repeated(Node, Int, Int)
    }

    static let printable = Array(32...126).map(UInt8.init)
    static let word = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".utf8)

    let root: Node

    init(pattern: String) throws {
        guard pattern.utf8.count <= 1000 else { throw SyntaxError(description: "pattern longer than 1000 bytes") }
        var parser = Parser(bytes: Array(pattern.utf8))
        root = try parser.alternation(depth: 0)
        guard parser.index == parser.bytes.count else { throw SyntaxError(description: "unbalanced ')' at offset \(parser.index)") }
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        Self.emit(root, &random, row.cells)
    }

    static func emit(_ node: Node, _ random: inout CellRandom, _ out: ByteBuffer) {
        switch node {
        case .set(let bytes): out.append(bytes[random.below(bytes.count)])
        case .sequence(let nodes): for child in nodes { emit(child, &random, out) }
        case .choice(let nodes): emit(nodes[random.below(nodes.count)], &random, out)
        case .repeated(let child, let low, let high):
            let count = low + random.below(high - low + 1)
            for _ in 0..<count { emit(child, &random, out) }
        }
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func alternation(depth: Int) throws -> Node {
            guard depth < 32 else { throw SyntaxError(description: "groups nested too deeply") }
            var options = [try sequence(depth: depth)]
            while index < bytes.count, bytes[index] == UInt8(ascii: "|") {
                index += 1
                options.append(try sequence(depth: depth))
            }
            return options.count == 1 ? options[0] : .choice(options)
        }

        mutating func sequence(depth: Int) throws -> Node {
            var items: [Node] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ")") {
                let byte = bytes[index]
                if byte == UInt8(ascii: "^") || byte == UInt8(ascii: "$") { index += 1; continue }
                var atom = try self.atom(depth: depth)
                atom = try quantified(atom)
                items.append(atom)
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func atom(depth: Int) throws -> Node {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "?"), bytes[index + 1] == UInt8(ascii: ":") { index += 2 }
                let inner = try alternation(depth: depth + 1)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { throw SyntaxError(description: "missing ')'") }
                index += 1
                return inner
            case UInt8(ascii: "["): return .set(try characterClass())
            case UInt8(ascii: "."): return .set(RegexSampler.printable)
            case UInt8(ascii: "\\"): return .set(try escape())
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"):
                throw SyntaxError(description: "nothing to repeat at offset \(index - 1)")
            default: return .set([byte])
            }
        }

        mutating func escape() throws -> [UInt8] {
            guard index < bytes.count else { throw SyntaxError(description: "pattern ends with '\\'") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "d"): return MethodCatalog.digits
            case UInt8(ascii: "w"): return RegexSampler.word
            case UInt8(ascii: "s"): return [32]
            case UInt8(ascii: "D"), UInt8(ascii: "W"), UInt8(ascii: "S"):
                let excluded: [UInt8] = byte == UInt8(ascii: "D") ? MethodCatalog.digits : byte == UInt8(ascii: "W") ? RegexSampler.word : [32]
                return RegexSampler.printable.filter { !excluded.contains($0) }
            case UInt8(ascii: "n"): return [10]
            case UInt8(ascii: "t"): return [9]
            default: return [byte]
            }
        }

        mutating func characterClass() throws -> [UInt8] {
            var negated = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "^") { negated = true; index += 1 }
            var members: [UInt8] = []
            var first = true
            while index < bytes.count, bytes[index] != UInt8(ascii: "]") || first {
                first = false
                var low = bytes[index]
                index += 1
                if low == UInt8(ascii: "\\") {
                    let set = try escape()
                    if set.count > 1 { members += set; continue }
                    low = set[0]
                }
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "]") {
                    let high = bytes[index + 1]
                    index += 2
                    guard low <= high else { throw SyntaxError(description: "bad range in character class") }
                    members += Array(low...high)
                } else {
                    members.append(low)
                }
            }
            guard index < bytes.count else { throw SyntaxError(description: "missing ']'") }
            index += 1
            if negated { members = RegexSampler.printable.filter { !members.contains($0) } }
            let unique = Array(Set(members)).sorted()
            guard !unique.isEmpty else { throw SyntaxError(description: "empty character class") }
            return unique
        }

        mutating func quantified(_ atom: Node) throws -> Node {
            guard index < bytes.count else { return atom }
            switch bytes[index] {
            case UInt8(ascii: "?"): index += 1; return .repeated(atom, 0, 1)
            case UInt8(ascii: "*"): index += 1; return .repeated(atom, 0, 8)
            case UInt8(ascii: "+"): index += 1; return .repeated(atom, 1, 8)
            case UInt8(ascii: "{"):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return atom }
                let body = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(parts[0]), parts.count <= 2 else { throw SyntaxError(description: "bad count {\(body)}") }
                let high = parts.count == 1 ? low : (parts[1].isEmpty ? low + 8 : Int(parts[1]) ?? -1)
                guard low >= 0, high >= low, high <= 1000 else { throw SyntaxError(description: "bad count {\(body)} (at most 1000)") }
                index = close + 1
                return .repeated(atom, low, high)
            default: return atom
            }
        }
    }
}
