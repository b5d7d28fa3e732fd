/// The closed set of methods a schema may name, looked up by canonical name, alias,
/// `faker.` prefix or snake_case spelling.
public struct MethodCatalog: Sendable {
    public typealias Alias = MethodSpec.Alias

    public let methods: [MethodSpec]
    private let index: [String: (method: Int, presets: [String: JSONValue])]

    public static let standard = MethodCatalog(modules: [
        personMethods, internetMethods, phoneMethods, locationMethods, commerceMethods, companyMethods,
        financeMethods, dateMethods, numberMethods, stringMethods, datatypeMethods, loremMethods, helpersMethods,
        vehicleMethods, airlineMethods, animalMethods, colorMethods, databaseMethods, gitMethods, hackerMethods,
        imageMethods, musicMethods, scienceMethods, systemMethods, wordMethods,
        locationExtraMethods, internetExtraMethods, numberFormatMethods, stringExtraMethods, financeExtraMethods,
        dateExtraMethods, helpersArrayMethods, keyMethods,
    ])

    public init(modules: [[MethodSpec]]) {
        methods = modules.flatMap { $0 }.sorted { $0.name < $1.name }
        var index: [String: (Int, [String: JSONValue])] = [:]
        for (i, method) in methods.enumerated() {
            precondition(index[normalizedName(method.name)] == nil, "duplicate method \(method.name)")
            index[normalizedName(method.name)] = (i, [:])
        }
        for (i, method) in methods.enumerated() {
            for alias in method.aliases {
                let key = normalizedName(alias.name)
                // Canonical names win over aliases; the first alias wins over later ones.
                if index[key] == nil { index[key] = (i, alias.presets) }
            }
        }
        self.index = index
    }

    /// The method and the presets of the alias the name used.
    public func lookup(_ name: String) -> (method: MethodSpec, presets: [String: JSONValue])? {
        guard let entry = index[normalizedName(name)] else { return nil }
        return (methods[entry.method], entry.presets)
    }

    public func method(_ name: String) -> MethodSpec? { lookup(name)?.method }

    /// Up to three known names closest to `name`, for "did you mean".
    public func suggestions(for name: String) -> [String] {
        let target = normalizedName(name)
        var scored: [(String, Int)] = []
        for method in methods {
            for candidate in [method.name] + method.aliases.map(\.name) {
                let distance = editDistance(target, normalizedName(candidate))
                // The method part alone also counts: "person.fristName" vs "firstName".
                let tail = normalizedName(String(candidate.split(separator: ".").last ?? ""))
                let tailDistance = editDistance(String(target.split(separator: ".").last ?? ""), tail)
                scored.append((candidate, min(distance, tailDistance + 1)))
            }
        }
        let limit = max(2, target.count / 3)
        var seen = Set<String>()
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .compactMap { seen.insert($0.0).inserted ? $0.0 : nil }.prefix(3).map { $0 }
    }
}

/// Levenshtein distance, for suggestions.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8), b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
