extension MethodCatalog {
    static let datatypeMethods: [MethodSpec] = [
        MethodSpec(
            "datatype.boolean", aliases: ["boolean", "pybool", "bool"], kind: .bool,
            params: [.number("probability", 0.5, doc: "chance of true, 0..1"), .int("chance_of_getting_true", doc: "Python Faker: chance of true in percent")],
            doc: "true or false.", example: "true"
        ) { args, _ in
            var probability = args.double("probability", 0.5)
            if let percent = args.int("chance_of_getting_true") { probability = Double(percent) / 100 }
            if probability < 0 || probability > 1 { args.problem("probability must be from 0 to 1") }
            let chance = probability
            return ClosureGenerator { random, row in
                if random.unit() < chance { row.cells.append("true") } else { row.cells.append("false") }
            }
        },
        MethodSpec("datatype.json", aliases: ["json", "pydict"], params: [.int("keys", 5, doc: "number of members")],
                   doc: "A small JSON object as text: word keys with word or number values.", example: "{\"harbor\":\"lantern\",\"gather\":4821}") { args, context in
            let count = Int(args.int("keys", 5))
            if count < 1 || count > 50 { args.problem("keys must be from 1 to 50") }
            let words = try context.list("word/nouns.txt")
            return ClosureGenerator { random, row in
                row.cells.append(UInt8(ascii: "{"))
                var used = Set<Int>()
                for i in 0..<max(1, min(count, 50)) {
                    // Distinct keys: a JSON object should not repeat a member name.
                    var key = random.below(words.count)
                    while !used.insert(key).inserted { key = (key + 1) % words.count }
                    if i > 0 { row.cells.append(UInt8(ascii: ",")) }
                    row.cells.append(UInt8(ascii: "\""))
                    words.write(key, to: row.cells)
                    row.cells.append("\":")
                    if random.next() & 1 == 0 {
                        row.cells.append(int: Int64(random.below(100_000)))
                    } else {
                        row.cells.append(UInt8(ascii: "\""))
                        words.writeRandom(&random, to: row.cells)
                        row.cells.append(UInt8(ascii: "\""))
                    }
                }
                row.cells.append(UInt8(ascii: "}"))
            }
        },
    ]
}
