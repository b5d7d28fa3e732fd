extension MethodCatalog {
    static let phoneMethods: [MethodSpec] = [
        MethodSpec(
            "phone.number", aliases: ["phone_number", "phone", "cellphone", "basic_phone_number", "cellphone_number", Alias("msisdn", presets: ["style": "e164"])],
            params: [.choice("style", ["national", "international", "e164"], "national"), entityParameter],
            doc: "Phone number valid for the locale, with an area code of the row's place (state or region), in national, international or E.164 style.", example: "(312) 555-0142"
        ) { args, context in
            let table = try context.locale().phones()
            let style = PhoneFormat.Style(rawValue: args.string("style", "national")) ?? .national
            let format = PhoneFormat(locale: context.localeCode)
            let places = try PlaceSource(context.locale())
            let regional = RegionalPhonePrefixes(phones: table, placeRegions: places.table.regionCode)
            let entity = args.entityKey
            return ClosureGenerator { random, row in
                let index = regional.pick(place: places.placeIndex(row, entity: entity), fallback: table.prefixes, &random)
                var digits = Array(table.prefixes.utf8(index))
                while digits.count < table.lengths[index] { digits.append(UInt8(48 + random.below(10))) }
                format.write(digits, style: style, to: row.cells)
            }
        },
        MethodSpec("phone.imei", aliases: ["imei"], doc: "IMEI: 14 digits and a Luhn check digit.", example: "490154203237518") { _, _ in
            ClosureGenerator { random, row in
                var digits = (0..<14).map { _ in UInt8(random.below(10)) }
                digits.append(luhnCheckDigit(digits))
                row.cells.append(digits.map { $0 + 48 })
            }
        },
    ]
}

/// Writes a national significant number the way the locale writes phone numbers.
struct PhoneFormat: Sendable {
    enum Style: String, Sendable { case national, international, e164 }
    let countryCode: String
    let trunkPrefix: String
    let groups: @Sendable (Int) -> [Int]

    init(locale: String) {
        switch locale {
        case "en_GB": countryCode = "44"; trunkPrefix = "0"; groups = { $0 == 10 ? [4, 6] : [$0] }
        case "de_DE": countryCode = "49"; trunkPrefix = "0"; groups = { $0 > 4 ? [3, $0 - 3] : [$0] }
        case "fr_FR": countryCode = "33"; trunkPrefix = "0"; groups = { $0 == 9 ? [1, 2, 2, 2, 2] : [$0] }
        case "es_ES": countryCode = "34"; trunkPrefix = ""; groups = { $0 == 9 ? [3, 3, 3] : [$0] }
        case "ja_JP": countryCode = "81"; trunkPrefix = "0"; groups = { $0 == 10 ? [2, 4, 4] : $0 == 9 ? [1, 4, 4] : [$0] }
        default: countryCode = "1"; trunkPrefix = ""; groups = { $0 == 10 ? [3, 3, 4] : [$0] }
        }
    }

    func write(_ digits: [UInt8], style: Style, to out: ByteBuffer) {
        switch style {
        case .e164:
            out.append("+" + countryCode)
            out.append(digits)
        case .international, .national:
            let parts = groups(digits.count)
            var start = 0
            if style == .international { out.append("+" + countryCode + " ") } else { out.append(trunkPrefix) }
            for (i, length) in parts.enumerated() {
                let end = min(start + length, digits.count)
                let piece = Array(digits[start..<end])
                if countryCode == "1" && style == .national {
                    // (NPA) NXX-XXXX
                    if i == 0 { out.append(UInt8(ascii: "(")); out.append(piece); out.append(") ") } else if i == 1 { out.append(piece); out.append(UInt8(ascii: "-")) } else { out.append(piece) }
                } else {
                    if i > 0 { out.append(UInt8(ascii: " ")) }
                    out.append(piece)
                }
                start = end
            }
        }
    }
}

/// The Luhn check digit for `digits` (values 0-9, most significant first).
func luhnCheckDigit(_ digits: [UInt8]) -> UInt8 {
    var sum = 0
    for (i, digit) in digits.reversed().enumerated() {
        var d = Int(digit)
        if i % 2 == 0 {
            d *= 2
            if d > 9 { d -= 9 }
        }
        sum += d
    }
    return UInt8((10 - sum % 10) % 10)
}
