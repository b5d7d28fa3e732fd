extension MethodCatalog {
    static let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
    static let lower = Array("abcdefghijklmnopqrstuvwxyz".utf8)
    static let digits = Array("0123456789".utf8)

    static func letters(_ casing: String?) -> [UInt8] {
        switch casing?.lowercased() {
        case "upper"?: return upper
        case "lower"?: return lower
        default: return upper + lower
        }
    }

    static let casingParameter = ParameterSpec.choice("casing", ["upper", "lower", "mixed"], "mixed")

    static let stringMethods: [MethodSpec] = [
        MethodSpec(
            "string.uuid", aliases: ["uuid4", "uuid", "guid", Alias("uuid7", presets: ["version": 7])],
            params: [.int("version", 4, doc: "4 (random) or 7 (time-ordered: rises with the row number)")],
            doc: "RFC 9562 UUID, version 4 (random) or 7 (millisecond time, ordered within the run).", example: "1b4e28ba-2fa1-4d2e-883f-0016d3cca427"
        ) { args, context in
            switch args.int("version", 4) {
            case 4: return UUIDGenerator()
            case 7: return UUIDv7Generator(now: context.now)
            default:
                args.problem("version must be 4 or 7")
                return UUIDGenerator()
            }
        },
        MethodSpec("string.ulid", aliases: ["ulid"], doc: "ULID: 48-bit time (ordered within the run) and 80 random bits, Crockford base 32.", example: "01HQ3Z6Y8K4V2D9X7M5N1P0R3S") { _, context in
            ULIDGenerator(now: context.now)
        },
        MethodSpec("string.nanoid", aliases: ["nanoid"], params: [.int("length", 21)], doc: "URL-safe random id.", example: "V1StGXR8_Z5jdHi6B-myT") { args, _ in
            let length = Int(args.int("length", 21))
            if length < 1 || length > 256 { args.problem("length must be from 1 to 256") }
            return charactersGenerator(upper + lower + digits + Array("_-".utf8), length: length)
        },
        MethodSpec("string.alpha", aliases: [Alias("pystr", presets: ["length": 20]), "random_letter", Alias("random_lowercase_letter", presets: ["casing": "lower"]), Alias("random_uppercase_letter", presets: ["casing": "upper"])], params: [.int("length", 1, aliases: ["max_chars"]), casingParameter], doc: "Random letters.", example: "hKzQ") { args, _ in
            try symbolString(&args, alphabet: letters(args.string("casing")))
        },
        MethodSpec("string.alphanumeric", aliases: ["alphanumeric"], params: [.int("length", 1), casingParameter], doc: "Random letters and digits.", example: "a8Kq2") { args, _ in
            try symbolString(&args, alphabet: letters(args.string("casing")) + digits)
        },
        MethodSpec("string.numeric", aliases: ["numeric_string"], params: [.int("length", 1), .bool("allowLeadingZeros", true)], doc: "Random digits.", example: "048213") { args, _ in
            let length = Int(args.int("length", 1))
            if args.bool("allowLeadingZeros", true) { return try symbolString(&args, alphabet: digits) }
            if length < 1 || length > 64 { args.problem("length must be from 1 to 64") }
            return PatternGenerator(slots: [Array("123456789".utf8)] + Array(repeating: digits, count: max(length - 1, 0)), literals: [])
        },
        MethodSpec("string.hexadecimal", aliases: ["hexify"], params: [.int("length", 1), .choice("casing", ["upper", "lower", "mixed"], "lower"), .string("prefix", "0x")], doc: "Random hex digits with a prefix.", example: "0x3fa2") { args, _ in
            let prefix = args.string("prefix", "0x")
            var alphabet = hexDigits
            if args.string("casing") == "upper" { alphabet = Array("0123456789ABCDEF".utf8) }
            let body = try symbolString(&args, alphabet: alphabet)
            let bytes = Array(prefix.utf8)
            return ClosureGenerator { random, row in
                row.cells.append(bytes)
                body.write(&random, row)
            }
        },
        MethodSpec("string.sample", params: [.int("length", 10)], doc: "Random printable ASCII characters.", example: "w#8$}1R>q-") { args, _ in
            try symbolString(&args, alphabet: Array(33...125).map(UInt8.init))
        },
        MethodSpec("string.symbol", params: [.int("length", 1)], doc: "Random punctuation symbols.", example: "#") { args, _ in
            try symbolString(&args, alphabet: Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8))
        },
    ]

    static func symbolString(_ args: inout Arguments, alphabet: [UInt8]) throws -> any ColumnGenerator {
        let length = Int(args.int("length", 1))
        if length < 1 || length > 4096 { args.problem("length must be from 1 to 4096") }
        return PatternGenerator(slots: Array(repeating: alphabet, count: max(0, min(length, 4096))), literals: [])
    }
}

/// A fixed shape of random symbols and literal text ("SKU-????-####"). The values can
/// be enumerated (mixed radix), so `unique` works whenever there are enough of them.
struct PatternGenerator: IndexedGenerator, @unchecked Sendable {
    /// Alphabets of the random positions, in order.
    let slots: [[UInt8]]
    /// Literal bytes before each slot (index i), and after the last one (index slots.count).
    let literals: [[UInt8]]
    // The same shape flattened into raw memory for the hot path: each step is a literal
    // run followed by one random symbol. Read-only after init.
    private let steps: UnsafeMutablePointer<(literal: Int, literalCount: Int, alphabet: Int, alphabetCount: Int)>
    private let flat: UnsafeMutablePointer<UInt8>
    private let tail: (start: Int, count: Int)
    private let maximumLength: Int
    let producesPlainText: Bool
    /// Frees `steps` and `flat` with the last copy of this generator (built per request).
    let owner: RawMemoryOwner

    init(slots: [[UInt8]], literals: [[UInt8]]) {
        self.slots = slots
        self.literals = literals
        var storage: [UInt8] = []
        var shape: [(Int, Int, Int, Int)] = []
        for (i, slot) in slots.enumerated() {
            let literal = i < literals.count ? literals[i] : []
            let literalStart = storage.count
            storage += literal
            let alphabetStart = storage.count
            storage += slot
            shape.append((literalStart, literal.count, alphabetStart, slot.count))
        }
        let trailing = slots.count < literals.count ? literals[slots.count] : []
        tail = (storage.count, trailing.count)
        storage += trailing
        maximumLength = shape.reduce(trailing.count) { $0 + $1.1 + 1 }
        producesPlainText = isPlainText(storage)
        flat = .allocate(capacity: max(storage.count, 1))
        flat.initialize(from: storage, count: storage.count)
        steps = .allocate(capacity: max(shape.count, 1))
        for (i, step) in shape.enumerated() { (steps + i).initialize(to: step) }
        owner = RawMemoryOwner([UnsafeMutableRawPointer(flat), UnsafeMutableRawPointer(steps)])
    }

    var valueCount: UInt64 {
        var total: UInt64 = 1
        for slot in slots {
            let (product, overflow) = total.multipliedReportingOverflow(by: UInt64(slot.count))
            if overflow { return .max }
            total = product
        }
        return total
    }

    @inline(__always)
    private func emit(_ out: ByteBuffer, symbol: (Int) -> Int) {
        out.reserve(maximumLength)
        var p = out.base + out.count
        for i in 0..<slots.count {
            let step = steps[i]
            if step.literalCount > 0 {
                p.update(from: flat + step.literal, count: step.literalCount)
                p += step.literalCount
            }
            p.pointee = flat[step.alphabet + symbol(i)]
            p += 1
        }
        if tail.count > 0 {
            p.update(from: flat + tail.start, count: tail.count)
            p += tail.count
        }
        out.count = p - out.base
    }

    func write(_ random: inout CellRandom, _ row: RowState) {
        // One 64-bit draw gives several symbols: 32 bits each, multiply-shift.
        var draw: UInt64 = 0
        var left = 0
        withUnsafeMutablePointer(to: &random) { random in
            emit(row.cells) { i in
                if left == 0 { draw = random.pointee.next(); left = 2 }
                left -= 1
                let bits = left == 1 ? draw >> 32 : draw & 0xFFFF_FFFF
                return Int((bits &* UInt64(steps[i].alphabetCount)) >> 32)
            }
        }
    }

    func write(index: UInt64, _ row: RowState) {
        // Mixed-radix digits of the index, most significant first.
        var digits = Array(repeating: 0, count: slots.count)
        var rest = index
        for i in stride(from: slots.count - 1, through: 0, by: -1) {
            let radix = UInt64(steps[i].alphabetCount)
            digits[i] = Int(rest % radix)
            rest /= radix
        }
        emit(row.cells) { digits[$0] }
    }

    /// Builds from a faker-style pattern: `#` digit, `?` letter, `*` letter or digit
    /// (faker-js), and `%` digit 1-9 (Python Faker's numerify).
    static func parse(_ text: String, letters: [UInt8]) -> PatternGenerator {
        var slots: [[UInt8]] = []
        var literals: [[UInt8]] = [[]]
        for byte in text.utf8 {
            let alphabet: [UInt8]?
            switch byte {
            case UInt8(ascii: "#"): alphabet = MethodCatalog.digits
            case UInt8(ascii: "?"): alphabet = letters
            case UInt8(ascii: "*"): alphabet = letters + MethodCatalog.digits
            case UInt8(ascii: "%"): alphabet = Array("123456789".utf8)
            default: alphabet = nil
            }
            if let alphabet {
                slots.append(alphabet)
                literals.append([])
            } else {
                literals[literals.count - 1].append(byte)
            }
        }
        return PatternGenerator(slots: slots, literals: literals)
    }
}

/// UUID version 4 from two 64-bit draws.
struct UUIDGenerator: HighEntropyGenerator {
    var producesPlainText: Bool { true }
    @inline(__always)
    func write(_ random: inout CellRandom, _ row: RowState) {
        let high = (random.next() & ~0xF000) | 0x4000
        let low = (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        appendUUID(high: high, low: low, to: row.cells)
    }
}

@inline(__always)
func appendUUID(high: UInt64, low: UInt64, to out: ByteBuffer) {
    out.reserve(36)
    let p = out.base + out.count
    @inline(__always) func hex(_ value: UInt64, _ digits: Int, at offset: Int) {
        var v = value
        for i in stride(from: digits - 1, through: 0, by: -1) {
            let nibble = UInt8(truncatingIfNeeded: v & 0xF)
            p[offset + i] = nibble < 10 ? 48 &+ nibble : 87 &+ nibble
            v >>= 4
        }
    }
    hex(high >> 32, 8, at: 0)
    p[8] = 45
    hex(high >> 16, 4, at: 9)
    p[13] = 45
    hex(high, 4, at: 14)
    p[18] = 45
    hex(low >> 48, 4, at: 19)
    p[23] = 45
    hex(low, 12, at: 24)
    out.count += 36
}

/// ULID whose time part rises with the row number (one millisecond per row before "now"),
/// so the ids sort in row order like ids minted in sequence.
struct ULIDGenerator: HighEntropyGenerator {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)
    let now: Int64

    func write(_ random: inout CellRandom, _ row: RowState) {
        let millis = UInt64(max(now, 0)) * 1000 &+ row.row
        let high = random.next(), low = random.next()
        var value = [UInt8](repeating: 0, count: 26)
        // 48-bit time: 10 characters.
        for i in 0..<10 { value[9 - i] = Self.alphabet[Int((millis >> (5 * UInt64(i))) & 31)] }
        // 80 random bits: 16 characters.
        let bits = (high, low & 0xFFFF)
        for i in 0..<16 {
            let shift = 5 * UInt64(i)
            let chunk = shift < 64 ? (bits.0 >> shift) : (bits.1 >> (shift - 64))
            value[25 - i] = Self.alphabet[Int(chunk & 31)]
        }
        row.cells.append(value)
    }
}

/// UUID version 7: 48-bit Unix milliseconds (one per row before "now", so the ids sort in
/// row order like ids minted in sequence), version and variant bits, 74 random bits.
struct UUIDv7Generator: HighEntropyGenerator {
    let now: Int64
    var producesPlainText: Bool { true }

    func write(_ random: inout CellRandom, _ row: RowState) {
        let millis = (UInt64(max(now, 0)) &* 1000 &+ row.row) & 0xFFFF_FFFF_FFFF
        let high = millis << 16 | 0x7000 | (random.next() & 0x0FFF)
        let low = (random.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        appendUUID(high: high, low: low, to: row.cells)
    }
}
