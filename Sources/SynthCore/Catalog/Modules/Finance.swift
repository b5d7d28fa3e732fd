extension MethodCatalog {
    static let financeMethods: [MethodSpec] = [
        MethodSpec("finance.accountNumber", aliases: ["bban", "account_number"], params: [.int("length", 8)], doc: "Bank account number of `length` digits.", example: "40318572") { args, _ in
            try symbolString(&args, alphabet: digits)
        },
        MethodSpec("finance.accountName", doc: "Account type name.", example: "Savings Account") { _, context in listGenerator(try context.list("finance/account_names.txt")) },
        MethodSpec(
            "finance.amount", aliases: ["amount"], kind: .decimal,
            params: [.number("min", 0), .number("max", 1000), .int("dec", 2, aliases: ["decimals"]), .string("symbol", "")] + distributionParameters,
            doc: "Money amount between min and max with `dec` decimals (distribution optional).", example: "734.12"
        ) { args, _ in
            if !(args.string("symbol") ?? "").isEmpty { args.kindOverride = .string }
            return try decimalGenerator(&args, lower: args.double("min", 0), upper: args.double("max", 1000), digits: Int(args.int("dec", 2)))
        },
        MethodSpec("finance.creditCardNumber", aliases: ["credit_card_number"], params: [.string("issuer", aliases: ["card_type", "provider"], doc: "visa, mastercard, amex, discover, jcb, diners")],
                   doc: "Card number with a real issuer prefix, right length and Luhn check digit.", example: "4539578763621486") { args, context in
            let table = try context.list("finance/card_issuers.tsv", column: "prefix")
            let info = try context.list("finance/card_issuers.tsv", column: "issuer")
            let lengths = try context.list("finance/card_issuers.tsv", column: "length").items.map { Int($0) ?? 16 }
            let weights = try context.table("vocab/finance/card_issuers.tsv").weights()
            var rows = Array(0..<table.count)
            if let issuer = args.string("issuer")?.lowercased() {
                rows = rows.filter { info[$0] == issuer }
                if rows.isEmpty { args.problem("unknown issuer \"\(issuer)\" (known: \(Set(info.items).sorted().joined(separator: ", ")))"); rows = [0] }
            }
            let sampler = AliasSampler(weights: rows.map { weights[$0] })
            // The generator owns the sampler's table: it is freed with the request.
            let owner = RawMemoryOwner(samplers: [sampler])
            let candidates = rows
            return ClosureGenerator { random, row in
                withExtendedLifetime(owner) {}
                let pick = candidates[sampler.sample(&random)]
                var digits = table.utf8(pick).map { $0 - 48 }
                while digits.count < lengths[pick] - 1 { digits.append(UInt8(random.below(10))) }
                digits.append(luhnCheckDigit(digits))
                row.cells.append(digits.map { $0 + 48 })
            }
        },
        MethodSpec("finance.creditCardCVV", aliases: ["credit_card_security_code", "cvv"], doc: "Card security code (3 digits).", example: "392") { _, _ in
            PatternGenerator(slots: Array(repeating: digits, count: 3), literals: [])
        },
        MethodSpec("finance.creditCardIssuer", aliases: ["credit_card_provider"], doc: "Card issuer name.", example: "Visa") { _, context in
            listGenerator(WordList(Array(Set(try context.list("finance/card_issuers.tsv", column: "name").items)).sorted()))
        },
        MethodSpec("finance.creditCardExpiry", aliases: ["credit_card_expire"], doc: "Expiry MM/YY within the next five years.", example: "08/29") { _, context in
            let (year, _, _) = CivilTime.civil(days: context.now / CivilTime.secondsPerDay)
            return ClosureGenerator { random, row in
                row.cells.append(digitsOf: 1 + random.below(12), minimumWidth: 2)
                row.cells.append(UInt8(ascii: "/"))
                row.cells.append(digitsOf: UInt64((year + 1 + Int64(random.below(5))) % 100), minimumWidth: 2)
            }
        },
        MethodSpec("finance.currencyCode", aliases: ["currency_code"], doc: "ISO 4217 currency code.", example: "EUR") { _, context in
            listGenerator(WordList(try context.table("codes/currencies.tsv").values("code")))
        },
        MethodSpec("finance.currencyName", aliases: ["currency_name"], doc: "Currency name.", example: "Euro") { _, context in
            listGenerator(WordList(try context.table("codes/currencies.tsv").values("name")))
        },
        MethodSpec("finance.currencySymbol", aliases: ["currency_symbol"], doc: "Currency symbol.", example: "€") { _, context in
            listGenerator(WordList(Array(Set(try context.table("codes/currencies.tsv").values("symbol"))).sorted()))
        },
        MethodSpec("finance.iban", aliases: ["iban"], params: [.string("countryCode", aliases: ["country_code", "country"]), .bool("formatted", false)],
                   doc: "IBAN with the country's length and BBAN format and valid mod-97 check digits.", example: "DE89370400440532013000") { args, context in
            let table = try context.table("codes/iban_formats.tsv")
            var formats = try IBANFormat.load(table, belgianBankCodes: try context.table("codes/be_bank_codes.tsv"))
            if let country = args.string("countryCode")?.uppercased() {
                formats = formats.filter { $0.country == country }
                if formats.isEmpty { args.problem("no IBAN format for country \"\(country)\""); return IntRangeGenerator(lower: 0, upper: 0) }
            } else if let local = IBANFormat.localeCountry[context.localeCode], let mine = formats.first(where: { $0.country == local }) {
                formats = [mine]
            }
            let formatted = args.bool("formatted", false)
            let choices = formats
            return ClosureGenerator { random, row in choices[random.below(choices.count)].write(formatted: formatted, &random, row.cells) }
        },
        MethodSpec("finance.bic", aliases: ["swift", "swift8", "swift11", "bic"], params: [.bool("includeBranchCode", false, aliases: ["branch"])],
                   doc: "ISO 9362 BIC: bank code, country, location (and branch).", example: "DEUTDEFF") { args, context in
            let countries = try context.table("codes/iban_formats.tsv").values("country")
            let branch = args.bool("includeBranchCode", false)
            let alphanumeric = upper + digits
            let locationTail = upper + Array("123456789".utf8)
            return ClosureGenerator { random, row in
                for _ in 0..<4 { row.cells.append(upper[random.below(26)]) }
                row.cells.append(Array(countries[random.below(countries.count)].utf8))
                // Location code: a second character of 0 marks a test BIC, so it is avoided.
                row.cells.append(upper[random.below(26)])
                row.cells.append(locationTail[random.below(locationTail.count)])
                if branch { for _ in 0..<3 { row.cells.append(alphanumeric[random.below(alphanumeric.count)]) } }
            }
        },
        MethodSpec("finance.routingNumber", aliases: ["aba", "routing_number"], doc: "US ABA routing number with its check digit.", example: "021000021") { _, _ in
            ClosureGenerator { random, row in
                // Federal Reserve routing symbols: 01-12, 21-32 (thrifts), 61-72, 80.
                let heads: [UInt64] = Array(1...12) + Array(21...32) + Array(61...72) + [80]
                let head = heads[random.below(heads.count)]
                var d: [Int] = [Int(head / 10), Int(head % 10)]
                for _ in 0..<6 { d.append(random.below(10)) }
                let partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
                d.append((10 - partial % 10) % 10)
                row.cells.append(d.map { UInt8($0 + 48) })
            }
        },
        MethodSpec("finance.transactionType", aliases: ["transaction_type"], doc: "Transaction type.", example: "payment") { _, context in listGenerator(try context.list("finance/transaction_types.txt")) },
        MethodSpec("finance.transactionDescription", aliases: ["transaction_description"], doc: "One-line description of a card transaction.", example: "payment of 42.10 USD at Harper LLC, card ending 4821") { _, context in
            let types = try context.list("finance/transaction_types.txt")
            let currencies = WordList(try context.table("codes/currencies.tsv").values("code"))
            let last = try context.locale().lastNames()
            let suffixes = try context.list("company/suffixes.txt")
            return ClosureGenerator { random, row in
                types.writeRandom(&random, to: row.cells)
                row.cells.append(" of ")
                row.cells.append(fixed: random.int(in: 100, 500_000), decimals: 2)
                row.cells.append(UInt8(ascii: " "))
                currencies.writeRandom(&random, to: row.cells)
                row.cells.append(" at ")
                last.writeRandom(&random, to: row.cells)
                row.cells.append(UInt8(ascii: " "))
                suffixes.writeRandom(&random, to: row.cells)
                row.cells.append(", card ending ")
                row.cells.append(digitsOf: random.below(10_000), minimumWidth: 4)
            }
        },
        MethodSpec("finance.pin", params: [.int("length", 4)], doc: "Numeric PIN.", example: "0472") { args, _ in try symbolString(&args, alphabet: digits) },
        MethodSpec("finance.maskedNumber", params: [.int("length", 4)], doc: "Account number masked but for its last digits.", example: "****4821") { args, _ in
            let length = Int(args.int("length", 4))
            if length < 1 || length > 32 { args.problem("length must be from 1 to 32") }
            return ClosureGenerator { random, row in
                row.cells.append("****")
                for _ in 0..<length { row.cells.append(UInt8(48 + random.below(10))) }
            }
        },
        MethodSpec("finance.bitcoinAddress", aliases: ["bitcoin_address"], doc: "Bitcoin-style base58 address (format only; not a real key).", example: "1BoatSLRHtKNngkdXEeobR76b53LETtpyT") { _, _ in
            let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
            return ClosureGenerator { random, row in
                row.cells.append(UInt8(ascii: random.below(2) == 0 ? "1" : "3"))
                for _ in 0..<(25 + random.below(9)) { row.cells.append(alphabet[random.below(alphabet.count)]) }
            }
        },
        MethodSpec("finance.ethereumAddress", aliases: ["ethereum_address"], doc: "0x followed by 40 hex digits.", example: "0x52908400098527886e0f7030069857d2e4169ee7") { _, _ in
            ClosureGenerator { random, row in
                row.cells.append("0x")
                for _ in 0..<40 { row.cells.append(hexDigits[random.below(16)]) }
            }
        },
    ]
}
