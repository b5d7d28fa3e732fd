extension MethodCatalog {
    static let helpersMethods: [MethodSpec] = [
        MethodSpec(
            "helpers.replaceSymbols", aliases: ["bothify", "lexify", "numerify", "replace_symbols"],
            params: [.string("text", "#####", aliases: ["pattern", "format"], doc: "# digit, ? letter, * letter or digit, % digit 1-9"), .string("letters", doc: "alphabet for ?")],
            doc: "Fills a pattern: # digit, ? letter (A-Z), * letter or digit.", example: "SKU-KQZD-4821"
        ) { args, _ in
            let letters = args.string("letters").map { Array($0.utf8) } ?? upper
            if letters.isEmpty { args.problem("letters must not be empty") }
            return PatternGenerator.parse(args.string("text", "#####"), letters: letters.isEmpty ? upper : letters)
        },
        MethodSpec(
            "helpers.arrayElement", aliases: ["random_element", "random_choice", "array_element", "elements", Alias("am_pm", presets: ["array": .array([.string("AM"), .string("PM")])])],
            params: [.list("array", aliases: ["elements", "values", "options"]), .list("weights")],
            doc: "One element of the given array per row (optionally weighted).", example: "pro"
        ) { args, _ in
            guard let values = args.list("array"), !values.isEmpty else {
                args.problem("array must be a non-empty array of values")
                return IntRangeGenerator(lower: 0, upper: 0)
            }
            let weights = args.list("weights")?.compactMap(\.doubleValue)
            if let weights, weights.count != values.count { args.problem("weights has \(weights.count) numbers for \(values.count) values") }
            args.kindOverride = ValueListGenerator.kind(of: values)
            return ValueListGenerator(values: values, weights: weights)
        },
        MethodSpec("helpers.fromRegExp", aliases: ["regexify", "from_regexp"], params: [.string("pattern", "[A-Z]{3}-[0-9]{4}", aliases: ["regex", "text"])], doc: "A string matching a simple pattern: literals, classes [a-z0-9], \\d \\w \\s, groups of alternatives, and counts ? * + {n} {n,m}.", example: "ABC-1234") { args, _ in
            do {
                return try RegexSampler(pattern: args.string("pattern", ""))
            } catch {
                args.problem("\(error)")
                return IntRangeGenerator(lower: 0, upper: 0)
            }
        },
    ]
}
