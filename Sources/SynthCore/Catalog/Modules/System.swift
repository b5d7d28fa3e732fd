extension MethodCatalog {
    static let systemMethods: [MethodSpec] = [
        MethodSpec("system.fileName", aliases: ["file_name"], doc: "File name with a real extension.", example: "quarterly_report.pdf") { _, context in
            let words = FoldedList(try context.list("word/nouns.txt"))
            let extensions = try context.list("system/mime_types.tsv", column: "extension")
            return fileName(words: words, extensions: extensions)
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
        listMethod("system.commonFileType", "system/common_file_types.tsv", column: "file_type", doc: "Common file type: audio, video, image, application or text.", example: "image"),
        listMethod("system.commonFileExt", "system/common_file_types.tsv", column: "extension", doc: "Common file extension.", example: "pdf"),
        MethodSpec("system.commonFileName", params: [.string("extension", doc: "fixed extension; a common one when not given")], doc: "File name with a common extension.", example: "harbor_lantern.pdf") { args, context in
            let words = FoldedList(try context.list("word/nouns.txt"))
            let extensions = try args.string("extension").map { WordList([$0]) } ?? context.list("system/common_file_types.tsv", column: "extension")
            return fileName(words: words, extensions: extensions)
        },
    ]
}

/// `noun_noun.ext`: the shape every file-name method shares.
private func fileName(words: FoldedList, extensions: WordList) -> ClosureGenerator {
    ClosureGenerator { random, row in
        row.cells.append(words.items[random.below(words.items.count)])
        row.cells.append(UInt8(ascii: "_"))
        row.cells.append(words.items[random.below(words.items.count)])
        row.cells.append(UInt8(ascii: "."))
        extensions.writeRandom(&random, to: row.cells)
    }
}
