extension MethodCatalog {
    static let locationMethods: [MethodSpec] = [
        MethodSpec("location.streetAddress", aliases: ["street_address", Alias("address", presets: ["useFullAddress": true])], params: [.bool("useFullAddress", false, aliases: ["full"]), entityParameter],
                   doc: "Street address of the row's place, in the locale's format.", example: "1428 Maple Street") { args, context in
            let full = args.bool("useFullAddress", false)
            let secondary = full ? try context.list("location/secondary_address_formats.txt") : nil
            let table = try PlaceSource(context.locale()).table
            let cityLine = AddressFormat.CityLine(city: table.city, region: table.regionCode, postalCode: table.postalCode)
            return try placeGenerator(args, context) { source, place, random, row in
                AddressFormat.street(source, place, locale: context.localeCode, row.cells)
                if let secondary {
                    row.cells.append(", ")
                    writeFilled(secondary, &random, row.cells)
                    row.cells.append(", ")
                    cityLine.write(place.index, locale: context.localeCode, row.cells)
                }
            }
        },
        MethodSpec("location.street", aliases: ["street_name"], params: [entityParameter], doc: "Street name of the row's place.", example: "Maple Street") { args, context in
            try placeGenerator(args, context) { source, place, _, row in AddressFormat.streetName(source, place, row.cells) }
        },
        MethodSpec("location.buildingNumber", aliases: ["building_number"], params: [entityParameter], doc: "House number of the row's place.", example: "1428") { args, context in
            try placeGenerator(args, context) { _, place, _, row in row.cells.append(int: Int64(place.buildingNumber)) }
        },
        MethodSpec("location.secondaryAddress", aliases: ["secondary_address"], doc: "Apartment or suite.", example: "Apt. 402") { _, context in
            let formats = try context.list("location/secondary_address_formats.txt")
            return ClosureGenerator { random, row in writeFilled(formats, &random, row.cells) }
        },
        MethodSpec("location.city", aliases: ["city", "city_name", "town"], params: [entityParameter], doc: "City of the row's place (weighted by population).", example: "Chicago") { args, context in
            try placeColumn(args, context) { $0.city }
        },
        MethodSpec("location.state", aliases: ["state", Alias("state_abbr", presets: ["abbreviated": true]), "state_name", "province", "region", "administrative_unit", "prefecture", "autonomous_community"], params: [.bool("abbreviated", false, aliases: ["abbr"]), entityParameter],
                   doc: "State or region of the row's place.", example: "Illinois") { args, context in
            let abbreviated = args.bool("abbreviated", false)
            return try placeColumn(args, context) { abbreviated ? $0.regionCode : $0.regionName }
        },
        MethodSpec(
            "location.zipCode", aliases: ["zipcode", "zip_code", "postcode", "postalcode", "zip", Alias("zipcode_plus4", presets: ["plus4": true]), Alias("postalcode_plus4", presets: ["plus4": true])],
            params: [.bool("plus4", false, doc: "add a ZIP+4 add-on code (-NNNN)"), entityParameter], doc: "Postal code of the row's place.", example: "60614"
        ) { args, context in
            let column = try placeColumn(args, context) { $0.postalCode }
            guard args.bool("plus4", false) else { return column }
            return ClosureGenerator { random, row in
                column.write(&random, row)
                row.cells.append(UInt8(ascii: "-"))
                row.cells.append(digitsOf: 1 + random.below(UInt64(9999)), minimumWidth: 4)
            }
        },
        MethodSpec("location.county", aliases: ["county"], params: [entityParameter], doc: "County of the row's place.", example: "Cook County") { args, context in
            try placeColumn(args, context) { $0.county }
        },
        MethodSpec("location.latitude", aliases: ["latitude", "lat"], kind: .decimal, params: [.number("min"), .number("max"), .int("precision", 4), entityParameter],
                   doc: "Latitude near the row's place, or uniform in min..max when given.", example: "41.9214") { args, context in
            try coordinate(&args, context, latitude: true)
        },
        MethodSpec("location.longitude", aliases: ["longitude", "lng", "lon"], kind: .decimal, params: [.number("min"), .number("max"), .int("precision", 4), entityParameter],
                   doc: "Longitude near the row's place, or uniform in min..max when given.", example: "-87.6468") { args, context in
            try coordinate(&args, context, latitude: false)
        },
        MethodSpec("location.timeZone", aliases: ["timezone", "time_zone"], params: [entityParameter], doc: "IANA time zone of the row's place.", example: "America/Chicago") { args, context in
            try placeColumn(args, context) { $0.timeZone }
        },
        MethodSpec("location.country", aliases: ["country"], doc: "Country name (ISO 3166).", example: "Portugal") { _, context in
            listGenerator(WordList(try context.table("codes/countries.tsv").values("name")))
        },
        MethodSpec("location.countryCode", aliases: ["country_code"], params: [.choice("variant", ["alpha-2", "alpha-3", "numeric"], "alpha-2")], doc: "ISO 3166-1 country code.", example: "PT") { args, context in
            let column = args.string("variant") == "alpha-3" ? "alpha3" : args.string("variant") == "numeric" ? "numeric" : "alpha2"
            return listGenerator(WordList(try context.table("codes/countries.tsv").values(column)))
        },
        MethodSpec("location.direction", params: [.bool("abbreviated", false)], doc: "Compass direction.", example: "North East") { _, context in
            listGenerator(try context.list("location/directions.txt"))
        },
        MethodSpec("location.continent", doc: "Continent name.", example: "Europe") { _, context in
            listGenerator(try context.list("location/continents.txt"))
        },
    ]

    static func placeGenerator(
        _ args: Arguments, _ context: BuildContext,
        _ write: @escaping @Sendable (PlaceSource, Place, inout CellRandom, RowState) -> Void
    ) throws -> any ColumnGenerator {
        let source = try PlaceSource(context.locale())
        let entity = args.entityKey
        return ClosureGenerator { random, row in
            write(source, source.place(row, entity: entity), &random, row)
        }
    }

    /// A column that is one field of the row's place (one draw: the place's index).
    static func placeColumn(_ args: Arguments, _ context: BuildContext, _ field: (PlaceTable) -> WordList) throws -> any ColumnGenerator {
        let source = try PlaceSource(context.locale())
        let list = field(source.table)
        let entity = args.entityKey
        return ClosureGenerator(plain: list.isPlainText) { _, row in
            list.write(source.placeIndex(row, entity: entity), to: row.cells)
        }
    }

    static func coordinate(_ args: inout Arguments, _ context: BuildContext, latitude: Bool) throws -> any ColumnGenerator {
        let precision = Int(args.int("precision", 4))
        if precision < 0 || precision > 8 { args.problem("precision must be from 0 to 8") }
        let limit = latitude ? 90.0 : 180.0
        if args.has("min") || args.has("max") {
            let low = args.double("min", -limit), high = args.double("max", limit)
            if low < -limit || high > limit { args.problem("\(latitude ? "latitude" : "longitude") must be within ±\(Int(limit))") }
            return try decimalGenerator(&args, lower: low, upper: high, digits: max(0, min(precision, 8)))
        }
        let scale = Double(pow10(max(0, min(precision, 8))))
        let digits = max(0, min(precision, 8))
        let centres = try PlaceSource(context.locale()).table
        let bases = latitude ? centres.latitude : centres.longitude
        return try placeGenerator(args, context) { _, place, _, row in
            // Within about 2 km of the place's centre, so points stay in its town.
            var jitter = CellRandom(seed: place.salt, row: latitude ? 1 : 2, key: 0)
            let base = bases[place.index]
            let value = min(max(base + (jitter.unit() - 0.5) * 0.03, -limit), limit)
            row.cells.append(fixed: Int64((value * scale).rounded()), decimals: digits)
        }
    }

    static func pow10(_ n: Int) -> Int64 { (0..<n).reduce(1) { r, _ in r * 10 } }
}

/// Fills `#` with digits in a random format line ("Apt. ###").
func writeFilled(_ formats: WordList, _ random: inout CellRandom, _ out: ByteBuffer) {
    for byte in formats.utf8(formats.pick(&random)) {
        out.append(byte == UInt8(ascii: "#") ? UInt8(48 + random.below(10)) : byte)
    }
}

/// How each locale writes a street line and a city line.
enum AddressFormat {
    static func streetName(_ source: PlaceSource, _ place: Place, _ out: ByteBuffer) {
        source.streets.write(place.street, to: out)
        if !source.types.utf8(place.streetType).isEmpty {
            out.append(UInt8(ascii: " "))
            source.types.write(place.streetType, to: out)
        }
    }

    static func street(_ source: PlaceSource, _ place: Place, locale: String, _ out: ByteBuffer) {
        let number = Int64(place.buildingNumber % (locale == "en_US" ? 100_000 : 300))
        switch locale {
        case "de_DE", "es_ES":
            streetName(source, place, out)
            out.append(locale == "es_ES" ? ", " : " ")
            out.append(int: max(number, 1))
        case "fr_FR":
            out.append(int: max(number, 1))
            out.append(UInt8(ascii: " "))
            streetName(source, place, out)
        case "ja_JP":
            streetName(source, place, out)
            out.append(int: 1 + number % 9)
            out.append("-")
            out.append(int: 1 + number % 30)
        default:
            out.append(int: max(number, 1))
            out.append(UInt8(ascii: " "))
            streetName(source, place, out)
        }
    }

    /// "Chicago, IL 60614" (US), "Leeds LS1 4AP" (GB), "75011 Paris" (elsewhere).
    struct CityLine: Sendable {
        let city: WordList
        let region: WordList
        let postalCode: WordList

        func write(_ index: Int, locale: String, _ out: ByteBuffer) {
            switch locale {
            case "en_US":
                city.write(index, to: out)
                out.append(", ")
                region.write(index, to: out)
                out.append(" ")
                postalCode.write(index, to: out)
            case "en_GB":
                city.write(index, to: out)
                out.append(" ")
                postalCode.write(index, to: out)
            default:
                postalCode.write(index, to: out)
                out.append(" ")
                city.write(index, to: out)
            }
        }
    }
}
