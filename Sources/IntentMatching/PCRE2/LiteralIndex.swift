/// Which of a list of patterns can match a text, decided without running them: each
/// pattern's required literals (`RequiredLiterals`) are indexed by one short n-gram each,
/// and a pattern is a candidate only when the text holds one of its n-grams. Patterns with
/// no derivable literal are always candidates, so the answer never misses a match.
///
/// On this corpus most of the ~4,700 patterns need a word the description does not
/// contain; PCRE2's own required-character check still costs a call per pattern, which
/// is what this index saves.
struct LiteralIndex: Sendable {
    /// Number of patterns indexed.
    let count: Int
    /// Patterns that always run.
    let always: [Int32]
    /// n-gram key (length << 32 | bytes) -> patterns that need it.
    private let table: [UInt64: [Int32]]
    /// Bit k set when some key has length k (1...4).
    private let lengths: UInt8

    static let maximumKeyLength = 4

    init(patterns: [String]) {
        var always: [Int32] = []
        var table: [UInt64: [Int32]] = [:]
        var lengths: UInt8 = 0
        var arena: [UInt64] = []
        arena.reserveCapacity(1024)
        for (index, pattern) in patterns.enumerated() {
            guard let literals = RequiredLiterals.packed(pattern, arena: &arena) else {
                always.append(Int32(index))
                continue
            }
            var keys: [UInt64] = []
            for literal in literals {
                let key = Self.key(for: literal)
                if keys.contains(key) { continue }
                keys.append(key)
                lengths |= 1 << UInt8(key >> 32)
                table[key, default: []].append(Int32(index))
            }
        }
        self.count = patterns.count
        self.always = always
        self.table = table
        self.lengths = lengths
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
    static func key(for literal: UInt64) -> UInt64 {
        let count = RequiredLiterals.length(literal)
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

    /// For each pattern, whether it may match `text` (false only when it cannot).
    /// Text with non-ASCII bytes runs everything: caseless UTF matching folds some
    /// non-ASCII letters onto ASCII ones (the Kelvin sign onto k).
    func candidates(in text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        if text.contains(where: { $0 >= 0x80 }) { return [Bool](repeating: true, count: count) }
        var may = [Bool](repeating: false, count: count)
        for index in always { may[Int(index)] = true }
        let n = text.count
        for start in 0..<n {
            var packed: UInt64 = 0
            for length in 1...min(Self.maximumKeyLength, n - start) {
                var byte = text[start + length - 1]
                if byte >= 65 && byte <= 90 { byte += 32 }
                packed = packed << 8 | UInt64(byte)
                guard lengths & (1 << UInt8(length)) != 0, let hits = table[UInt64(length) << 32 | packed] else { continue }
                for hit in hits { may[Int(hit)] = true }
            }
        }
        return may
    }
}
