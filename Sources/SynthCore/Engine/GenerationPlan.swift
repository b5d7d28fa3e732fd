/// A schema compiled for generation: one generator per column, the order that satisfies
/// dependencies (`after`, `{{field:...}}`), and the per-column options.
public struct GenerationPlan: Sendable {
    public struct Column: Sendable {
        public let name: String
        public let kind: OutputKind
        let generator: any ColumnGenerator
        let key: UInt64
        let nullRate: Double
    }

    public let columns: [Column]
    /// Column indexes in generation order (every column after the ones it reads).
    let order: [Int]
    public let locale: String
    public let now: Int64

    public var columnNames: [String] { columns.map(\.name) }

    /// Column fields as parallel arrays, for the row loop (no struct copies per cell).
    var generators: [any ColumnGenerator] { columns.map(\.generator) }
    var kinds: [OutputKind] { columns.map(\.kind) }
    /// Per column: values never need escaping (typed values, or plain-text generators).
    var plain: [Bool] { columns.map { $0.kind.isPlainText || $0.generator.producesPlainText } }
}
