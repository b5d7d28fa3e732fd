import Foundation
import SynthCore
import Testing

/// The shared validity schema in each locale: every value checked by a rule written here
/// from the published standard (check digits, postal code shapes, country boxes), never
/// by the generator's own code or data.
@Suite struct LocaleValidityTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let locale: String
        /// IBAN country and total length (SWIFT IBAN registry).
        let iban: (country: String, length: Int)
        let postalCode: String
        let phone: String
        /// Latitude and longitude box around the country (mainland and islands).
        let box: (ClosedRange<Double>, ClosedRange<Double>)
        var testDescription: String { locale }
    }

    static let locales: [Expectation] = [
        Expectation(locale: "en_US", iban: ("DE", 22), postalCode: #"\d{5}"#, phone: #"\([2-9]\d{2}\) [2-9]\d{2}-\d{4}"#, box: (18...72, -180 ... -65)),
        Expectation(locale: "en_GB", iban: ("GB", 22), postalCode: #"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"#, phone: #"0\d{2,4} ?\d{3,8}( \d{3,4})?"#, box: (49...61, -9...2)),
        Expectation(locale: "de_DE", iban: ("DE", 22), postalCode: #"\d{5}"#, phone: #"0\d{2,5} \d{3,9}"#, box: (47...55.1, 5.8...15.1)),
        Expectation(locale: "fr_FR", iban: ("FR", 27), postalCode: #"\d{5}"#, phone: #"0[1-9]( \d{2}){4}"#, box: (41...51.2, -5.2...9.6)),
        Expectation(locale: "es_ES", iban: ("ES", 24), postalCode: #"(0[1-9]|[1-4]\d|5[0-2])\d{3}"#, phone: #"[6-9]\d{2} \d{3} \d{3}"#, box: (27...44, -18.2...4.4)),
        Expectation(locale: "ja_JP", iban: ("DE", 22), postalCode: #"\d{3}-\d{4}"#, phone: #"0\d{1,4} \d{1,4} \d{4}"#, box: (24...46, 122...146)),
    ]

    @Test(arguments: locales)
    func validitySchemaIsValidIn(_ expected: Expectation) throws {
        let schema = try fixture("bench-schemas/validity.json")
        let text = String(decoding: try generate(schema, rows: 400, seed: 11, locale: expected.locale), as: UTF8.self)
        let table = parseCSV(text)
        let header = table[0]
        let postal = try Regex(expected.postalCode), phone = try Regex(expected.phone)
        for cells in table.dropFirst() {
            let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
            let value = { (name: String) in row[name] ?? "" }
            #expect(Check.luhn(value("card_number")) && (13...19).contains(value("card_number").count), "card \(value("card_number"))")
            #expect(Check.iban(value("iban")), "iban \(value("iban"))")
            #expect(value("iban").hasPrefix(expected.iban.country) && value("iban").count == expected.iban.length, "iban \(value("iban"))")
            #expect(Check.bic(value("bic")), "bic \(value("bic"))")
            #expect(Check.isbn(value("isbn")), "isbn \(value("isbn"))")
            #expect(Check.gtin(value("ean13")) && value("ean13").count == 13, "ean13 \(value("ean13"))")
            #expect(Check.vin(value("vin")), "vin \(value("vin"))")
            #expect(value("zip").wholeMatch(of: postal) != nil, "postal code \(value("zip"))")
            #expect(value("phone").wholeMatch(of: phone) != nil, "phone \(value("phone"))")
            #expect(Check.email(value("email")), "email \(value("email"))")
            let latitude = try #require(Double(value("latitude"))), longitude = try #require(Double(value("longitude")))
            #expect(expected.box.0.contains(latitude) && expected.box.1.contains(longitude), "\(latitude),\(longitude) outside \(expected.locale)")
            #expect(value("currency").wholeMatch(of: /[A-Z]{3}/) != nil)
            #expect(value("updated_at") > value("created_at"))
        }
    }
}

/// Check digits and shapes from the standards, written for these tests.
enum Check {
    static func digits(_ text: String) -> [Int]? {
        let values = text.compactMap(\.wholeNumberValue)
        return values.count == text.count ? values : nil
    }

    /// ISO/IEC 7812 Luhn.
    static func luhn(_ text: String) -> Bool {
        guard let d = digits(text), !d.isEmpty else { return false }
        let sum = d.reversed().enumerated().reduce(0) { total, pair in
            let doubled = pair.offset % 2 == 1 ? pair.element * 2 : pair.element
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }

    /// ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 = 1.
    static func iban(_ text: String) -> Bool {
        guard text.count >= 15, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isUppercase) }) else { return false }
        let moved = text.dropFirst(4) + text.prefix(4)
        var remainder = 0
        for character in moved {
            let value = character.isNumber ? character.wholeNumberValue! : Int(character.asciiValue! - 55)
            remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value
            remainder %= 97
        }
        return remainder == 1
    }

    /// ISO 9362: 4 letters bank, 2 letters country, 2 letters/digits location, optional 3 branch.
    static func bic(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?/) != nil
    }

    /// GS1 mod-10 with weights 3 and 1 from the right (EAN-8, UPC-A, EAN-13, ISBN-13).
    static func gtin(_ text: String) -> Bool {
        guard let d = digits(text), d.count >= 8 else { return false }
        let sum = d.dropLast().reversed().enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 3 : 1) }
        return (10 - sum % 10) % 10 == d.last!
    }

    /// ISBN-13 (GS1, prefix 978/979) or ISBN-10 (mod 11, X for 10).
    static func isbn(_ text: String) -> Bool {
        let compact = text.filter { $0 != "-" }
        if compact.count == 13 { return (compact.hasPrefix("978") || compact.hasPrefix("979")) && gtin(compact) }
        guard compact.count == 10 else { return false }
        var sum = 0
        for (i, character) in compact.enumerated() {
            guard let value = character == "X" && i == 9 ? 10 : character.wholeNumberValue else { return false }
            sum += value * (10 - i)
        }
        return sum % 11 == 0
    }

    /// 49 CFR 565: transliterate, weight, sum mod 11 is the ninth character (X for 10).
    static func vin(_ text: String) -> Bool {
        let letters: [Character: Int] = [
            "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5,
            "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
        ]
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        let characters = Array(text)
        guard characters.count == 17 else { return false }
        var sum = 0
        for (i, character) in characters.enumerated() {
            guard let value = character.wholeNumberValue ?? letters[character] else { return false }  // I, O, Q never appear
            sum += value * weights[i]
        }
        let check = sum % 11
        return characters[8] == (check == 10 ? "X" : Character(String(check)))
    }

    /// RFC 5321/5322 dot-atom local part and a domain with at least one dot.
    static func email(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/) != nil
    }
}
