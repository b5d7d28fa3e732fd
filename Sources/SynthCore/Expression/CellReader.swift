/// Reads a value back from a cell the row already wrote: numbers (with any currency sign or
/// thousands separators around the digits), ISO dates and datetimes, booleans. Reading the
/// bytes serves every method alike, so an expression can use any column of the right kind.
enum CellReader {
    static func cell(_ row: RowState, _ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: row.cells.base + row.starts[i], count: row.ends[i] - row.starts[i])
    }

    static func number(_ row: RowState, _ i: Int) -> Double? { parseNumber(cell(row, i)) }

    static func bool(_ row: RowState, _ i: Int) -> Bool {
        let bytes = cell(row, i)
        guard let first = bytes.first else { return false }
        return first == UInt8(ascii: "t") || first == UInt8(ascii: "T") || first == UInt8(ascii: "1") || first == UInt8(ascii: "y") || first == UInt8(ascii: "Y")
    }

    /// The first number in `bytes`: an optional sign, digits with optional `,` groups, an
    /// optional fraction. Nil when there are no digits.
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var k = 0
        var negative = false
        while k < bytes.count, !(bytes[k] >= 48 && bytes[k] <= 57) {
            if bytes[k] == UInt8(ascii: "-") { negative = true }
            if bytes[k] == UInt8(ascii: ".") && k + 1 < bytes.count && bytes[k + 1] >= 48 && bytes[k + 1] <= 57 { break }
            k += 1
        }
        // Digits as one integer and a power of ten, so "73.65" reads as the nearest double
        // to 73.65 (summing 0.6 + 0.05 would not be).
        var mantissa: Double = 0
        var digits = 0
        var fraction = 0
        while k < bytes.count {
            let b = bytes[k]
            if b >= 48 && b <= 57 {
                mantissa = mantissa * 10 + Double(b - 48)
                digits += 1
            } else if b != UInt8(ascii: ",") || digits == 0 {
                break
            }
            k += 1
        }
        if k < bytes.count, bytes[k] == UInt8(ascii: ".") {
            k += 1
            while k < bytes.count, bytes[k] >= 48 && bytes[k] <= 57, fraction < 18 {
                mantissa = mantissa * 10 + Double(bytes[k] - 48)
                digits += 1
                fraction += 1
                k += 1
            }
        }
        let whole = fraction == 0 ? mantissa : mantissa / ExpressionGenerator.scales[min(fraction, 12)] / (fraction > 12 ? Double(pow10: fraction - 12) : 1)
        guard digits > 0, whole.isFinite else { return nil }
        return negative ? -whole : whole
    }

    /// Epoch seconds of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]...`; a column of unix
    /// seconds (an integer) reads as itself.
    static func moment(_ row: RowState, _ i: Int) -> Int64? {
        let bytes = cell(row, i)
        func digits(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for k in from..<from + count {
                guard bytes[k] >= 48 && bytes[k] <= 57 else { return nil }
                value = value * 10 + Int64(bytes[k] - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else {
            return parseNumber(bytes).flatMap { abs($0) < 1e13 ? Int64($0) : nil }
        }
        var seconds = CivilTime.days(year: year, month: month, day: day) * CivilTime.secondsPerDay
        if bytes.count >= 16, let hour = digits(11, 2), let minute = digits(14, 2) {
            seconds += hour * 3600 + minute * 60
            if bytes.count >= 19, bytes[16] == UInt8(ascii: ":"), let second = digits(17, 2) { seconds += second }
        }
        return seconds
    }
}
