import ArgumentParser
import IntentMatching
import SchemaResolution
import SynthCore

#if canImport(Glibc)
import Glibc
#endif

extension Synthgen {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate rows from a schema file.",
            discussion: "Exit status 2 means the input was invalid and nothing was written."
        )

        @Argument(help: "What the data is about (resolved offline by the rule corpus); or use --schema.")
        var description: String?

        @Option(name: .long, help: "Schema file in the original design's JSON format, or - for standard input.")
        var schema: String?

        @OptionGroup var resolving: ResolverOptions

        @Option(name: .long, parsing: .unconditional, help: "Number of rows.")
        var rows: Int64 = 1000

        @Option(name: .long, help: "Seed; the same schema, seed and --now give the same bytes. Random (and printed) when omitted.")
        var seed: UInt64?

        @Option(name: .long, help: "csv, tsv or jsonl.")
        var format: String = "csv"

        @Option(name: [.short, .long], help: "Output file (written to a temporary name, then renamed). Standard output when omitted.")
        var output: String?

        @Flag(name: .long, help: "fsync the output file before renaming it into place (survives a power loss; slower for big files).")
        var fsync = false

        @Option(name: .long, help: "Worker threads (default: all cores). The bytes do not depend on it.")
        var threads: Int?

        @Option(name: .long, help: "Write part i of N (1-based), e.g. 2/4. The parts concatenated equal the whole run.")
        var shard: String?

        @Option(name: .long, help: "Locale for names, places and phones (en_US, en_GB, de_DE, fr_FR, es_ES, ja_JP).")
        var locale: String?

        @Option(name: .long, help: "Reference date for relative dates (YYYY-MM-DD or ISO datetime). Default: today, UTC.")
        var now: String?

        @Option(name: .long, help: "Largest --rows accepted (env SYNTHGEN_MAX_ROWS).")
        var maxRows: Int64 = Int64(getenv("SYNTHGEN_MAX_ROWS").flatMap { Int64(String(cString: $0)) } ?? 10_000_000_000)

        func run() async throws {
            var problems: [String] = []
            if rows < 0 { problems.append("--rows must not be negative (got \(rows))") }
            if rows > maxRows { problems.append("--rows \(rows) is beyond the maximum of \(maxRows) (raise it with --max-rows or SYNTHGEN_MAX_ROWS)") }
            let outputFormat = OutputFormat(rawValue: format.lowercased())
            if outputFormat == nil { problems.append("--format must be csv, tsv or jsonl (got \(format))") }
            if let threads, threads < 1 || threads > 1024 { problems.append("--threads must be from 1 to 1024") }
            let shardPart = shard.flatMap(Self.parseShard)
            if shard != nil && shardPart == nil { problems.append("--shard must be i/N with 1 <= i <= N (got \(shard!))") }
            let reference = now.map { CivilTime.parse($0, now: 0) } ?? Self.today()
            if reference == nil { problems.append("--now must be a date like 2025-01-31 (got \(now!))") }
            var text = ""
            var resolution: Resolution?
            switch (description, schema) {
            case (nil, nil): problems.append("give a description or --schema FILE")
            case (_?, _?): problems.append("give a description or --schema FILE, not both")
            case (nil, let path?):
                do { text = try Self.readSchema(path) } catch { problems.append("\(error)") }
            case (let words?, nil):
                let resolved = await resolving.resolve(words).resolution
                resolution = resolved
                text = resolved.schema.jsonValue.jsonText()
            }
            guard problems.isEmpty, let outputFormat, let reference else {
                Self.fail(problems)
            }
            let chosenSeed = seed ?? UInt64.random(in: 0...UInt64(Int64.max))
            var options = GenerationOptions(rows: UInt64(rows), seed: chosenSeed, now: reference)
            options.format = outputFormat
            options.threads = threads ?? Self.coreCount()
            options.shard = shardPart
            options.locale = locale
            let engine: RowEngine
            do {
                engine = try GenerationJob.prepare(schemaText: text, options: options)
            } catch let error as SchemaError {
                Self.fail(error.diagnostics.map(\.description), header: "invalid schema \(schema ?? "designed from the description"):")
            }
            if let resolution {
                if resolution.schema.columns.isEmpty {
                    stderr("error: could not design a schema from this description (\(resolution.explanation.notes.joined(separator: "; ")))\n")
                    throw ExitCode(3)
                }
                let rule = resolution.rule.map { ", rule \($0)" } ?? ""
                stderr("synthgen: schema from \(resolution.source.rawValue), confidence \(ExplanationText.format(resolution.confidence))\(rule)\n")
                if resolution.source == .fallback { stderr("synthgen: warning: low confidence; check the columns with `synthgen schema --explain`\n") }
            }
            if seed == nil {
                stderr("synthgen: seed \(chosenSeed); rerun with --seed \(chosenSeed) --now \(Self.dateText(reference)) for the same rows\n")
            }
            let sink = try output.map(FileOutput.file) ?? FileOutput.standardOutput()
            let progress = Progress(total: UInt64(options.range.count))
            do {
                try GenerationJob.run(engine, options: options, write: sink.write, progress: progress.update)
                try sink.commit(durable: fsync)
                progress.finish()
            } catch {
                sink.abandon()
                stderr("synthgen: \(error)\n")
                throw ExitCode(1)
            }
        }

        static func parseShard(_ text: String) -> (index: UInt64, count: UInt64)? {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let index = UInt64(parts[0]), let count = UInt64(parts[1]), index >= 1, index <= count else { return nil }
            return (index, count)
        }

        static func readSchema(_ path: String) throws -> String {
            if path == "-" {
                var bytes: [UInt8] = []
                while let line = readLine(strippingNewline: false) { bytes += Array(line.utf8) }
                return String(decoding: bytes, as: UTF8.self)
            }
            guard let file = fopen(path, "rb") else {
                throw ValidationError("cannot read schema \(path): \(String(cString: strerror(errno)))")
            }
            defer { fclose(file) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buffer, 1, buffer.count, file)
                if n <= 0 { break }
                bytes += buffer[0..<n]
                if bytes.count > 16 << 20 { throw ValidationError("schema \(path) is larger than 16 MiB") }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ValidationError("schema \(path) is not valid UTF-8")
            }
            return text
        }

        static func today() -> Int64 {
            let seconds = Int64(time(nil))
            return seconds - seconds % 86_400
        }

        static func dateText(_ seconds: Int64) -> String {
            let (y, m, d) = CivilTime.civil(days: seconds / 86_400)
            let time = seconds % 86_400
            let date = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
            return time == 0 ? date : date + "T\(time / 3600 < 10 ? "0" : "")\(time / 3600):\(time / 60 % 60 < 10 ? "0" : "")\(time / 60 % 60):\(time % 60 < 10 ? "0" : "")\(time % 60)Z"
        }

        static func coreCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

        static func fail(_ problems: [String], header: String? = nil) -> Never {
            var text = header.map { $0 + "\n" } ?? ""
            for problem in problems { text += (header == nil ? "error: " : "  - ") + problem + "\n" }
            stderr(text)
            Foundation_exit(2)
        }
    }
}

func stderr(_ text: String) {
    var text = text
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func Foundation_exit(_ code: Int32) -> Never { exit(code) }

/// Rows done, on stderr, only when stderr is a terminal (data on stdout stays clean).
final class Progress {
    let total: UInt64
    let enabled = isatty(2) == 1
    var last: Int64 = 0

    init(total: UInt64) { self.total = total }

    func update(_ done: UInt64) {
        guard enabled else { return }
        let now = Int64(time(nil))
        if now == last { return }
        last = now
        stderr("\rsynthgen: \(done)/\(total) rows (\(total == 0 ? 100 : done * 100 / total)%)")
    }

    func finish() {
        if enabled && last != 0 { stderr("\r\u{1B}[K") }
    }
}
