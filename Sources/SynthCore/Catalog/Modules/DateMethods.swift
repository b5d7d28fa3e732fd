extension MethodCatalog {
    static let formatParameter = ParameterSpec.choice("format", ["datetime", "date", "unix"], doc: "ISO datetime (default), ISO date, or seconds since 1970")

    static let dateMethods: [MethodSpec] = [
        MethodSpec("date.past", aliases: [Alias("past_datetime", presets: ["days": 30]), Alias("past_date", presets: ["days": 30, "format": "date"])], kind: .datetime,
                   params: [.number("years", 1), .number("days", doc: "instead of years"), .date("refDate", aliases: ["ref_date"]), formatParameter],
                   doc: "A moment within the last `years` years before the reference date.", example: "2025-03-14T09:26:53Z") { args, context in
            let reference = try referenceDate(&args, context)
            let span = args.double("days").map { $0 * 86_400 } ?? args.double("years", 1) * 31_556_952
            return dateGenerator(&args, lower: reference - Int64(span), upper: reference - 1)
        },
        MethodSpec("date.future", aliases: [Alias("future_datetime", presets: ["days": 30]), Alias("future_date", presets: ["days": 30, "format": "date"])], kind: .datetime,
                   params: [.number("years", 1), .number("days", doc: "instead of years"), .date("refDate", aliases: ["ref_date"]), formatParameter],
                   doc: "A moment within the next `years` years after the reference date.", example: "2027-01-02T17:45:10Z") { args, context in
            let reference = try referenceDate(&args, context)
            let span = args.double("days").map { $0 * 86_400 } ?? args.double("years", 1) * 31_556_952
            return dateGenerator(&args, lower: reference + 1, upper: reference + Int64(span))
        },
        MethodSpec("date.recent", kind: .datetime, params: [.number("days", 1), .date("refDate", aliases: ["ref_date"]), formatParameter],
                   doc: "A moment within the last `days` days.", example: "2026-11-24T21:03:11Z") { args, context in
            let reference = try referenceDate(&args, context)
            return dateGenerator(&args, lower: reference - Int64(args.double("days", 1) * 86_400), upper: reference - 1)
        },
        MethodSpec("date.soon", kind: .datetime, params: [.number("days", 1), .date("refDate", aliases: ["ref_date"]), formatParameter],
                   doc: "A moment within the next `days` days.", example: "2026-11-25T18:40:00Z") { args, context in
            let reference = try referenceDate(&args, context)
            return dateGenerator(&args, lower: reference + 1, upper: reference + Int64(args.double("days", 1) * 86_400))
        },
        MethodSpec(
            "date.between",
            aliases: [
                Alias("date_between", presets: ["from": "-30y", "to": "today", "format": "date"]),
                Alias("date_time_between", presets: ["from": "-30y", "to": "now"]),
                Alias("date_time_this_decade", presets: ["from": "-10y", "to": "now"]),
                Alias("date_time_this_year", presets: ["from": "-1y", "to": "now"]),
                Alias("date_time_this_month", presets: ["from": "-1m", "to": "now"]),
                Alias("date_this_year", presets: ["from": "-1y", "to": "today", "format": "date"]),
                Alias("date_this_month", presets: ["from": "-1m", "to": "today", "format": "date"]),
                Alias("date_this_decade", presets: ["from": "-10y", "to": "today", "format": "date"]),
                Alias("date_time", presets: ["from": "1970-01-01", "to": "now"]),
                Alias("iso8601", presets: ["from": "1970-01-01", "to": "now"]),
                Alias("date", presets: ["from": "1970-01-01", "to": "today", "format": "date"]),
                Alias("unix_time", presets: ["from": "1970-01-01", "to": "now", "format": "unix"]),
            ],
            kind: .datetime,
            params: [.date("from", "-1y", aliases: ["start_date", "datetime_start", "start"]), .date("to", "now", aliases: ["end_date", "datetime_end", "end"]), formatParameter],
            doc: "A moment between `from` and `to` (ISO dates or offsets like \"-5y\"); with `after`, also after that column.",
            example: "2024-06-30T12:00:00Z"
        ) { args, context in
            guard let from = parseDate(&args, "from", context), let to = parseDate(&args, "to", context) else { return IntRangeGenerator(lower: 0, upper: 0) }
            if from > to { args.problem("from (\(args.string("from") ?? "")) is after to (\(args.string("to") ?? ""))") }
            return dateGenerator(&args, lower: from, upper: to)
        },
        MethodSpec("date.anytime", kind: .datetime, params: [formatParameter], doc: "A moment within about 100 years of the reference date.", example: "1987-05-02T03:04:05Z") { args, context in
            dateGenerator(&args, lower: context.now - 50 * 31_556_952, upper: context.now + 50 * 31_556_952)
        },
        MethodSpec(
            "date.birthdate", aliases: [Alias("date_of_birth", presets: ["min": 0, "max": 115])], kind: .date,
            params: [.choice("mode", ["age", "year"], "age"), .int("min", 18, aliases: ["minimum_age", "min_age"]), .int("max", 80, aliases: ["maximum_age", "max_age"]), .date("refDate", aliases: ["ref_date"]), formatParameter],
            doc: "Date of birth of someone aged min..max (mode age) or born in years min..max (mode year).", example: "1984-07-19"
        ) { args, context in
            let reference = try referenceDate(&args, context)
            let low = args.int("min", 18), high = args.int("max", 80)
            args.checkOrder("min", "max", Double(low), Double(high))
            let today = reference - CivilTime.mod(reference, CivilTime.secondsPerDay)
            let (year, month, day) = CivilTime.civil(days: today / CivilTime.secondsPerDay)
            let lower: Int64, upper: Int64
            if args.string("mode") == "year" {
                lower = CivilTime.days(year: low, month: 1, day: 1) * CivilTime.secondsPerDay
                upper = CivilTime.days(year: high, month: 12, day: 31) * CivilTime.secondsPerDay
            } else {
                // Aged `high` at most: born after this day (high + 1) years ago.
                lower = (CivilTime.days(year: year - high - 1, month: month, day: min(day, 28)) + 1) * CivilTime.secondsPerDay
                upper = CivilTime.days(year: year - low, month: month, day: min(day, 28)) * CivilTime.secondsPerDay
            }
            return dateGenerator(&args, lower: lower, upper: upper, defaultFormat: "date")
        },
        MethodSpec("date.month", aliases: [Alias("month_name"), Alias("month", presets: ["numeric": true])], params: [.bool("abbreviated", false, aliases: ["abbr"]), .bool("numeric", false)], doc: "Month name.", example: "March") { args, _ in
            if args.bool("numeric", false) { return zeroPadded(1, 12) }
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return ListGenerator(list: WordList(args.bool("abbreviated", false) ? names.map { String($0.prefix(3)) } : names))
        },
        MethodSpec("date.weekday", aliases: ["day_of_week"], params: [.bool("abbreviated", false, aliases: ["abbr"])], doc: "Day of the week.", example: "Tuesday") { args, _ in
            let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            return ListGenerator(list: WordList(args.bool("abbreviated", false) ? names.map { String($0.prefix(3)) } : names))
        },
    ]

    static func zeroPadded(_ low: Int, _ high: Int) -> any ColumnGenerator {
        ListGenerator(list: WordList((low...high).map { $0 < 10 ? "0\($0)" : "\($0)" }))
    }

    static func parseDate(_ args: inout Arguments, _ name: String, _ context: BuildContext) -> Int64? {
        guard let text = args.string(name) else { return nil }
        guard let value = CivilTime.parse(text, now: context.now) else {
            args.problem("\(name) is not a date: \"\(text)\" (use 2024-01-31, 2024-01-31T08:00:00Z, today, now or an offset like -5y, +30d)")
            return nil
        }
        return value
    }

    static func referenceDate(_ args: inout Arguments, _ context: BuildContext) throws -> Int64 {
        args.has("refDate") ? (parseDate(&args, "refDate", context) ?? context.now) : context.now
    }

    static func dateGenerator(_ args: inout Arguments, lower: Int64, upper: Int64, defaultFormat: String = "datetime") -> any ColumnGenerator {
        if lower > upper { args.problem("the date range is empty") }
        let format = args.string("format") ?? defaultFormat
        args.kindOverride = format == "unix" ? .int : format == "date" ? .date : .datetime
        return DateGenerator(lower: lower, upper: max(lower, upper), after: args.afterColumn, gap: args.gap, format: format == "unix" ? .unix : format == "date" ? .date : .datetime)
    }
}

/// A moment uniform in [lower, upper]; with `after`, strictly later than that column's
/// moment in the same row (within the range when possible, else up to 30 days after it);
/// with a gap too, that many seconds after it (within the range when the two overlap,
/// else by the gap alone: the order of events matters more than the range).
struct DateGenerator: ColumnGenerator {
    enum Format: Sendable { case date, datetime, unix }
    let lower: Int64
    let upper: Int64
    let after: Int?
    var gap: DateGap? = nil
    let format: Format

    func write(_ random: inout CellRandom, _ row: RowState) {
        var low = lower, high = upper
        var value: Int64
        if let after, !row.isNull(after), let gap {
            let previous = row.number(after)
            let earliest = previous &+ gap.minimum, latest = previous &+ gap.maximum
            if earliest <= upper && latest >= lower {
                low = max(lower, earliest)
                high = min(upper, latest)
            } else {
                low = earliest
                high = latest
            }
            value = previous &+ gap.draw(&random, within: low &- previous, high &- previous)
        } else {
            if let after, !row.isNull(after) {
                var earliest = row.number(after) + 1
                // A date-only predecessor stands for its whole day: start on the next day.
                if format == .date { earliest = earliest - 1 + CivilTime.secondsPerDay - CivilTime.mod(earliest - 1, CivilTime.secondsPerDay) }
                if earliest > high {
                    low = earliest
                    high = earliest + 30 * CivilTime.secondsPerDay
                } else {
                    low = max(low, earliest)
                }
            }
            value = random.int(in: low, high)
        }
        if format == .date { value -= CivilTime.mod(value, CivilTime.secondsPerDay) }
        row.value = value
        switch format {
        case .unix: row.cells.append(int: value)
        case .date: CivilTime.appendISO(value, time: false, to: row.cells)
        case .datetime: CivilTime.appendISO(value, time: true, to: row.cells)
        }
    }
}
