extension MethodCatalog {
    /// Date parts on their own: time zones, clock times and years.
    static let dateExtraMethods: [MethodSpec] = [
        listMethod("date.timeZone", "date/time_zones.txt", aliases: ["iana_id"], doc: "IANA time zone name (any zone, not tied to the row's place).", example: "Europe/Lisbon"),
        MethodSpec("date.time", aliases: ["time"], doc: "Time of day, HH:MM:SS.", example: "14:07:32") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                let seconds = random.below(UInt64(86_400))
                row.cells.append(digitsOf: seconds / 3600, minimumWidth: 2); row.cells.append(UInt8(ascii: ":"))
                row.cells.append(digitsOf: seconds / 60 % 60, minimumWidth: 2); row.cells.append(UInt8(ascii: ":"))
                row.cells.append(digitsOf: seconds % 60, minimumWidth: 2)
            }
        },
        MethodSpec("date.year", aliases: ["year"], kind: .int, params: [.int("min", 1970), .int("max", doc: "default: the reference year")], doc: "A year between min and max.", example: "1998") { args, context in
            let (current, _, _) = CivilTime.civil(days: context.now / CivilTime.secondsPerDay)
            let lower = args.int("min", 1970), upper = args.int("max", current)
            args.checkOrder("min", "max", Double(lower), Double(upper))
            return IntRangeGenerator(lower: lower, upper: max(lower, upper))
        },
    ]
}
