/// A TAB-separated data file with a header line, parsed once from its bytes: fields are
/// byte ranges, so a 30,000-row gazetteer loads in milliseconds (no `String` per field).
public struct DataTable: Sendable {
    public let path: String
    public let header: [String]
    let bytes: [UInt8]
    /// Start and end offset of every field, row after row.
    let bounds: [(start: Int32, end: Int32)]
    public let rowCount: Int

    public init(path: String, text: String) throws {
        self.path = path
        var bytes = Array(text.utf8)
        while bytes.last == 10 || bytes.last == 13 { bytes.removeLast() }
        self.bytes = bytes
        var bounds: [(start: Int32, end: Int32)] = []
        bounds.reserveCapacity(bytes.count / 6)
        var header: [String] = []
        var line = 1, fields = 0, start = 0
        for i in 0...bytes.count {
            let byte: UInt8 = i < bytes.count ? bytes[i] : 10
            guard byte == 9 || byte == 10 else { continue }
            if line == 1 {
                header.append(String(decoding: bytes[start..<i], as: UTF8.self))
            } else {
                bounds.append((Int32(start), Int32(i)))
            }
            fields += 1
            start = i + 1
            if byte == 10 {
                if line > 1 && fields != header.count {
                    throw DataError("\(path):\(line): expected \(header.count) fields, found \(fields)")
                }
                fields = 0
                line += 1
            }
        }
        guard !header.isEmpty, header != [""] else { throw DataError("\(path): empty data file") }
        guard !bounds.isEmpty else { throw DataError("\(path): no data rows") }
        self.header = header
        self.bounds = bounds
        rowCount = bounds.count / header.count
    }

    public func column(_ name: String) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw DataError("\(path): no column \"\(name)\" (has \(header.joined(separator: ", ")))")
        }
        return index
    }

    @inline(__always)
    func field(_ row: Int, _ column: Int) -> ArraySlice<UInt8> {
        let b = bounds[row * header.count + column]
        return bytes[Int(b.start)..<Int(b.end)]
    }

    public func values(_ name: String) throws -> [String] {
        let c = try column(name)
        return (0..<rowCount).map { String(decoding: field($0, c), as: UTF8.self) }
    }

    /// A column as a word list, straight from the bytes.
    public func wordList(_ name: String, weights: [Double]? = nil) throws -> WordList {
        let c = try column(name)
        var data: [UInt8] = []
        var offsets = [0]
        offsets.reserveCapacity(rowCount + 1)
        for row in 0..<rowCount {
            data.append(contentsOf: field(row, c))
            offsets.append(data.count)
        }
        return WordList(bytes: data, offsets: offsets, weights: weights)
    }

    /// A numeric column (decimal text; anything unparsable counts as `fallback`).
    public func numbers(_ name: String, fallback: Double = 0) throws -> [Double] {
        let c = try column(name)
        return (0..<rowCount).map { DataTable.parseDecimal(field($0, c)) ?? fallback }
    }

    /// Numeric weights from a column (missing or bad values count as 1).
    public func weights(_ name: String = "weight") throws -> [Double] {
        try numbers(name, fallback: 1).map { max($0, 0) }
    }

    static func parseDecimal(_ bytes: ArraySlice<UInt8>) -> Double? {
        var value = 0.0, scale = 1.0, negative = false, seenPoint = false, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-") where digits == 0 && !negative: negative = true
            case UInt8(ascii: "."): if seenPoint { return nil }; seenPoint = true
            case 48...57:
                digits += 1
                if seenPoint { scale /= 10; value += Double(byte - 48) * scale } else { value = value * 10 + Double(byte - 48) }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }
}

/// A bundled data file is missing or malformed: a build defect, reported with its path.
public struct DataError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
