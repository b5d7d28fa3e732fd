import Synchronization

/// The data of one locale (`Resources/locales/<code>/`), each table loaded on first use.
public final class LocaleData: Sendable {
    public let code: String
    private let store: ResourceStore
    private let placeCache = Mutex<PlaceTable?>(nil)
    private let phoneCache = Mutex<PhoneTable?>(nil)

    init(code: String, store: ResourceStore) {
        self.code = code
        self.store = store
    }

    private func path(_ file: String) -> String { "Resources/locales/\(code)/\(file)" }

    public func firstNames(female: Bool) throws -> WordList {
        try store.list(path(female ? "first_names_female.tsv" : "first_names_male.tsv"))
    }

    public func lastNames() throws -> WordList { try store.list(path("last_names.tsv")) }

    public func streetNames() throws -> WordList { try store.list(path("street_names.txt")) }

    /// Street types ("Street", "Road") with their weights; empty names mean none (types
    /// are part of the street names in that locale).
    public func streetTypes() throws -> WordList { try store.list(path("street_types.tsv")) }

    public func places() throws -> PlaceTable {
        try placeCache.withLock { cache in
            if let cache { return cache }
            let table = try PlaceTable(try store.table(path("places.tsv")))
            cache = table
            return table
        }
    }

    public func phones() throws -> PhoneTable {
        try phoneCache.withLock { cache in
            if let cache { return cache }
            let table = try PhoneTable(try store.table(path("phone_prefixes.tsv")))
            cache = table
            return table
        }
    }
}

/// Real places that go together (postal code, city, region, county, coordinates, zone),
/// picked by weight (population), one per row.
public final class PlaceTable: Sendable {
    public let postalCode: WordList
    public let city: WordList
    public let regionCode: WordList
    public let regionName: WordList
    public let county: WordList
    public let timeZone: WordList
    public let latitude: [Double]
    public let longitude: [Double]
    let sampler: AliasSampler

    init(_ table: DataTable) throws {
        func column(_ name: String) throws -> WordList { try table.wordList(name) }
        postalCode = try column("postal_code")
        city = try column("city")
        regionCode = try column("region_code")
        regionName = try column("region_name")
        county = try column("county")
        timeZone = try column("time_zone")
        latitude = try table.numbers("latitude")
        longitude = try table.numbers("longitude")
        sampler = AliasSampler(weights: try table.weights())
    }

    public var count: Int { latitude.count }

    @inline(__always)
    public func pick(_ random: inout CellRandom) -> Int { sampler.sample(&random) }
}

/// Phone number prefixes whose random completion is a valid number for the locale.
public final class PhoneTable: Sendable {
    public let prefixes: WordList
    public let lengths: [Int]
    public let regions: [String]

    init(_ table: DataTable) throws {
        prefixes = try table.wordList("prefix", weights: try table.weights())
        lengths = try table.numbers("length", fallback: 10).map { Int($0) }
        regions = try table.values("region_code")
    }
}
