/// What a method's builder may use: the data store, the schema's locale, the reference
/// time for relative dates, and the column it builds.
public struct BuildContext: Sendable {
    public let store: ResourceStore
    public let localeCode: String
    /// "Now" for relative dates (`date.past`), in seconds since 1970 UTC. Fixed per run so
    /// the output is reproducible.
    public let now: Int64
    public let columnName: String
    /// Key of this column's random stream (a template part uses a derived one).
    public let columnKey: UInt64

    public func locale() throws -> LocaleData { try store.locale(localeCode) }

    public func list(_ path: String, column: String? = nil) throws -> WordList {
        try store.list("Resources/vocab/" + path, column: column)
    }

    public func table(_ path: String) throws -> DataTable {
        try store.table("Resources/" + path)
    }
}
