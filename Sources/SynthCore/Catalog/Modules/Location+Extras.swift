#if canImport(Glibc)
import Glibc
#endif

extension MethodCatalog {
    /// Location methods beyond the row's address: directions, languages, points near a place.
    static let locationExtraMethods: [MethodSpec] = [
        MethodSpec("location.cardinalDirection", params: [.bool("abbreviated", false)], doc: "North, East, South or West.", example: "North") { args, context in
            listGenerator(try context.list("location/cardinal_directions.tsv", column: args.bool("abbreviated", false) ? "abbreviation" : "name"))
        },
        MethodSpec("location.ordinalDirection", params: [.bool("abbreviated", false)], doc: "Northeast, Northwest, Southeast or Southwest.", example: "Northeast") { args, context in
            listGenerator(try context.list("location/ordinal_directions.tsv", column: args.bool("abbreviated", false) ? "abbreviation" : "name"))
        },
        MethodSpec(
            "location.language", aliases: [Alias("language_name"), Alias("language_code", presets: ["variant": "alpha-2"])],
            params: [.choice("variant", ["name", "alpha-2", "alpha-3"], "name")], doc: "ISO 639 language: English name or code.", example: "Portuguese"
        ) { args, context in
            let column = ["alpha-2": "alpha2", "alpha-3": "alpha3"][args.string("variant", "name")] ?? "name"
            return listGenerator(try context.list("location/languages.tsv", column: column))
        },
        MethodSpec("location.streetSuffix", aliases: ["street_suffix"], params: [entityParameter], doc: "Street type of the row's place (Street, Avenue, ...).", example: "Avenue") { args, context in
            try placeGenerator(args, context) { source, place, _, row in source.types.write(place.streetType, to: row.cells) }
        },
        MethodSpec(
            "location.zipCodeByState", aliases: ["zipcode_in_state", "postcode_in_state", "postalcode_in_state"],
            params: [.string("state", aliases: ["state_abbr"], doc: "region code, e.g. IL; the row's place when not given"), entityParameter],
            doc: "Postal code of a real place in the given state (or of the row's place).", example: "60614"
        ) { args, context in
            let table = try PlaceSource(context.locale()).table
            guard let state = args.string("state")?.uppercased() else { return try placeColumn(args, context) { $0.postalCode } }
            let regions = table.regionCode.items
            let members = regions.indices.filter { regions[$0] == state }
            if members.isEmpty { args.problem("no places in state \"\(state)\""); return IntRangeGenerator(lower: 0, upper: 0) }
            let codes = table.postalCode
            return ClosureGenerator(plain: codes.isPlainText) { random, row in codes.write(members[random.below(members.count)], to: row.cells) }
        },
        MethodSpec(
            "location.nearbyGPSCoordinate", kind: .string,
            params: [.number("latitude", doc: "origin; the row's place when not given"), .number("longitude"), .number("radius", 10, doc: "kilometres"), .int("precision", 4), entityParameter],
            doc: "\"latitude,longitude\" within `radius` km of the origin (the row's place by default).", example: "41.9214,-87.6468"
        ) { args, context in
            let radius = args.double("radius", 10), digits = Int(args.int("precision", 4))
            if radius <= 0 || radius > 1000 { args.problem("radius must be above 0 and at most 1000 km") }
            if digits < 0 || digits > 8 { args.problem("precision must be from 0 to 8") }
            let fixed = args.double("latitude").flatMap { lat in args.double("longitude").map { (lat, $0) } }
            if args.has("latitude") != args.has("longitude") { args.problem("give both latitude and longitude, or neither") }
            let table = try PlaceSource(context.locale()).table
            let latitudes = table.latitude, longitudes = table.longitude
            let scale = pow(10, Double(max(0, min(digits, 8))))
            let places = try PlaceSource(context.locale()), entity = args.entityKey
            // Not plain: the comma needs quoting in CSV.
            return ClosureGenerator { random, row in
                let origin = fixed ?? { let i = places.placeIndex(row, entity: entity); return (latitudes[i], longitudes[i]) }()
                // Uniform over the disc: distance grows with the square root of a uniform draw.
                let distance = radius * random.unit().squareRoot(), bearing = random.unit() * 2 * Double.pi
                let latitude = min(max(origin.0 + distance * cos(bearing) / 111.32, -90), 90)
                let longitude = origin.1 + distance * sin(bearing) / (111.32 * max(cos(origin.0 * Double.pi / 180), 0.01))
                let wrapped = longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude
                row.cells.append(fixed: Int64((latitude * scale).rounded()), decimals: digits)
                row.cells.append(UInt8(ascii: ","))
                row.cells.append(fixed: Int64((wrapped * scale).rounded()), decimals: digits)
            }
        },
    ]
}
