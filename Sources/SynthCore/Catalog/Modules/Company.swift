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
    ]
}
