/// The literal text a regex needs: a set of strings such that every subject the pattern
/// can match contains at least one of them. A text containing none of them cannot match,
/// so the pattern need not run (see `LiteralIndex`).
///
/// The analysis is conservative: anything it does not fully understand (an escape it does
/// not know, a non-ASCII byte, an inline option other than `i`, a `{` that is not a
/// quantifier) yields no requirement, and the pattern always runs. Strings are lowercase
/// ASCII: patterns are compiled caseless, so the index compares lowercased text.
enum RequiredLiterals {
    /// The strings, or nil when none can be derived (the pattern always runs).
    static func of(_ pattern: String) -> [[UInt8]]? {
        packed(pattern)?.map(bytes).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The same strings packed into integers (see `length(_:)`), as the index wants them.
    /// `arena` is scratch space, reused across calls to spare allocations.
    static func packed(_ pattern: String, arena: inout [UInt64]) -> [UInt64]? {
        var pattern = pattern
        arena.removeAll(keepingCapacity: true)
        return pattern.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, arena: arena)
            // The parser holds the only reference to the buffer, so appends do not copy it.
            arena = []
            defer { arena = parser.arena }
            guard let info = parser.parseAlternation(), parser.index == bytes.count, let span = parser.disjunction(info) else { return nil }
            return Array(parser.arena[span.range])
        }
    }

    static func packed(_ pattern: String) -> [UInt64]? {
        var arena: [UInt64] = []
        return packed(pattern, arena: &arena)
    }

    // MARK: - Index keys (also compiled into EmbedDataTool, which works them out at build time)

    /// Longest n-gram a key holds.
    static let maximumKeyLength = 4

    /// The distinct index keys of a pattern (one per required literal), or nil when the
    /// pattern has no requirement and must always run.
    static func indexKeys(_ pattern: String, arena: inout [UInt64]) -> [UInt64]? {
        guard let literals = packed(pattern, arena: &arena) else { return nil }
        var keys: [UInt64] = []
        for literal in literals {
            let key = indexKey(for: literal)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Rough frequency of a byte in English text (higher is commoner): the n-gram of a
    /// literal least likely to occur in a description is the one worth indexing.
    static func commonness(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: " "): return 20
        case UInt8(ascii: "e"): return 13
        case UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"), UInt8(ascii: "n"): return 8
        case UInt8(ascii: "s"), UInt8(ascii: "h"), UInt8(ascii: "r"): return 6
        case UInt8(ascii: "d"), UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "u"): return 4
        case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "y"), UInt8(ascii: "p"): return 2
        default: return 1
        }
    }

    /// The rarest n-gram (up to four bytes) of a packed literal (`RequiredLiterals`), as a key.
    static func indexKey(for literal: UInt64) -> UInt64 {
        let count = Self.length(literal)
        let length = min(count, maximumKeyLength)
        func byte(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: literal >> UInt64(8 * (count - 1 - i))) }
        var best = 0
        var bestScore = Int.max
        for start in 0...(count - length) {
            var score = 0
            for i in start..<start + length { score += commonness(byte(i)) }
            if score < bestScore { bestScore = score; best = start }
        }
        var packed: UInt64 = 0
        for i in best..<best + length { packed = packed << 8 | UInt64(byte(i)) }
        return UInt64(length) << 32 | packed
    }

    /// Exact sets larger than this are given up (only what they require is kept).
    static let maximumExact = 64

    /// Up to eight non-NUL bytes, first byte highest; 0 is the empty string.
    static func length(_ packed: UInt64) -> Int { (64 - packed.leadingZeroBitCount + 7) / 8 }

    static func bytes(_ packed: UInt64) -> [UInt8] {
        (0..<length(packed)).reversed().map { UInt8(truncatingIfNeeded: packed >> (8 * UInt64($0))) }
    }

    /// A set of packed strings stored in the parser's arena.
    struct Span {
        var start: Int
        var count: Int
        var range: Range<Int> { start..<start + count }
    }

    /// What a piece of a regex can match. A literal longer than eight bytes keeps only its
    /// first eight as a requirement, which any subject holding the whole literal holds too.
    struct Info {
        /// Every string the piece can consume, when that set is small and known.
        var exact: Span?
        /// Strings one of which the subject must contain wherever the piece matches
        /// (from lookarounds, or from parts whose exact set was given up).
        var required: Span?

        static let unknown = Info(exact: nil, required: nil)
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var arena: [UInt64]

        init(bytes: UnsafeBufferPointer<UInt8>, arena: [UInt64]) {
            self.bytes = bytes
            self.arena = arena
        }

        mutating func store(_ value: UInt64) -> Span {
            arena.append(value)
            return Span(start: arena.count - 1, count: 1)
        }

        var empty: Info { mutating get { Info(exact: store(0), required: nil) } }

        func contains(_ span: Span, _ value: UInt64) -> Bool {
            for i in span.range where arena[i] == value { return true }
            return false
        }

        /// The best requirement a piece gives: its own, or its exact strings when none is empty.
        func disjunction(_ info: Info) -> Span? {
            guard let exact = info.exact, exact.count > 0, !contains(exact, 0) else { return info.required }
            return better(info.required, exact)
        }

        /// Longer shortest strings filter better (up to six bytes: index keys use four);
        /// then fewer strings.
        func better(_ a: Span?, _ b: Span?) -> Span? {
            guard let a else { return b }
            guard let b else { return a }
            func quality(_ span: Span) -> (Int, Int) {
                var shortest = 8
                for i in span.range { shortest = min(shortest, RequiredLiterals.length(arena[i])) }
                return (min(shortest, 6), -span.count)
            }
            return quality(b) > quality(a) ? b : a
        }

        /// Appends the members of `spans` not seen yet as one new span; nil past `limit`.
        mutating func union(_ spans: [Span], limit: Int = .max) -> Span? {
            let start = arena.count
            for span in spans {
                for i in span.range {
                    let value = arena[i]
                    var seen = false
                    for j in start..<arena.count where arena[j] == value { seen = true; break }
                    if !seen { arena.append(value) }
                    if arena.count - start > limit { arena.removeSubrange(start...); return nil }
                }
            }
            return Span(start: start, count: arena.count - start)
        }

        mutating func sequence(_ a: Info, _ b: Info) -> Info {
            var exact: Span?
            if let x = a.exact, let y = b.exact, x.count * y.count <= RequiredLiterals.maximumExact {
                let start = arena.count
                var fits = true
                outer: for i in x.range {
                    for j in y.range {
                        let p = arena[i], q = arena[j]
                        let shift = 8 * RequiredLiterals.length(q)
                        // Too long to pack: no exact set, the parts still give requirements.
                        guard RequiredLiterals.length(p) * 8 + shift <= 64 else { fits = false; break outer }
                        let joined = shift == 64 ? q : p << UInt64(shift) | q
                        var seen = false
                        for k in start..<arena.count where arena[k] == joined { seen = true; break }
                        if !seen { arena.append(joined) }
                    }
                }
                if fits { exact = Span(start: start, count: arena.count - start) } else { arena.removeSubrange(start...) }
            }
            return Info(exact: exact, required: better(disjunction(a), disjunction(b)))
        }

        /// One union over all branches: merging them pairwise would copy the growing set
        /// once per branch (alternations of 30 words are common in the corpus).
        mutating func alternatives(_ branches: [Info]) -> Info {
            var exact: Span?
            let exacts = branches.compactMap(\.exact)
            if exacts.count == branches.count { exact = union(exacts, limit: RequiredLiterals.maximumExact) }
            var required: Span?
            let disjunctions = branches.compactMap(disjunction)
            if disjunctions.count == branches.count { required = union(disjunctions) }
            return Info(exact: exact, required: required)
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        func at(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for i in 0..<count where bytes[index + i] != text.utf8Start[i] { return false }
            return true
        }

        /// branch ('|' branch)*
        mutating func parseAlternation() -> Info? {
            guard let first = parseSequence() else { return nil }
            guard peek == UInt8(ascii: "|") else { return first }
            var branches = [first]
            while peek == UInt8(ascii: "|") {
                index += 1
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
            }
            return alternatives(branches)
        }

        /// Quantified atoms up to ')' or '|' or the end.
        mutating func parseSequence() -> Info? {
            var result = empty
            while let byte = peek, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let atom = parseAtom(), let quantified = parseQuantifier(atom) else { return nil }
                result = sequence(result, quantified)
            }
            return result
        }

        static func isQuantifier(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "{")
        }

        /// A byte that stands for itself outside a class.
        static func isPlain(_ byte: UInt8) -> Bool {
            guard byte >= 0x20, byte < 0x7F else { return false }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "|"), UInt8(ascii: "?"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"):
                return false
            default: return true
            }
        }

        mutating func parseQuantifier(_ atom: Info) -> Info? {
            guard let byte = peek, Self.isQuantifier(byte) else { return atom }
            var low = 1, high: Int? = 1
            switch byte {
            case UInt8(ascii: "?"): low = 0; high = 1; index += 1
            case UInt8(ascii: "*"): low = 0; high = nil; index += 1
            case UInt8(ascii: "+"): low = 1; high = nil; index += 1
            default:
                // {n}, {n,}, {n,m}; any other '{' is a literal in PCRE2: not understood here.
                var i = index + 1
                func number() -> Int? {
                    var value: Int?
                    while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, (value ?? 0) < 100_000 { value = (value ?? 0) * 10 + Int(bytes[i] - 48); i += 1 }
                    return value
                }
                guard let n = number() else { return nil }
                low = n; high = n
                if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i += 1; high = number() }
                guard i < bytes.count, bytes[i] == UInt8(ascii: "}") else { return nil }
                index = i + 1
            }
            // Lazy and possessive forms match the same strings.
            if peek == UInt8(ascii: "?") || peek == UInt8(ascii: "+") { index += 1 }
            if low == 1 && high == 1 { return atom }
            if low == 0 {
                guard high == 1, let exact = atom.exact else { return .unknown }
                let empty = store(0)
                return Info(exact: union([exact, empty]), required: nil)
            }
            // At least one copy is consumed: its requirement stands.
            return Info(exact: nil, required: disjunction(atom))
        }

        mutating func parseAtom() -> Info? {
            guard let byte = peek else { return nil }
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "("): return parseGroup()
            case UInt8(ascii: "["): return parseClass()
            case UInt8(ascii: "\\"): return parseEscape()
            case UInt8(ascii: "^"), UInt8(ascii: "$"): index += 1; return empty
            case UInt8(ascii: "."): index += 1; return .unknown
            case _ where !Self.isPlain(byte): return nil
            default:
                // A run of plain bytes; a quantifier applies to the last byte alone, so a
                // byte followed by one is left for the next atom.
                var packed: UInt64 = 0
                var count = 0
                var truncated = false
                repeat {
                    if count < 8 { packed = packed << 8 | UInt64(lower(bytes[index])); count += 1 } else { truncated = true }
                    index += 1
                } while index < bytes.count && Self.isPlain(bytes[index]) && !(index + 1 < bytes.count && Self.isQuantifier(bytes[index + 1]))
                return truncated ? Info(exact: nil, required: store(packed)) : Info(exact: store(packed), required: nil)
            }
        }

        mutating func parseGroup() -> Info? {
            index += 1
            enum Kind { case plain, lookahead, negative }
            var kind = Kind.plain
            if peek == UInt8(ascii: "?") {
                if at("?:") || at("?>") { index += 2 }
                else if at("?=") { index += 2; kind = .lookahead }
                else if at("?!") { index += 2; kind = .negative }
                else if at("?<=") { index += 3; kind = .lookahead }
                else if at("?<!") { index += 3; kind = .negative }
                else if at("?i)") { index += 3; return empty }
                else if at("?i:") { index += 3 }
                else if at("?<") || at("?P<") {
                    // A named capture: skip the name.
                    while let b = peek, b != UInt8(ascii: ">") { index += 1 }
                    guard peek != nil else { return nil }
                    index += 1
                } else {
                    return nil
                }
            }
            guard let inner = parseAlternation(), peek == UInt8(ascii: ")") else { return nil }
            index += 1
            switch kind {
            case .plain: return inner
            // Lookaround text is not consumed, but the subject must hold it.
            case .lookahead: return Info(exact: store(0), required: disjunction(inner))
            case .negative: return empty
            }
        }

        /// A class of plain ASCII characters gives them as one-byte strings; others are unknown.
        mutating func parseClass() -> Info? {
            index += 1
            var negated = false
            if peek == UInt8(ascii: "^") { negated = true; index += 1 }
            let start = arena.count
            var simple = true
            var first = true
            while true {
                guard let byte = peek, byte < 0x80 else { return nil }
                if byte == UInt8(ascii: "]") && !first { index += 1; break }
                first = false
                // POSIX classes ([:alpha:]) are not understood.
                if byte == UInt8(ascii: "[") { return nil }
                var member = byte
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { return nil }
                    let next = bytes[index + 1]
                    guard next < 0x80 else { return nil }
                    index += 2
                    if isAlphanumeric(next) {
                        guard "dDwWsS".utf8.contains(next) else { return nil }
                        simple = false
                        continue
                    }
                    member = next
                } else {
                    index += 1
                }
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "]") {
                    // A range: its end must be a plain byte; the class is no longer a small set.
                    let end = bytes[index + 1]
                    guard end < 0x80, end != UInt8(ascii: "\\"), end != UInt8(ascii: "[") else { return nil }
                    index += 2
                    simple = false
                    continue
                }
                if member == 0 { return nil }
                let packed = UInt64(lower(member))
                if !contains(Span(start: start, count: arena.count - start), packed) { arena.append(packed) }
            }
            let members = Span(start: start, count: arena.count - start)
            return simple && !negated && members.count > 0 ? Info(exact: members, required: nil) : .unknown
        }

        mutating func parseEscape() -> Info? {
            guard index + 1 < bytes.count else { return nil }
            let next = bytes[index + 1]
            guard next < 0x80, next != 0 else { return nil }
            index += 2
            if !isAlphanumeric(next) { return Info(exact: store(UInt64(next)), required: nil) }
            switch next {
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "G"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"): return empty
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "s"), UInt8(ascii: "S"): return .unknown
            default: return nil
            }
        }

        func isAlphanumeric(_ b: UInt8) -> Bool {
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
        }

        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    }
}
