extension MethodCatalog {
    static let loremMethods: [MethodSpec] = [
        MethodSpec("lorem.word", aliases: ["word"], doc: "One lorem ipsum word.", example: "dolor") { _, context in listGenerator(try context.list("lorem/words.txt")) },
        MethodSpec("lorem.words", aliases: ["words"], params: [.int("count", 3, aliases: ["nb", "wordCount"])], doc: "Space-separated lorem words.", example: "dolor sit amet") { args, context in
            let count = Int(args.int("count", 3))
            if count < 1 || count > 1000 { args.problem("count must be from 1 to 1000") }
            let words = try context.list("lorem/words.txt")
            return ClosureGenerator { random, row in Lorem.words(words, count, capitalize: false, &random, row.cells) }
        },
        MethodSpec("lorem.sentence", aliases: ["sentence"], params: [.int("wordCount", aliases: ["nb_words", "count"])], doc: "A sentence of 3-10 words (or wordCount).", example: "Dolor sit amet consectetur.") { args, context in
            let words = try context.list("lorem/words.txt")
            let fixed = args.int("wordCount").map(Int.init)
            if let fixed, fixed < 1 || fixed > 1000 { args.problem("wordCount must be from 1 to 1000") }
            return ClosureGenerator { random, row in Lorem.sentence(words, fixed, &random, row.cells) }
        },
        MethodSpec("lorem.sentences", aliases: ["sentences"], params: [.int("count", 3, aliases: ["nb", "sentenceCount"])], doc: "Several sentences.", example: "Dolor sit. Amet consectetur.") { args, context in
            try paragraphGenerator(&args, context, key: "count", separator: " ")
        },
        MethodSpec("lorem.paragraph", aliases: ["paragraph"], params: [.int("sentenceCount", 3, aliases: ["nb_sentences"])], doc: "A paragraph of sentences.", example: "Dolor sit amet. Consectetur adipisci velit.") { args, context in
            try paragraphGenerator(&args, context, key: "sentenceCount", separator: " ")
        },
        MethodSpec("lorem.paragraphs", aliases: ["paragraphs"], params: [.int("count", 3, aliases: ["nb"])], doc: "Paragraphs separated by a newline.", example: "Dolor sit amet.\nConsectetur adipisci.") { args, context in
            let count = Int(args.int("count", 3))
            if count < 1 || count > 100 { args.problem("count must be from 1 to 100") }
            let words = try context.list("lorem/words.txt")
            return ClosureGenerator { random, row in
                for p in 0..<count {
                    if p > 0 { row.cells.append(UInt8(ascii: "\n")) }
                    for s in 0..<(3 + random.below(3)) {
                        if s > 0 { row.cells.append(UInt8(ascii: " ")) }
                        Lorem.sentence(words, nil, &random, row.cells)
                    }
                }
            }
        },
        MethodSpec("lorem.text", aliases: ["text"], params: [.int("max_nb_chars", 200)], doc: "A few sentences of text, at most max_nb_chars bytes.", example: "Dolor sit amet. Consectetur adipisci velit.") { args, context in
            let limit = Int(args.int("max_nb_chars", 200))
            if limit < 5 || limit > 100_000 { args.problem("max_nb_chars must be from 5 to 100000") }
            let words = try context.list("lorem/words.txt")
            return ClosureGenerator { random, row in
                let start = row.cells.count
                Lorem.sentence(words, nil, &random, row.cells)
                while row.cells.count - start < limit / 2 {
                    row.cells.append(UInt8(ascii: " "))
                    Lorem.sentence(words, nil, &random, row.cells)
                }
                // Cut at a word boundary and end with a full stop.
                if row.cells.count - start > limit {
                    var end = start + limit - 1
                    while end > start, row.cells.base[end] != 32 { end -= 1 }
                    row.cells.count = max(end, start + 1)
                    if row.cells.base[row.cells.count - 1] != UInt8(ascii: ".") { row.cells.append(UInt8(ascii: ".")) }
                }
            }
        },
        MethodSpec("lorem.slug", aliases: ["slug"], params: [.int("count", 3)], doc: "Lowercase words joined by hyphens.", example: "dolor-sit-amet") { args, context in
            let count = Int(args.int("count", 3))
            if count < 1 || count > 100 { args.problem("count must be from 1 to 100") }
            let words = FoldedList(try context.list("lorem/words.txt"))
            return ClosureGenerator { random, row in
                for i in 0..<count {
                    if i > 0 { row.cells.append(UInt8(ascii: "-")) }
                    row.cells.append(words.items[random.below(words.items.count)])
                }
            }
        },
        MethodSpec("lorem.lines", params: [.int("count", 3)], doc: "Sentences separated by newlines.", example: "Dolor sit.\nAmet consectetur.") { args, context in
            try paragraphGenerator(&args, context, key: "count", separator: "\n")
        },
    ]

    static func paragraphGenerator(_ args: inout Arguments, _ context: BuildContext, key: String, separator: StaticString) throws -> any ColumnGenerator {
        let count = Int(args.int(key, 3))
        if count < 1 || count > 1000 { args.problem("\(key) must be from 1 to 1000") }
        let words = try context.list("lorem/words.txt")
        return ClosureGenerator { random, row in
            for i in 0..<count {
                if i > 0 { row.cells.append(separator) }
                Lorem.sentence(words, nil, &random, row.cells)
            }
        }
    }
}

enum Lorem {
    static func words(_ list: WordList, _ count: Int, capitalize: Bool, _ random: inout CellRandom, _ out: ByteBuffer) {
        for i in 0..<count {
            if i > 0 { out.append(UInt8(ascii: " ")) }
            let start = out.count
            list.writeRandom(&random, to: out)
            if capitalize && i == 0, out.count > start, (97...122).contains(out.base[start]) { out.base[start] -= 32 }
        }
    }

    static func sentence(_ list: WordList, _ wordCount: Int?, _ random: inout CellRandom, _ out: ByteBuffer) {
        words(list, wordCount ?? (3 + random.below(8)), capitalize: true, &random, out)
        out.append(UInt8(ascii: "."))
    }
}
