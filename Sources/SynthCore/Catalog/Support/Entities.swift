/// The row's person: every `person.*`, `internet.email` and `internet.userName` column of a
/// row draws it from the same stream, so they describe one person.
public struct Person {
    public let female: Bool
    public let first: Int
    public let middle: Int
    public let last: Int
    /// Extra draws for per-person choices (email style, digits).
    public let salt: UInt64

    static let key = streamKey("\u{0}person")
}

/// Names of a locale, and the person drawn for a row.
public struct PersonNames: Sendable {
    public let female: WordList
    public let male: WordList
    public let last: WordList

    public init(_ locale: LocaleData) throws {
        female = try locale.firstNames(female: true)
        male = try locale.firstNames(female: false)
        last = try locale.lastNames()
    }

    /// The names as lowercase ASCII for e-mail addresses and user names: folded
    /// (Müller -> mueller) or, for names in another script, their romanized spelling.
    func asciiNames(_ locale: LocaleData) throws -> (female: FoldedList, male: FoldedList, last: FoldedList) {
        let romanized = try locale.romanizedNames()
        func fold(_ list: WordList) -> FoldedList {
            romanized.isEmpty ? FoldedList(list) : FoldedList(WordList(list.items.map { romanized[$0] ?? $0 }))
        }
        return (fold(female), fold(male), fold(last))
    }

    public func firstNames(_ person: Person) -> WordList { person.female ? female : male }

    @inline(__always)
    public func person(_ row: RowState, entity: UInt64) -> Person {
        var random = row.entityRandom(Person.key ^ entity)
        let female = random.next() & 1 == 0
        let names = female ? self.female : male
        let first = names.pick(&random)
        var middle = names.pick(&random)
        if middle == first { middle = names.pick(&random) }
        return Person(female: female, first: first, middle: middle, last: last.pick(&random), salt: random.next())
    }
}

/// The row's place: street address, city, region, postal code, county, coordinates and
/// time zone of every `location.*` column of a row come from one real place.
public struct Place {
    public let index: Int
    public let buildingNumber: Int
    public let street: Int
    public let streetType: Int
    public let salt: UInt64

    static let key = streamKey("\u{0}place")
}

public struct PlaceSource: Sendable {
    static let numberLengths = [1, 2, 3, 3, 4, 4, 5]
    public let table: PlaceTable
    public let streets: WordList
    public let types: WordList

    public init(_ locale: LocaleData) throws {
        table = try locale.places()
        streets = try locale.streetNames()
        types = try locale.streetTypes()
    }

    /// Only the place's row in the gazetteer (city, region, postal code, ...): one draw.
    @inline(__always)
    public func placeIndex(_ row: RowState, entity: UInt64) -> Int {
        var random = row.entityRandom(Place.key ^ entity)
        return table.pick(&random)
    }

    @inline(__always)
    public func place(_ row: RowState, entity: UInt64) -> Place {
        var random = row.entityRandom(Place.key ^ entity)
        let index = table.pick(&random)
        // Mostly 2-4 digit house numbers, sometimes 5, like real addresses.
        let digits = Self.numberLengths[random.below(7)]
        var number = 1 + random.below(9)
        for _ in 1..<digits { number = number * 10 + random.below(10) }
        return Place(index: index, buildingNumber: number, street: streets.pick(&random), streetType: types.pick(&random), salt: random.next())
    }
}

/// Optional `entity` parameter: columns with different entity names describe different
/// people (or places) in the same row.
let entityParameter = ParameterSpec.string("entity", doc: "name of the person/place this column describes; columns sharing it agree")

extension Arguments {
    var entityKey: UInt64 { string("entity").map { streamKey($0) } ?? 0 }
}
