/// One country's IBAN shape: total length and BBAN structure in the SWIFT registry's
/// notation (`8n10n`: 8 digits then 10 digits; `a` letters, `c` letters or digits).
struct IBANFormat: Sendable {
    let country: String
    let slots: [[UInt8]]
    /// Assigned bank codes for the first BBAN digits, where validators check them against
    /// the national list (Belgium: `codes/be_bank_codes.tsv`); nil means any digits.
    var bankCodes: WordList?

    static let localeCountry = ["en_US": "DE", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "ja_JP": "DE"]

    static func load(_ table: DataTable) throws -> [IBANFormat] {
        let countries = try table.values("country"), formats = try table.values("bban_format"), lengths = try table.values("length")
        return try zip(zip(countries, formats), lengths).map { pair, length in
            let format = try IBANFormat(country: pair.0, notation: pair.1)
            guard format.slots.count + 4 == Int(length) else {
                throw DataError("\(table.path): \(pair.0) format \(pair.1) gives \(format.slots.count + 4) characters, table says \(length)")
            }
            return format
        }
    }

    init(country: String, notation: String) throws {
        self.country = country
        var slots: [[UInt8]] = []
        var count = 0
        for character in notation {
            if let digit = character.wholeNumberValue {
                count = count * 10 + digit
                continue
            }
            let alphabet: [UInt8]
            switch character {
            case "n": alphabet = MethodCatalog.digits
            case "a": alphabet = MethodCatalog.upper
            case "c": alphabet = MethodCatalog.upper + MethodCatalog.digits
            case "!": continue
            default: throw DataError("bad IBAN format \(notation) for \(country)")
            }
            slots += Array(repeating: alphabet, count: count)
            count = 0
        }
        self.slots = slots
    }

    /// Countries whose BBAN carries its own check digits (validators check them too).
    static func applyNationalCheck(country: String, _ bban: inout [UInt8], _ random: inout CellRandom) {
        func digit(_ i: Int) -> Int { Int(bban[i]) - 48 }
        switch country {
        case "ES" where bban.count == 20:
            // CCC: bank+branch (8 digits) and account (10 digits), each with a mod-11 digit.
            func control(_ digits: [Int], _ weights: [Int]) -> UInt8 {
                let value = 11 - zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
                return UInt8(48 + (value == 11 ? 0 : value == 10 ? 1 : value))
            }
            bban[8] = control((0..<8).map(digit), [4, 8, 5, 10, 9, 7, 3, 6])
            bban[9] = control((10..<20).map(digit), [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        case "BE" where bban.count == 12:
            // The last two digits are the first ten mod 97 (97 when that is 0).
            let value = (0..<10).reduce(0) { ($0 * 10 + digit($1)) % 97 }
            let check = value == 0 ? 97 : value
            bban[10] = UInt8(48 + check / 10)
            bban[11] = UInt8(48 + check % 10)
        case "ME" where bban.count == 18:
            // ISO 7064 mod 97-10 over the first 16 digits.
            let value = (0..<16).reduce(0) { ($0 * 10 + digit($1)) % 97 }
            let check = 98 - value * 100 % 97
            bban[16] = UInt8(48 + check / 10)
            bban[17] = UInt8(48 + check % 10)
        case "NO" where bban.count == 11:
            // Mod 11 with weights 5,4,3,2,7,6,5,4,3,2; a remainder of 1 has no digit: redraw.
            while true {
                let sum = zip((0..<10).map(digit), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
                let check = (11 - sum % 11) % 11
                if check < 10 {
                    bban[10] = UInt8(48 + check)
                    return
                }
                bban[9] = UInt8(48 + random.below(10))
            }
        default:
            break
        }
    }

    /// The formats of `table`, with Belgium's bank codes from `be_bank_codes.tsv`.
    static func load(_ table: DataTable, belgianBankCodes: DataTable) throws -> [IBANFormat] {
        let codes = try belgianBankCodes.wordList("code")
        return try load(table).map { format in
            var format = format
            if format.country == "BE" { format.bankCodes = codes }
            return format
        }
    }

    func write(formatted: Bool, _ random: inout CellRandom, _ out: ByteBuffer) {
        var bban = slots.map { $0[random.below($0.count)] }
        if let bankCodes {
            let code = bankCodes.utf8(random.below(bankCodes.count))
            bban.replaceSubrange(0..<code.count, with: code)
        }
        IBANFormat.applyNationalCheck(country: country, &bban, &random)
        // Check digits: 98 - (BBAN + country + "00" as digits) mod 97.
        var remainder = 0
        for byte in bban + Array(country.utf8) + [48, 48] {
            let value = byte >= 65 ? Int(byte) - 55 : Int(byte) - 48
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        let check = 98 - remainder
        let iban = Array(country.utf8) + [UInt8(48 + check / 10), UInt8(48 + check % 10)] + bban
        if !formatted {
            out.append(iban)
            return
        }
        for (i, byte) in iban.enumerated() {
            if i > 0 && i % 4 == 0 { out.append(UInt8(ascii: " ")) }
            out.append(byte)
        }
    }
}
