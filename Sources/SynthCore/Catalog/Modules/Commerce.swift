extension MethodCatalog {
    static let commerceMethods: [MethodSpec] = [
        MethodSpec("commerce.productName", aliases: ["product_name"], doc: "Product name: adjective, material and product.", example: "Ergonomic Bamboo Chair") { _, context in
            let adjectives = try context.list("commerce/product_adjectives.txt")
            let materials = try context.list("commerce/product_materials.txt")
            let nouns = try context.list("commerce/product_nouns.txt")
            return ClosureGenerator { random, row in
                adjectives.writeRandom(&random, to: row.cells)
                row.cells.append(UInt8(ascii: " "))
                // Two words out of three times, three words otherwise.
                if random.below(3) == 0 {
                    materials.writeRandom(&random, to: row.cells)
                    row.cells.append(UInt8(ascii: " "))
                }
                nouns.writeRandom(&random, to: row.cells)
            }
        },
        MethodSpec("commerce.product", aliases: ["product"], doc: "Product noun.", example: "Chair") { _, context in listGenerator(try context.list("commerce/product_nouns.txt")) },
        MethodSpec("commerce.productAdjective", doc: "Product adjective.", example: "Sleek") { _, context in listGenerator(try context.list("commerce/product_adjectives.txt")) },
        MethodSpec("commerce.productMaterial", doc: "Product material.", example: "Bamboo") { _, context in listGenerator(try context.list("commerce/product_materials.txt")) },
        MethodSpec("commerce.productDescription", aliases: ["product_description"], doc: "Marketing sentence for a product.", example: "Built to last with a lightweight frame.") { _, context in
            listGenerator(try context.list("commerce/product_descriptions.txt"))
        },
        MethodSpec("commerce.department", aliases: ["department"], doc: "Store department.", example: "Garden") { _, context in listGenerator(try context.list("commerce/departments.txt")) },
        MethodSpec("commerce.category", aliases: ["product_category"], doc: "Retail category.", example: "Home & Kitchen") { _, context in listGenerator(try context.list("commerce/categories.txt")) },
        MethodSpec(
            "commerce.price", aliases: ["price"], kind: .decimal,
            params: [.number("min", 1, aliases: ["min_value"]), .number("max", 1000, aliases: ["max_value"]), .int("dec", 2, aliases: ["decimals", "right_digits"]), .string("symbol", "")],
            doc: "Price between min and max with `dec` decimals.", example: "249.99"
        ) { args, _ in
            if !(args.string("symbol") ?? "").isEmpty { args.kindOverride = .string }
            return try decimalGenerator(&args, lower: args.double("min", 1), upper: args.double("max", 1000), digits: Int(args.int("dec", 2)))
        },
        MethodSpec("commerce.isbn", aliases: [Alias("isbn13"), Alias("isbn10", presets: ["variant": 10])], params: [.int("variant", 13), .string("separator", "-")], doc: "ISBN-10 or ISBN-13 with a valid check digit.", example: "978-1-4028-9462-6") { args, _ in
            let variant = args.int("variant", 13)
            if variant != 10 && variant != 13 { args.problem("variant must be 10 or 13") }
            let separator = Array(args.string("separator", "-").utf8)
            return ClosureGenerator { random, row in CheckDigits.writeISBN(variant: Int(variant), separator: separator, &random, row.cells) }
        },
        MethodSpec("commerce.ean13", aliases: ["ean13", "ean", "gtin13"], doc: "EAN-13 barcode number with check digit.", example: "4006381333931") { _, _ in
            ClosureGenerator { random, row in CheckDigits.writeGTIN(length: 13, prefix: [], &random, row.cells) }
        },
        MethodSpec("commerce.ean8", aliases: ["ean8", "gtin8"], doc: "EAN-8 barcode number with check digit.", example: "73513537") { _, _ in
            ClosureGenerator { random, row in CheckDigits.writeGTIN(length: 8, prefix: [], &random, row.cells) }
        },
        MethodSpec("commerce.upc", aliases: ["upc", "upc_a", "gtin12"], doc: "UPC-A barcode number with check digit.", example: "036000291452") { _, _ in
            ClosureGenerator { random, row in CheckDigits.writeGTIN(length: 12, prefix: [], &random, row.cells) }
        },
    ]
}

/// Identifiers whose last digit checks the others (GS1 mod 10, ISBN-10 mod 11).
enum CheckDigits {
    /// GS1 check digit: weights 3,1,3,... from the right of the body.
    static func gs1(_ body: [UInt8]) -> UInt8 {
        var sum = 0
        for (i, digit) in body.reversed().enumerated() { sum += Int(digit) * (i % 2 == 0 ? 3 : 1) }
        return UInt8((10 - sum % 10) % 10)
    }

    static func writeGTIN(length: Int, prefix: [UInt8], _ random: inout CellRandom, _ out: ByteBuffer) {
        var body = prefix
        // A leading zero would shorten the number in systems that parse it as an integer.
        if body.isEmpty { body.append(UInt8(1 + random.below(9))) }
        while body.count < length - 1 { body.append(UInt8(random.below(10))) }
        body.append(gs1(body))
        out.append(body.map { $0 + 48 })
    }

    static func writeISBN(variant: Int, separator: [UInt8], _ random: inout CellRandom, _ out: ByteBuffer) {
        // Registration group 0 or 1 (English), publisher 2-5 digits, title the rest.
        let group = UInt8(random.below(2))
        let publisherLength = 2 + random.below(4)
        var body: [UInt8] = [group]
        for _ in 0..<8 { body.append(UInt8(random.below(10))) }
        var parts: [[UInt8]]
        if variant == 13 {
            let full = [9, 7, 8] + body
            parts = [[9, 7, 8], [group], Array(body[1...publisherLength]), Array(body[(publisherLength + 1)...]), [gs1(full)]]
        } else {
            var sum = 0
            for (i, digit) in body.enumerated() { sum += Int(digit) * (10 - i) }
            let check = (11 - sum % 11) % 11
            parts = [[group], Array(body[1...publisherLength]), Array(body[(publisherLength + 1)...]), [check == 10 ? 40 : UInt8(check)]]
        }
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(separator) }
            // 40 + 48 is "X", the ISBN-10 check value ten.
            out.append(part.map { $0 + 48 })
        }
    }
}
