/// How rows become bytes. Each cell's raw UTF-8 is escaped for the format as it is copied
/// from the row scratch buffer into the output chunk.
public enum OutputFormat: String, Sendable, CaseIterable {
    case csv, tsv, jsonl

    public var mediaType: String {
        switch self {
        case .csv: return "text/csv; charset=utf-8"
        case .tsv: return "text/tab-separated-values; charset=utf-8"
        case .jsonl: return "application/x-ndjson"
        }
    }

    public var fileExtension: String { rawValue }

    /// The header line (CSV and TSV), or nothing (JSON Lines names keys in every row).
    public func header(_ names: [String]) -> [UInt8] {
        let out = ByteBuffer(capacity: 256)
        switch self {
        case .csv, .tsv:
            for (i, name) in names.enumerated() {
                if i > 0 { out.append(self == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
                let raw = Array(name.utf8)
                raw.withUnsafeBufferPointer { escape($0, kind: .string, into: out) }
            }
            out.append(UInt8(ascii: "\n"))
        case .jsonl:
            break
        }
        return Array(out.bytes)
    }

    /// Prefixes written before each JSON Lines value: `{"name":` and `,"email":`.
    func jsonKeys(_ names: [String]) -> [[UInt8]] {
        names.enumerated().map { i, name in Array(((i == 0 ? "{" : ",") + JSONValue.quote(name) + ":").utf8) }
    }

    /// Appends `value` escaped for this format.
    @inline(__always)
    func escape(_ value: UnsafeBufferPointer<UInt8>, kind: OutputKind, into out: ByteBuffer) {
        switch self {
        case .csv: CSVEscaping.append(value, plain: kind.isPlainText, into: out)
        case .tsv: TSVEscaping.append(value, plain: kind.isPlainText, into: out)
        case .jsonl: JSONEscaping.append(value, kind: kind, into: out)
        }
    }
}

/// RFC 4180: a field holding a comma, quote, CR or LF is quoted, with quotes doubled.
enum CSVEscaping {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` equals `byte` (the classic has-zero-byte bit trick).
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// Scans 8 bytes at a time for a comma, quote, CR or LF.
    @inline(__always)
    static func needsQuotes(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = value.baseAddress else { return false }
        let n = value.count
        var i = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if contains(word, 0x2C) || contains(word, 0x22) || contains(word, 0x0A) || contains(word, 0x0D) { return true }
            i += 8
        }
        while i < n {
            let byte = base[i]
            if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    static func append(_ value: UnsafeBufferPointer<UInt8>, plain: Bool, into out: ByteBuffer) {
        guard !plain && needsQuotes(value) else {
            out.append(UnsafeRawBufferPointer(value))
            return
        }
        out.reserve(value.count + 8)
        out.append(0x22)
        for byte in value {
            if byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        out.append(0x22)
    }
}

/// TSV cannot quote, so TAB, LF, CR and backslash are written as \t, \n, \r, \\.
enum TSVEscaping {
    @inline(__always)
    static func append(_ value: UnsafeBufferPointer<UInt8>, plain: Bool, into out: ByteBuffer) {
        if plain || !value.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) {
            out.append(UnsafeRawBufferPointer(value))
            return
        }
        for byte in value {
            switch byte {
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x5C: out.append(0x5C); out.append(0x5C)
            default: out.append(byte)
            }
        }
    }
}

/// JSON: numbers and booleans as they are; strings and dates quoted with RFC 8259 escapes.
enum JSONEscaping {
    static let hex = Array("0123456789abcdef".utf8)

    @inline(__always)
    static func append(_ value: UnsafeBufferPointer<UInt8>, kind: OutputKind, into out: ByteBuffer) {
        switch kind {
        case .int, .decimal, .bool:
            out.append(UnsafeRawBufferPointer(value))
            return
        case .date, .datetime:
            out.append(0x22)
            out.append(UnsafeRawBufferPointer(value))
            out.append(0x22)
            return
        case .string:
            break
        }
        out.reserve(value.count + 2)
        out.append(0x22)
        for byte in value {
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 15)])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
