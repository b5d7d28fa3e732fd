extension MethodCatalog {
    static let wordMethods: [MethodSpec] = [
        listMethod("word.adjective", "word/adjectives.txt", doc: "English adjective.", example: "brave"),
        listMethod("word.adverb", "word/adverbs.txt", doc: "English adverb.", example: "quickly"),
        listMethod("word.conjunction", "word/conjunctions.txt", doc: "English conjunction.", example: "although"),
        listMethod("word.interjection", "word/interjections.txt", doc: "English interjection.", example: "wow"),
        listMethod("word.noun", "word/nouns.txt", doc: "English noun.", example: "harbor"),
        listMethod("word.preposition", "word/prepositions.txt", doc: "English preposition.", example: "beneath"),
        listMethod("word.verb", "word/verbs.txt", doc: "English verb.", example: "gather"),
        MethodSpec("word.words", params: [.int("count", 3)], doc: "English words separated by spaces.", example: "harbor brave gather") { args, context in
            let count = Int(args.int("count", 3))
            if count < 1 || count > 1000 { args.problem("count must be from 1 to 1000") }
            let words = try context.list("word/nouns.txt")
            return ClosureGenerator { random, row in Lorem.words(words, count, capitalize: false, &random, row.cells) }
        },
        MethodSpec("word.sample", doc: "A random English word of any part of speech.", example: "beneath") { _, context in
            let files = ["adjectives", "adverbs", "conjunctions", "interjections", "nouns", "prepositions", "verbs"]
            return listGenerator(WordList(try files.flatMap { try context.list("word/\($0).txt").items }))
        },
    ]
}
