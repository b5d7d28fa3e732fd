extension MethodCatalog {
    /// Numbers written other ways: wide integers and Roman numerals.
    static let numberFormatMethods: [MethodSpec] = [
        MethodSpec("number.bigInt", kind: .int, params: [.int("min", 0), .int("max", 999_999_999_999_999)],
                   doc: "Integer between min and max over the whole 64-bit range (faker-js bigInt).", example: "728314956201847") { args, _ in
            let lower = args.int("min", 0), upper = args.int("max", 999_999_999_999_999)
            args.checkOrder("min", "max", Double(lower), Double(upper))
            guard lower <= upper else { return IntRangeGenerator(lower: 0, upper: 0) }
            return ClosureGenerator(plain: true) { random, row in row.cells.append(int: random.int(in: lower, upper)) }
        },
        MethodSpec("number.romanNumeral", params: [.int("min", 1), .int("max", 3999)], doc: "Roman numeral of an integer between min and max (1..3999).", example: "MCMLXXXIV") { args, _ in
            let lower = args.int("min", 1), upper = args.int("max", 3999)
            args.checkOrder("min", "max", Double(lower), Double(upper))
            if lower < 1 || upper > 3999 { args.problem("min and max must be within 1..3999") }
            let (low, high) = (max(1, min(lower, 3999)), max(1, min(upper, 3999)))
            return ClosureGenerator(plain: true) { random, row in row.cells.append(RomanNumeral.text(Int(random.int(in: low, max(low, high))))) }
        },
    ]
}

enum RomanNumeral {
    static let symbols: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    static func text(_ value: Int) -> String {
        var rest = value, out = ""
        for (amount, symbol) in symbols {
            while rest >= amount { out += symbol; rest -= amount }
        }
        return out
    }
}
