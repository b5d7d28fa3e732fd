/// Calendar arithmetic on the proleptic Gregorian calendar in UTC, without Foundation
/// (Howard Hinnant's days-from-civil algorithms): fast and identical on every machine.
public enum CivilTime {
    public static let secondsPerDay: Int64 = 86_400

    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Appends `YYYY-MM-DD`, and `THH:MM:SSZ` when `time` is true.
    @inline(__always)
    public static func appendISO(_ seconds: Int64, time: Bool, to out: ByteBuffer) {
        let days = seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay
        let (y, m, d) = civil(days: days)
        if y < 0 { out.append(UInt8(ascii: "-")) }
        out.append(digitsOf: y.magnitude, minimumWidth: 4)
        out.append(UInt8(ascii: "-"))
        out.append(digitsOf: UInt64(m), minimumWidth: 2)
        out.append(UInt8(ascii: "-"))
        out.append(digitsOf: UInt64(d), minimumWidth: 2)
        guard time else { return }
        let rest = seconds - days * secondsPerDay
        out.append(UInt8(ascii: "T"))
        out.append(digitsOf: UInt64(rest / 3600), minimumWidth: 2)
        out.append(UInt8(ascii: ":"))
        out.append(digitsOf: UInt64(rest / 60 % 60), minimumWidth: 2)
        out.append(UInt8(ascii: ":"))
        out.append(digitsOf: UInt64(rest % 60), minimumWidth: 2)
        out.append(UInt8(ascii: "Z"))
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)`, or an offset from
    /// `now`: `today`, `now`, `-5y`, `+30d`, `-2w`, `-6m` (months), `-12h`. Nil if invalid.
    public static func parse(_ text: String, now: Int64) -> Int64? {
        let t = text.trimmed.lowercased()
        if t == "now" { return now }
        if t == "today" { return now - mod(now, secondsPerDay) }
        if let first = t.first, first == "+" || first == "-", t.count >= 3, let unit = t.last,
           let amount = Int64(t.dropFirst().dropLast()) {
            let sign: Int64 = first == "-" ? -1 : 1
            switch unit {
            case "y": return now + sign * amount * 31_556_952
            case "m": return now + sign * amount * 2_629_746
            case "w": return now + sign * amount * 7 * secondsPerDay
            case "d": return now + sign * amount * secondsPerDay
            case "h": return now + sign * amount * 3600
            default: return nil
            }
        }
        let bytes = Array(t.utf8)
        func number(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for b in bytes[from..<from + count] {
                guard b >= 48 && b <= 57 else { return nil }
                value = value * 10 + Int64(b - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45,
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        var seconds = days(year: y, month: m, day: d) * secondsPerDay
        guard bytes.count > 10 else { return seconds }
        guard bytes[10] == UInt8(ascii: "t") || bytes[10] == 32, let hh = number(11, 2), bytes.count >= 16, bytes[13] == 58,
              let mm = number(14, 2), hh < 24, mm < 60 else { return nil }
        seconds += hh * 3600 + mm * 60
        var i = 16
        if i < bytes.count, bytes[i] == 58, let ss = number(i + 1, 2), ss < 61 {
            seconds += ss
            i += 3
        }
        if i < bytes.count, bytes[i] == 46 {
            i += 1
            while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 { i += 1 }
        }
        if i == bytes.count || (i == bytes.count - 1 && bytes[i] == UInt8(ascii: "z")) { return seconds }
        guard i + 6 == bytes.count, bytes[i] == 43 || bytes[i] == 45, let oh = number(i + 1, 2), bytes[i + 3] == 58,
              let om = number(i + 4, 2) else { return nil }
        let offset = (oh * 3600 + om * 60) * (bytes[i] == 43 ? 1 : -1)
        return seconds - offset
    }

    static func mod(_ a: Int64, _ b: Int64) -> Int64 { ((a % b) + b) % b }
}
