/// Everything a run needs besides the schema.
public struct GenerationOptions: Sendable {
    public var rows: UInt64
    public var seed: UInt64
    public var format: OutputFormat = .csv
    public var threads: Int = 1
    /// Part `index` of `count` (1-based), or nil for all rows.
    public var shard: (index: UInt64, count: UInt64)?
    /// Reference "now" for relative dates, seconds since 1970 UTC.
    public var now: Int64
    public var locale: String?

    public init(rows: UInt64, seed: UInt64, now: Int64) {
        self.rows = rows
        self.seed = seed
        self.now = now
    }

    /// The rows this run writes: all of them, or its shard's part.
    public var range: Range<UInt64> {
        guard let shard else { return 0..<rows }
        return shardRange(rows: rows, index: shard.index, count: shard.count)
    }

    /// Only the first part (or the whole run) carries the header line.
    public var writesHeader: Bool { shard == nil || shard?.index == 1 }
}

/// Compiles a schema and streams its rows to an output: the one path the CLI and the
/// service share.
public enum GenerationJob {
    /// Validates everything before the first byte is written: a bad schema writes nothing.
    public static func prepare(_ schema: Schema, options: GenerationOptions, compiler: SchemaCompiler? = nil, earlier: [SchemaDiagnostic] = []) throws -> RowEngine {
        let compiler = compiler ?? SchemaCompiler(now: options.now)
        let plan = try compiler.compile(schema, rows: options.rows, locale: options.locale, earlier: earlier)
        return RowEngine(plan: plan, format: options.format, seed: options.seed)
    }

    /// Parses and compiles schema text, reporting shape and catalog problems together.
    public static func prepare(schemaText: String, options: GenerationOptions) throws -> RowEngine {
        let (schema, problems) = try SchemaParser.parseCollecting(schemaText)
        return try prepare(schema, options: options, earlier: problems)
    }

    public static func run(
        _ engine: RowEngine, options: GenerationOptions, write: (UnsafeRawBufferPointer) throws -> Void,
        progress: ((UInt64) -> Void)? = nil
    ) throws {
        if options.writesHeader {
            try engine.header.withUnsafeBytes { try write($0) }
        }
        try engine.run(options.range, threads: options.threads, write: write, progress: progress)
    }
}
