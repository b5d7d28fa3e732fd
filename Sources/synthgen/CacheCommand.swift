import ArgumentParser
import Foundation
import SchemaResolution
import SynthCore

/// `--data-dir`, shared by the cache subcommands.
struct CacheLocation: ParsableArguments {
    @Option(name: .long, help: "Data directory (env SYNTHGEN_DATA_DIR).")
    var dataDir: String?

    func resolver() throws -> (Resolver, LearnedCache) {
        var setup = ResolverSetup()
        setup.dataDirectory = dataDir
        setup.offline = true
        let (resolver, warnings) = try setup.make()
        for warning in warnings { stderr("warning: \(warning)\n") }
        guard let cache = resolver.cache else { throw ValidationError("no learned cache in \(setup.resolvedDataDirectory)") }
        return (resolver, cache)
    }

    func entry(_ key: String, in cache: LearnedCache) throws -> CacheEntry {
        guard let entry = cache.entry(key: key) else { throw ValidationError("no cache entry with key \(key) (give the full key or 6+ leading characters)") }
        return entry
    }
}

extension Synthgen {
    struct Cache: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Curate the learned cache: schemas the LLM designed or people saved.",
            subcommands: [List.self, Show.self, Export.self, Import.self, Promote.self, Prune.self, Bench.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Every entry, most recently used first.")
            @OptionGroup var location: CacheLocation
            @Flag(name: .long, help: "One JSON object per line.") var json = false

            func run() throws {
                let (_, cache) = try location.resolver()
                let entries = cache.entries()
                if json { return print(CacheExport.jsonLines(entries), terminator: "") }
                for entry in entries {
                    let columns = entry.columnNames
                    print("\(entry.key.prefix(12))  \(entry.source.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(entry.hits).padding(toLength: 5, withPad: " ", startingAt: 0)) \(Synthgen.Generate.dateText(entry.lastUsed))  \(columns.count) cols  \(entry.description.isEmpty ? "(imported by hash)" : entry.description)")
                }
                print("\(entries.count) entries in \(cache.journal.path)")
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "One entry with its schema.")
            @OptionGroup var location: CacheLocation
            @Argument(help: "Key or its first 6+ characters.") var key: String

            func run() throws {
                let (_, cache) = try location.resolver()
                print(CacheExport.jsonLines([try location.entry(key, in: cache)]).dropLast().description.prettyJSON)
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Write the entries as a rule file (rules), the original design's schemas.json (schemas-json), or JSON lines.")
            @OptionGroup var location: CacheLocation
            @Option(name: .long, help: "rules, schemas-json or jsonl.") var format = "rules"
            @Option(name: .long, help: "Only entries from this source: llm, user or promoted.") var source: String?
            @Option(name: [.short, .long], help: "Output file (standard output when omitted).") var output: String?

            func run() throws {
                let (_, cache) = try location.resolver()
                var entries = cache.entries().sorted { $0.created != $1.created ? $0.created < $1.created : $0.key < $1.key }
                if let source {
                    guard let wanted = CacheEntry.Source(rawValue: source) else { throw ValidationError("--source must be llm, user or promoted") }
                    entries = entries.filter { $0.source == wanted }
                }
                let text: String
                switch format {
                case "rules": text = CacheExport.ruleFile(entries, date: Synthgen.Generate.dateText(Synthgen.Generate.today()))
                case "schemas-json": text = CacheExport.schemasJSON(entries) + "\n"
                case "jsonl": text = CacheExport.jsonLines(entries)
                default: throw ValidationError("--format must be rules, schemas-json or jsonl")
                }
                try writeText(text, to: output)
            }
        }

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Read schemas.json (hash or description -> schema) or exported JSON lines; every schema is validated first.")
            @OptionGroup var location: CacheLocation
            @Argument(help: "File to read, or - for standard input.") var file: String

            func run() throws {
                let (resolver, cache) = try location.resolver()
                let text = try Synthgen.Generate.readSchema(file)
                let today = Synthgen.Generate.today()
                let report = try cache.importEntries(text: text, normalize: resolver.matcher.normalizedKeyText) { schema in
                    do {
                        let (parsed, problems) = try SchemaParser.parseCollecting(schema)
                        _ = try GenerationJob.prepare(parsed, options: GenerationOptions(rows: 1, seed: 1, now: today), earlier: problems)
                        return nil
                    } catch let error as SchemaError {
                        return error.diagnostics.map(\.description).joined(separator: "; ")
                    } catch {
                        return "\(error)"
                    }
                }
                for problem in report.problems { stderr("skipped: \(problem)\n") }
                print("imported \(report.imported) entries, skipped \(report.problems.count)")
                if report.imported == 0 && !report.problems.isEmpty { throw ExitCode(2) }
            }
        }

        struct Promote: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Mark an entry reviewed and write it as a rule file for rules/.")
            @OptionGroup var location: CacheLocation
            @Argument(help: "Key or its first 6+ characters.") var key: String
            @Option(name: [.short, .long], help: "Rule file to write (standard output when omitted), e.g. rules/learned/NAME.yaml.") var output: String?

            func run() throws {
                let (_, cache) = try location.resolver()
                let entry = try location.entry(key, in: cache)
                try writeText(CacheExport.ruleFile([entry], date: Synthgen.Generate.dateText(Synthgen.Generate.today())), to: output)
                _ = try cache.promote(key: entry.key)
                stderr("promoted \(entry.key.prefix(12)) as rule \(CacheExport.ruleID(entry))\n")
            }
        }

        struct Prune: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Drop entries and compact the cache file. Say which: --key, --unused-days, --max-hits, --source or --all.")
            @OptionGroup var location: CacheLocation
            @Option(name: .long, help: "Drop this entry.") var key: String?
            @Option(name: .long, help: "Drop entries not used for this many days.") var unusedDays: Int?
            @Option(name: .long, help: "Drop entries with at most this many hits.") var maxHits: Int?
            @Option(name: .long, help: "Only entries from this source: llm, user or promoted.") var source: String?
            @Flag(name: .long, help: "Drop every entry.") var all = false
            @Flag(name: .long, help: "List what would go; change nothing.") var dryRun = false

            func run() throws {
                guard all || key != nil || unusedDays != nil || maxHits != nil || source != nil else {
                    throw ValidationError("say what to prune: --key, --unused-days, --max-hits, --source or --all")
                }
                let wanted = try source.map { name -> CacheEntry.Source in
                    guard let value = CacheEntry.Source(rawValue: name) else { throw ValidationError("--source must be llm, user or promoted") }
                    return value
                }
                let (_, cache) = try location.resolver()
                let fullKey = try key.map { try location.entry($0, in: cache).key }
                let cutoff = Int64(Date().timeIntervalSince1970) - Int64(unusedDays ?? 0) * 86_400
                let drop: (CacheEntry) -> Bool = { entry in
                    if all { return true }
                    if let fullKey, entry.key != fullKey { return false }
                    if let wanted, entry.source != wanted { return false }
                    if unusedDays != nil, entry.lastUsed > cutoff { return false }
                    if let maxHits, entry.hits > maxHits { return false }
                    return true
                }
                let dropped = dryRun ? cache.entries().filter(drop) : try cache.prune(where: drop)
                for entry in dropped { print("\(dryRun ? "would drop" : "dropped") \(entry.key.prefix(12))  \(entry.description)") }
                print("\(dropped.count) entries \(dryRun ? "would be " : "")dropped, \(cache.count - (dryRun ? dropped.count : 0)) kept")
            }
        }
    }
}

/// Writes to a file through a temporary name and a rename, or to standard output.
func writeText(_ text: String, to path: String?) throws {
    guard let path else { return print(text, terminator: "") }
    let sink = try FileOutput.file(path)
    var text = text
    try text.withUTF8 { try sink.write(UnsafeRawBufferPointer($0)) }
    try sink.commit(durable: true)
}

extension String {
    /// The JSON text re-printed with indentation (unchanged when it does not parse).
    var prettyJSON: String {
        (try? JSONParser.parse(self))?.jsonText(pretty: true) ?? self
    }
}
