import Synchronization
import SynthData

/// Loads the bundled data files on first use and keeps them: word lists, weighted tables
/// and locale data are parsed once per process, and only those a schema needs.
public final class ResourceStore: Sendable {
    public static let bundled = ResourceStore(reader: BundledData.text)

    private let reader: @Sendable (String) -> String?
    private let lists = Mutex<[String: WordList]>([:])
    private let tables = Mutex<[String: DataTable]>([:])
    private let locales = Mutex<[String: LocaleData]>([:])

    public init(reader: @escaping @Sendable (String) -> String?) {
        self.reader = reader
    }

    public func text(_ path: String) throws -> String {
        guard let text = reader(path) else { throw DataError("bundled data file \(path) is missing") }
        return text
    }

    /// Whether a bundled file exists (for optional per-locale files).
    public func contains(_ path: String) -> Bool { reader(path) != nil }

    /// A `.txt` list (one item per line) or a `.tsv` column (weighted by `weight` if present).
    public func list(_ path: String, column: String? = nil) throws -> WordList {
        let key = column.map { path + "#" + $0 } ?? path
        if let cached = lists.withLock({ $0[key] }) { return cached }
        let list: WordList
        if path.hasSuffix(".tsv") {
            let table = try self.table(path)
            let weights = table.header.contains("weight") ? try table.weights() : nil
            list = try table.wordList(column ?? table.header[0], weights: weights)
        } else {
            let items = try text(path).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            guard !items.isEmpty else { throw DataError("\(path): no items") }
            list = WordList(items)
        }
        lists.withLock { $0[key] = list }
        return list
    }

    public func table(_ path: String) throws -> DataTable {
        if let cached = tables.withLock({ $0[path] }) { return cached }
        let table = try DataTable(path: path, text: text(path))
        tables.withLock { $0[path] = table }
        return table
    }

    /// Names, places and phone formats of a locale such as `en_US`.
    public func locale(_ code: String) throws -> LocaleData {
        if let cached = locales.withLock({ $0[code] }) { return cached }
        guard reader("Resources/locales/\(code)/last_names.tsv") != nil else {
            throw DataError("unknown locale \"\(code)\" (available: \(availableLocales.joined(separator: ", ")))")
        }
        let data = LocaleData(code: code, store: self)
        locales.withLock { $0[code] = data }
        return data
    }

    public var availableLocales: [String] {
        BundledData.paths.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[0] == "Resources", parts[1] == "locales", parts[3] == "last_names.tsv" else { return nil }
            return String(parts[2])
        }
    }
}
