extension MethodCatalog {
    static let companyMethods: [MethodSpec] = [
        MethodSpec("company.name", aliases: ["company", "company_name"], doc: "Company name: surnames or name words with a suffix.", example: "Harper & Sons") { _, context in
            let last = try context.locale().lastNames()
            let words = try context.list("company/name_words.txt")
            let suffixes = try context.list("company/suffixes.txt")
            return ClosureGenerator { random, row in
                switch random.below(4) {
                case 0:
                    last.writeRandom(&random, to: row.cells)
                    row.cells.append(UInt8(ascii: "-"))
                    last.writeRandom(&random, to: row.cells)
                case 1:
                    last.writeRandom(&random, to: row.cells)
                    row.cells.append(", ")
                    last.writeRandom(&random, to: row.cells)
                    row.cells.append(" and ")
                    last.writeRandom(&random, to: row.cells)
                case 2:
                    words.writeRandom(&random, to: row.cells)
                    row.cells.append(UInt8(ascii: " "))
                    suffixes.writeRandom(&random, to: row.cells)
                default:
                    last.writeRandom(&random, to: row.cells)
                    row.cells.append(UInt8(ascii: " "))
                    suffixes.writeRandom(&random, to: row.cells)
                }
            }
        },
        MethodSpec("company.catchPhrase", aliases: ["catch_phrase"], doc: "Catch phrase.", example: "Adaptive multi-tier paradigm") { _, context in
            joined([try context.list("company/catch_phrase_adjectives.txt"), try context.list("company/catch_phrase_descriptors.txt"), try context.list("company/catch_phrase_nouns.txt")])
        },
        MethodSpec("company.buzzPhrase", aliases: ["bs"], doc: "Business buzz phrase.", example: "streamline scalable platforms") { _, context in
            joined([try context.list("company/buzz_verbs.txt"), try context.list("company/buzz_adjectives.txt"), try context.list("company/buzz_nouns.txt")])
        },
        MethodSpec("company.buzzVerb", doc: "Buzzword verb.", example: "streamline") { _, context in listGenerator(try context.list("company/buzz_verbs.txt")) },
        MethodSpec("company.buzzAdjective", doc: "Buzzword adjective.", example: "scalable") { _, context in listGenerator(try context.list("company/buzz_adjectives.txt")) },
        MethodSpec("company.buzzNoun", doc: "Buzzword noun.", example: "platforms") { _, context in listGenerator(try context.list("company/buzz_nouns.txt")) },
        MethodSpec("company.companySuffix", aliases: ["company_suffix"], doc: "Legal form suffix.", example: "LLC") { _, context in listGenerator(try context.list("company/suffixes.txt")) },
        listMethod("company.catchPhraseAdjective", "company/catch_phrase_adjectives.txt", doc: "First word of a catch phrase.", example: "Adaptive"),
        listMethod("company.catchPhraseDescriptor", "company/catch_phrase_descriptors.txt", doc: "Middle word of a catch phrase.", example: "multi-tier"),
        listMethod("company.catchPhraseNoun", "company/catch_phrase_nouns.txt", doc: "Final noun of a catch phrase.", example: "paradigm"),
        MethodSpec("company.ein", aliases: ["ein"], doc: "US employer identification number with a prefix the IRS assigns (NN-NNNNNNN).", example: "12-3456789") { _, context in
            let prefixes = try context.list("company/ein_prefixes.txt")
            return ClosureGenerator(plain: true) { random, row in
                prefixes.writeRandom(&random, to: row.cells)
                row.cells.append(UInt8(ascii: "-"))
                row.cells.append(digitsOf: random.below(UInt64(10_000_000)), minimumWidth: 7)
            }
        },
    ]
}
