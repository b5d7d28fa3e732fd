/// Phone prefixes grouped by the region of the row's place, so a phone number's area code
/// belongs to the row's state (a Chicago address gets a 312 or 773 number, not 608).
/// Prefixes without a region (mobile ranges outside the US) join every region's pool
/// with their own weights, so the share of mobile numbers stays what the table says.
struct RegionalPhonePrefixes: @unchecked Sendable {
    // Read-only after init.
    private let pools: [(sampler: AliasSampler, prefixes: [Int])]
    /// Pool of each place (by place index), or -1 where the region has no area code.
    private let poolOfPlace: [Int32]
    /// Frees the pools' samplers with the generator that holds this (built per request).
    let owner: RawMemoryOwner

    init(phones: PhoneTable, placeRegions: WordList) {
        let regionsWithPlaces = Set(placeRegions.items)
        var geographic: [String: [Int]] = [:]
        var shared: [Int] = []
        for (i, region) in phones.regions.enumerated() {
            if regionsWithPlaces.contains(region) { geographic[region, default: []].append(i) } else { shared.append(i) }
        }
        let geographicTotal = geographic.values.joined().reduce(0.0) { $0 + phones.weights[$1] }
        var pools: [(AliasSampler, [Int])] = []
        var poolOfRegion: [String: Int32] = [:]
        for (region, members) in geographic.sorted(by: { $0.key < $1.key }) {
            // The region's area codes stand for all geographic numbers of the country.
            let scale = geographicTotal / members.reduce(0.0) { $0 + phones.weights[$1] }
            let weights = members.map { phones.weights[$0] * scale } + shared.map { phones.weights[$0] }
            poolOfRegion[region] = Int32(pools.count)
            pools.append((AliasSampler(weights: weights), members + shared))
        }
        self.pools = pools
        owner = RawMemoryOwner(samplers: pools.map(\.0))
        poolOfPlace = placeRegions.items.map { poolOfRegion[$0] ?? -1 }
    }

    /// Index of a prefix in the phone table for a number of the place `place`.
    @inline(__always)
    func pick(place: Int, fallback: WordList, _ random: inout CellRandom) -> Int {
        let pool = poolOfPlace[place]
        if pool < 0 { return fallback.pick(&random) }
        let entry = pools[Int(pool)]
        return entry.prefixes[entry.sampler.sample(&random)]
    }
}
