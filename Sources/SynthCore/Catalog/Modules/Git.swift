extension MethodCatalog {
    static let gitMethods: [MethodSpec] = [
        MethodSpec("git.commitSha", aliases: ["sha1", "commit_sha", Alias("md5", presets: ["length": 32]), Alias("sha256", presets: ["length": 64])], params: [.int("length", 40)], doc: "Hex commit id.", example: "2f1d8e0c9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e") { args, _ in
            let length = Int(args.int("length", 40))
            if length < 1 || length > 64 { args.problem("length must be from 1 to 64") }
            return PatternGenerator(slots: Array(repeating: hexDigits, count: max(1, min(length, 64))), literals: [])
        },
        listMethod("git.commitMessage", "git/commit_messages.txt", doc: "Commit message.", example: "Fix off-by-one in pagination"),
        MethodSpec("git.commitDate", kind: .datetime, params: [.number("years", 1), formatParameter], doc: "Commit time within the last `years` years.", example: "2025-10-02T14:11:09Z") { args, context in
            dateGenerator(&args, lower: context.now - Int64(args.double("years", 1) * 31_556_952), upper: context.now - 1)
        },
        MethodSpec("git.branch", doc: "Branch name.", example: "feature/parse-config") { _, context in
            let verbs = FoldedList(try context.list("hacker/verbs.txt")), nouns = FoldedList(try context.list("hacker/nouns.txt"))
            let prefixes = ["feature/", "fix/", "chore/", ""].map { Array($0.utf8) }
            return ClosureGenerator { random, row in
                row.cells.append(prefixes[random.below(prefixes.count)])
                row.cells.append(verbs.items[random.below(verbs.items.count)])
                row.cells.append(UInt8(ascii: "-"))
                row.cells.append(nouns.items[random.below(nouns.items.count)])
            }
        },
        MethodSpec("git.commitEntry", params: [entityParameter], doc: "A `git log` entry: commit id, the row's person as author, date and message.",
                   example: "commit 2f1d8e0c...\nAuthor: Mary Smith <mary.smith@example.com>\nDate: Tue Mar 4 10:11:12 2025 +0000\n\n    Fix off-by-one in pagination") { args, context in
            let messages = try context.list("git/commit_messages.txt")
            let names = try PersonNames(context.locale())
            let ascii = try names.asciiNames(context.locale())
            let entity = args.entityKey
            let now = context.now
            return ClosureGenerator { random, row in
                let person = names.person(row, entity: entity)
                row.cells.append("commit ")
                for _ in 0..<40 { row.cells.append(hexDigits[random.below(16)]) }
                row.cells.append("\nAuthor: ")
                names.firstNames(person).write(person.first, to: row.cells)
                row.cells.append(UInt8(ascii: " "))
                names.last.write(person.last, to: row.cells)
                row.cells.append(" <")
                row.cells.append((person.female ? ascii.female : ascii.male).items[person.first])
                row.cells.append(UInt8(ascii: "."))
                row.cells.append(ascii.last.items[person.last])
                row.cells.append("@example.com>\nDate: ")
                GitDate.write(now - Int64(random.below(UInt64(31_556_952))), to: row.cells)
                row.cells.append("\n\n    ")
                messages.writeRandom(&random, to: row.cells)
            }
        },
    ]
}

/// Dates as `git log` prints them: "Tue Mar 4 10:11:12 2025 +0000" (UTC).
enum GitDate {
    static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func write(_ seconds: Int64, to out: ByteBuffer) {
        let days = seconds.dividedFloor(by: CivilTime.secondsPerDay)
        let (year, month, day) = CivilTime.civil(days: days)
        let time = seconds - days * CivilTime.secondsPerDay
        out.append(weekdays[Int(((days % 7) + 7) % 7)]); out.append(UInt8(ascii: " "))
        out.append(months[Int(month) - 1]); out.append(UInt8(ascii: " "))
        out.append(int: day); out.append(UInt8(ascii: " "))
        out.append(digitsOf: UInt64(time / 3600), minimumWidth: 2); out.append(UInt8(ascii: ":"))
        out.append(digitsOf: UInt64(time / 60 % 60), minimumWidth: 2); out.append(UInt8(ascii: ":"))
        out.append(digitsOf: UInt64(time % 60), minimumWidth: 2); out.append(UInt8(ascii: " "))
        out.append(int: year); out.append(" +0000")
    }
}
