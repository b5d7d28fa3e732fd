extension MethodCatalog {
    /// Helpers over a list the schema gives, and card-number patterns.
    static let helpersArrayMethods: [MethodSpec] = [
        MethodSpec(
            "helpers.arrayElements",
            aliases: ["random_sample", Alias("random_elements", presets: ["unique": false]), Alias("random_choices", presets: ["unique": false])],
            params: [.list("array", aliases: ["elements", "values", "options"]), .int("count", aliases: ["length"], doc: "how many; 1..all when not given"),
                     .bool("unique", true, doc: "no element twice"), .string("separator", ", ")],
            doc: "Several elements of the given array, joined by `separator`.", example: "red, blue"
        ) { args, _ in
            guard let values = args.list("array"), !values.isEmpty else {
                args.problem("array must be a non-empty array of values")
                return IntRangeGenerator(lower: 0, upper: 0)
            }
            let items = values.map { Array(($0.stringValue ?? $0.jsonText()).utf8) }
            let unique = args.bool("unique", true), separator = Array(args.string("separator", ", ").utf8)
            let fixed = args.int("count").map(Int.init)
            if let fixed, fixed < 1 || (unique && fixed > items.count) { args.problem("count must be from 1 to \(unique ? items.count : 1000)") }
            return ClosureGenerator { random, row in
                let count = fixed ?? 1 + random.below(items.count)
                var order = Array(items.indices)
                for i in 0..<count {
                    // Partial Fisher-Yates for unique picks; plain draws otherwise.
                    let pick: Int
                    if unique {
                        let j = i + random.below(order.count - i)
                        order.swapAt(i, j)
                        pick = order[i]
                    } else {
                        pick = random.below(items.count)
                    }
                    if i > 0 { row.cells.append(separator) }
                    row.cells.append(items[pick])
                }
            }
        },
        MethodSpec("helpers.shuffle", params: [.list("array", aliases: ["elements", "values"]), .string("separator", ", ")], doc: "All elements of the given array in random order.", example: "b, c, a") { args, _ in
            guard let values = args.list("array"), !values.isEmpty else {
                args.problem("array must be a non-empty array of values")
                return IntRangeGenerator(lower: 0, upper: 0)
            }
            let items = values.map { Array(($0.stringValue ?? $0.jsonText()).utf8) }
            let separator = Array(args.string("separator", ", ").utf8)
            return ClosureGenerator { random, row in
                var order = Array(items.indices)
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
                for (n, i) in order.enumerated() {
                    if n > 0 { row.cells.append(separator) }
                    row.cells.append(items[i])
                }
            }
        },
        MethodSpec("helpers.replaceCreditCardSymbols", params: [.string("text", "6453-####-####-####-###L", aliases: ["pattern", "string"], doc: "# digit, L the Luhn check digit (last)")],
                   doc: "Fills # with digits and L with the Luhn check digit of all digits before it.", example: "6453-4876-8626-8995-3771") { args, _ in
            let pattern = Array(args.string("text", "6453-####-####-####-###L").utf8)
            if pattern.filter({ $0 == UInt8(ascii: "L") }).count > 1 { args.problem("text may hold one L") }
            return ClosureGenerator(plain: true) { random, row in
                var digits: [UInt8] = []
                for byte in pattern {
                    switch byte {
                    case UInt8(ascii: "#"):
                        let d = UInt8(random.below(10)); digits.append(d); row.cells.append(48 + d)
                    case UInt8(ascii: "L"):
                        row.cells.append(48 + luhnCheckDigit(digits))
                    case 48...57:
                        digits.append(byte - 48); row.cells.append(byte)
                    default:
                        row.cells.append(byte)
                    }
                }
            }
        },
    ]
}
