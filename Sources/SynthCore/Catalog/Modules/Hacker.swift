extension MethodCatalog {
    static let hackerMethods: [MethodSpec] = [
        listMethod("hacker.abbreviation", "hacker/abbreviations.txt", doc: "Tech abbreviation.", example: "TCP"),
        listMethod("hacker.adjective", "hacker/adjectives.txt", doc: "Tech adjective.", example: "virtual"),
        listMethod("hacker.noun", "hacker/nouns.txt", doc: "Tech noun.", example: "bandwidth"),
        listMethod("hacker.verb", "hacker/verbs.txt", doc: "Tech verb.", example: "compress"),
        listMethod("hacker.ingverb", "hacker/ingverbs.txt", doc: "Tech verb, -ing form.", example: "compressing"),
        MethodSpec("hacker.phrase", doc: "Tech-sounding sentence.", example: "Try compressing the virtual TCP bandwidth.") { _, context in
            let lists = ["adjective": try context.list("hacker/adjectives.txt"), "noun": try context.list("hacker/nouns.txt"), "verb": try context.list("hacker/verbs.txt"),
                         "ingverb": try context.list("hacker/ingverbs.txt"), "abbreviation": try context.list("hacker/abbreviations.txt")]
            return PhraseTemplateGenerator(templates: try context.list("hacker/phrase_templates.txt"), lists: lists)
        },
    ]
}
