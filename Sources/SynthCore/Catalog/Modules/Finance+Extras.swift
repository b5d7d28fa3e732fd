extension MethodCatalog {
    /// Finance methods beyond cards and accounts: currency numbers, banks and crypto assets.
    static let financeExtraMethods: [MethodSpec] = [
        MethodSpec("finance.currencyNumericCode", doc: "ISO 4217 numeric currency code.", example: "978") { _, context in
            listGenerator(WordList(try context.table("codes/currencies.tsv").values("numeric")))
        },
        listMethod("finance.bankName", "finance/bank_names.txt", aliases: ["bank"], doc: "Bank name (fictional).", example: "Harbor Trust Bank"),
        listMethod("finance.cryptocurrencyCode", "finance/cryptocurrencies.tsv", column: "code", aliases: ["cryptocurrency_code"], doc: "Ticker of a well-known crypto asset.", example: "BTC"),
        listMethod("finance.cryptocurrencyName", "finance/cryptocurrencies.tsv", column: "name", aliases: ["cryptocurrency_name"], doc: "Name of a well-known crypto asset.", example: "Bitcoin"),
        MethodSpec("finance.litecoinAddress", doc: "Litecoin-style base58 address starting L, M or 3 (format only; not a real key).", example: "LQL9pVH1LsMfKwt82Y2wGhNGkrjF8vwUst") { _, _ in
            let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
            let heads = Array("LM3".utf8)
            return ClosureGenerator(plain: true) { random, row in
                row.cells.append(heads[random.below(3)])
                for _ in 0..<(25 + random.below(9)) { row.cells.append(alphabet[random.below(alphabet.count)]) }
            }
        },
    ]
}
