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

    /// Latin spellings of names written in another script (ja_JP kanji), for e-mail
    /// addresses and user names; empty for locales whose names are already Latin.
    public func romanizedNames() throws -> [String: String] {
        let file = path("romanized_names.tsv")
        guard store.contains(file) else { return [:] }
        let table = try store.table(file)
        return Dictionary(zip(try table.values("name"), try table.values("romanized")), uniquingKeysWith: { first, _ in first })
    }

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
/// picked by weight (population), one per row. Columns are built on first use, so a
/// schema with only `location.city` does not pay for the rest (time to first byte).
public final class PlaceTable: Sendable {
    let table: DataTable
    let sampler: AliasSampler
    private let lists = Mutex<[String: WordList]>([:])
    private let numbers = Mutex<[String: [Double]]>([:])

    init(_ table: DataTable) throws {
        self.table = table
        for column in ["postal_code", "city", "region_code", "region_name", "county", "time_zone", "latitude", "longitude"] {
            _ = try table.column(column)
        }
        sampler = AliasSampler(weights: try table.weights())
    }

    deinit { sampler.deallocate() }

    private func list(_ name: String) -> WordList {
        lists.withLock { cache in
            if let list = cache[name] { return list }
            // The column was checked in init, so this cannot fail.
            let list = try! table.wordList(name)
            cache[name] = list
            return list
        }
    }

    private func values(_ name: String) -> [Double] {
        numbers.withLock { cache in
            if let values = cache[name] { return values }
            let values = try! table.numbers(name)
            cache[name] = values
            return values
        }
    }

    public var postalCode: WordList { list("postal_code") }
    public var city: WordList { list("city") }
    public var regionCode: WordList { list("region_code") }
    public var regionName: WordList { list("region_name") }
    public var county: WordList { list("county") }
    public var timeZone: WordList { list("time_zone") }
    public var latitude: [Double] { values("latitude") }
    public var longitude: [Double] { values("longitude") }

    public var count: Int { table.rowCount }

    @inline(__always)
    public func pick(_ random: inout CellRandom) -> Int { sampler.sample(&random) }
}

/// Phone number prefixes whose random completion is a valid number for the locale.
public final class PhoneTable: Sendable {
    public let prefixes: WordList
    public let lengths: [Int]
    /// The region (state) whose area code each prefix is, or "mobile"/"" when it has none.
    public let regions: [String]
    public let weights: [Double]

    init(_ table: DataTable) throws {
        weights = try table.weights()
        prefixes = try table.wordList("prefix", weights: weights)
        lengths = try table.numbers("length", fallback: 10).map { Int($0) }
        regions = try table.values("region_code")
    }
}
