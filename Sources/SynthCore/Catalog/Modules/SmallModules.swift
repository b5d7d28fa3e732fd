extension MethodCatalog {
    static let animalMethods: [MethodSpec] = [
        listMethod("animal.type", "animal/type.txt", doc: "Kind of animal.", example: "dog"),
        listMethod("animal.dog", "animal/dog.txt", doc: "Dog breed.", example: "Beagle"),
        listMethod("animal.cat", "animal/cat.txt", doc: "Cat breed.", example: "Siamese"),
        listMethod("animal.bird", "animal/bird.txt", doc: "Bird species.", example: "Barn Owl"),
        listMethod("animal.fish", "animal/fish.txt", doc: "Fish species.", example: "Atlantic Salmon"),
        listMethod("animal.horse", "animal/horse.txt", doc: "Horse breed.", example: "Arabian"),
        listMethod("animal.insect", "animal/insect.txt", doc: "Insect species.", example: "Honey Bee"),
        listMethod("animal.rabbit", "animal/rabbit.txt", doc: "Rabbit breed.", example: "Holland Lop"),
        listMethod("animal.cow", "animal/cow.txt", doc: "Cattle breed.", example: "Holstein"),
        listMethod("animal.bear", "animal/bear.txt", doc: "Bear species.", example: "Grizzly Bear"),
        listMethod("animal.lion", "animal/lion.txt", doc: "Lion subspecies.", example: "Asiatic Lion"),
        listMethod("animal.snake", "animal/snake.txt", doc: "Snake species.", example: "King Cobra"),
        listMethod("animal.petName", "animal/pet_names.txt", aliases: ["pet_name"], doc: "Pet name.", example: "Biscuit"),
    ]

    static let colorMethods: [MethodSpec] = [
        listMethod("color.human", "color/human.txt", aliases: ["color_name", "safe_color_name"], doc: "Colour name.", example: "teal"),
        MethodSpec("color.rgb", aliases: ["rgb_color"], params: [.choice("format", ["hex", "css"], "hex")], doc: "Colour as #rrggbb or rgb(r, g, b).", example: "#4a90e2") { args, _ in
            let css = args.string("format") == "css"
            return ClosureGenerator { random, row in
                let value = random.next() & 0xFF_FFFF
                if css {
                    row.cells.append("rgb(")
                    row.cells.append(int: Int64(value >> 16)); row.cells.append(", ")
                    row.cells.append(int: Int64((value >> 8) & 0xFF)); row.cells.append(", ")
                    row.cells.append(int: Int64(value & 0xFF)); row.cells.append(")")
                } else {
                    row.cells.append(UInt8(ascii: "#"))
                    appendHex(value, digits: 6, to: row.cells)
                }
            }
        },
        MethodSpec("color.hsl", doc: "Colour as hsl(h, s%, l%).", example: "hsl(210, 65%, 48%)") { _, _ in
            ClosureGenerator { random, row in
                row.cells.append("hsl(")
                row.cells.append(int: Int64(random.below(360))); row.cells.append(", ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("%, ")
                row.cells.append(int: Int64(random.below(101))); row.cells.append("%)")
            }
        },
    ]

    static let databaseMethods: [MethodSpec] = [
        listMethod("database.column", "database/columns.txt", doc: "Database column name.", example: "created_at"),
        listMethod("database.type", "database/types.txt", doc: "SQL column type.", example: "varchar"),
        listMethod("database.collation", "database/collations.txt", doc: "Collation.", example: "utf8mb4_unicode_ci"),
        listMethod("database.engine", "database/engines.txt", doc: "Storage engine.", example: "InnoDB"),
        MethodSpec("database.mongodbObjectId", aliases: ["mongodb_object_id"], doc: "24 hex digits.", example: "65f1c2a9e4b0a1b2c3d4e5f6") { _, _ in
            ClosureGenerator(plain: true) { random, row in appendHex(random.next(), digits: 16, to: row.cells); appendHex(random.next(), digits: 8, to: row.cells) }
        },
    ]

    static let gitMethods: [MethodSpec] = [
        MethodSpec("git.commitSha", aliases: ["sha1", "commit_sha"], params: [.int("length", 40)], doc: "Hex commit id.", example: "2f1d8e0c9b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e") { args, _ in
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
    ]

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

    static let imageMethods: [MethodSpec] = [
        MethodSpec("image.url", aliases: ["image_url"], params: [.int("width", 640), .int("height", 480)], doc: "URL of a placeholder image at a reserved example domain.", example: "https://images.example.com/640/480?id=4821") { args, _ in
            let size = Array("https://images.example.com/\(args.int("width", 640))/\(args.int("height", 480))?id=".utf8)
            return ClosureGenerator(plain: true) { random, row in row.cells.append(size); row.cells.append(int: Int64(random.below(100_000))) }
        },
        MethodSpec("image.avatar", aliases: ["avatar"], doc: "Avatar image URL at a reserved example domain.", example: "https://avatars.example.com/u/48213.png") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append("https://avatars.example.com/u/")
                row.cells.append(int: Int64(random.below(1_000_000)))
                row.cells.append(".png")
            }
        },
    ]

    static let musicMethods: [MethodSpec] = [
        listMethod("music.genre", "music/genres.txt", aliases: ["music_genre"], doc: "Music genre.", example: "Jazz"),
        listMethod("music.artist", "music/artists.txt", doc: "Artist or band (fictional).", example: "The Velvet Static"),
        listMethod("music.album", "music/albums.txt", doc: "Album title (fictional).", example: "Northern Lights"),
        MethodSpec("music.songName", aliases: ["song_name"], doc: "Song title of two or three words.", example: "Golden Midnight Road") { _, context in
            let words = try context.list("music/song_words.txt")
            return ClosureGenerator { random, row in Lorem.words(words, 2 + random.below(2), capitalize: false, &random, row.cells) }
        },
    ]

    static let scienceMethods: [MethodSpec] = [
        listMethod("science.chemicalElement", "science/chemical_elements.tsv", column: "name", aliases: ["chemical_element"], doc: "Chemical element name.", example: "Carbon"),
        listMethod("science.chemicalSymbol", "science/chemical_elements.tsv", column: "symbol", doc: "Chemical element symbol.", example: "C"),
        listMethod("science.unit", "science/units.tsv", column: "name", doc: "SI unit name.", example: "kelvin"),
    ]

    static let systemMethods: [MethodSpec] = [
        MethodSpec("system.fileName", aliases: ["file_name"], doc: "File name with a real extension.", example: "quarterly_report.pdf") { _, context in
            let words = FoldedList(try context.list("word/nouns.txt"))
            let extensions = try context.list("system/mime_types.tsv", column: "extension")
            return ClosureGenerator { random, row in
                row.cells.append(words.items[random.below(words.items.count)])
                row.cells.append(UInt8(ascii: "_"))
                row.cells.append(words.items[random.below(words.items.count)])
                row.cells.append(UInt8(ascii: "."))
                extensions.writeRandom(&random, to: row.cells)
            }
        },
        listMethod("system.mimeType", "system/mime_types.tsv", column: "mime", aliases: ["mime_type"], doc: "MIME type.", example: "application/json"),
        listMethod("system.fileExt", "system/mime_types.tsv", column: "extension", aliases: ["file_extension"], doc: "File extension.", example: "json"),
        listMethod("system.fileType", "system/mime_types.tsv", column: "file_type", doc: "File type.", example: "image"),
        listMethod("system.directoryPath", "system/directory_paths.txt", doc: "Unix directory path.", example: "/usr/local/bin"),
        listMethod("system.networkInterface", "system/network_interfaces.txt", doc: "Network interface name.", example: "eth0"),
        MethodSpec("system.filePath", aliases: ["file_path"], doc: "Absolute file path.", example: "/var/log/report_data.json") { _, context in
            let directories = try context.list("system/directory_paths.txt")
            let words = FoldedList(try context.list("word/nouns.txt"))
            let extensions = try context.list("system/mime_types.tsv", column: "extension")
            return ClosureGenerator { random, row in
                directories.writeRandom(&random, to: row.cells)
                row.cells.append(UInt8(ascii: "/"))
                row.cells.append(words.items[random.below(words.items.count)])
                row.cells.append(UInt8(ascii: "."))
                extensions.writeRandom(&random, to: row.cells)
            }
        },
        MethodSpec("system.semver", aliases: ["semver", "version"], doc: "Semantic version.", example: "2.14.3") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                row.cells.append(int: Int64(random.below(10))); row.cells.append(UInt8(ascii: "."))
                row.cells.append(int: Int64(random.below(30))); row.cells.append(UInt8(ascii: "."))
                row.cells.append(int: Int64(random.below(50)))
            }
        },
        MethodSpec("system.cron", doc: "Cron schedule expression.", example: "*/15 2 * * 1") { _, _ in
            ClosureGenerator(plain: true) { random, row in
                let minutes = ["0", "*/5", "*/15", "30", "45"], hours = ["*", "2", "*/6", "0", "12"], weekdays = ["*", "1", "1-5", "0"]
                row.cells.append(minutes[random.below(minutes.count)]); row.cells.append(" ")
                row.cells.append(hours[random.below(hours.count)]); row.cells.append(" * * ")
                row.cells.append(weekdays[random.below(weekdays.count)])
            }
        },
    ]

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
    ]
}
