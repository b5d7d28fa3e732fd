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

    static let maximumKeyLength = RequiredLiterals.maximumKeyLength

    init(patterns: [String]) {
        self.init(patterns.map { ($0, nil) })
    }

    /// - Parameter patterns: Each regex with its keys when already worked out (at build
    ///   time, see EmbedDataTool); the others are analysed here.
    init(_ patterns: [(regex: String, keys: [UInt64]?)]) {
        var always: [Int32] = []
        var table: [UInt64: [Int32]] = [:]
        var lengths: UInt8 = 0
        var arena: [UInt64] = []
        arena.reserveCapacity(1024)
        for (index, pattern) in patterns.enumerated() {
            guard let keys = pattern.keys ?? RequiredLiterals.indexKeys(pattern.regex, arena: &arena), !keys.isEmpty else {
                always.append(Int32(index))
                continue
            }
            for key in keys {
                lengths |= 1 << UInt8(key >> 32)
                table[key, default: []].append(Int32(index))
            }
        }
        self.count = patterns.count
        self.always = always
        self.table = table
        self.lengths = lengths
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
