extension MethodCatalog {
    /// Strings in other alphabets: binary, octal, or characters the schema gives.
    static let stringExtraMethods: [MethodSpec] = [
        MethodSpec("string.binary", params: [.int("length", 1), .string("prefix", "0b")], doc: "Random binary digits with a prefix.", example: "0b1011") { args, _ in
            try prefixed(&args, prefix: args.string("prefix", "0b"), alphabet: Array("01".utf8))
        },
        MethodSpec("string.octal", params: [.int("length", 1), .string("prefix", "0o")], doc: "Random octal digits with a prefix.", example: "0o17") { args, _ in
            try prefixed(&args, prefix: args.string("prefix", "0o"), alphabet: Array("01234567".utf8))
        },
        MethodSpec("string.fromCharacters", params: [.string("characters", "abcdefghijklmnopqrstuvwxyz", aliases: ["chars"], doc: "the characters to draw from (ASCII)"), .int("length", 1)],
                   doc: "Random string of the given characters.", example: "abbaca") { args, _ in
            let characters = Array(args.string("characters", "abcdefghijklmnopqrstuvwxyz").utf8)
            if characters.isEmpty || characters.contains(where: { $0 >= 0x80 }) { args.problem("characters must be a non-empty string of ASCII characters") }
            return try symbolString(&args, alphabet: characters.isEmpty ? lower : characters.filter { $0 < 0x80 })
        },
    ]

    static func prefixed(_ args: inout Arguments, prefix: String, alphabet: [UInt8]) throws -> any ColumnGenerator {
        let body = try symbolString(&args, alphabet: alphabet)
        let bytes = Array(prefix.utf8)
        return ClosureGenerator { random, row in
            row.cells.append(bytes)
            body.write(&random, row)
        }
    }
}
