import ArgumentParser
import Foundation
import IntentMatching
import SchemaResolution
import SynthCore

#if canImport(Glibc)
import Glibc
#endif

/// Options shared by commands that resolve a description.
struct ResolverOptions: ParsableArguments {
    @Option(name: .long, help: "Confidence at or above which the rules' schema is used (env SYNTHGEN_THRESHOLD, default 0.5).")
    var threshold: Double?

    @Option(name: .long, help: "Load rules from this directory instead of the bundled corpus.")
    var rules: String?

    @Flag(name: .long, help: "Never call an LLM (env SYNTHGEN_OFFLINE=1). Without OPENAI_API_KEY no call is made either.")
    var offline = false

    @Option(name: .long, help: "Where the learned cache and spend ledger live (env SYNTHGEN_DATA_DIR; default $XDG_DATA_HOME/synthgen or ~/.local/share/synthgen).")
    var dataDir: String?

    var setup: ResolverSetup {
        var setup = ResolverSetup()
        setup.threshold = threshold
        setup.rulesDirectory = rules
        setup.offline = offline
        setup.dataDirectory = dataDir
        return setup
    }

    func resolver() -> Resolver {
        do {
            let (resolver, warnings) = try setup.make()
            for warning in warnings { stderr("warning: \(warning)\n") }
            return resolver
        } catch {
            stderr("error: \(error)\n")
            Glibc.exit(2)
        }
    }

    func resolve(_ description: String) async -> Outcome {
        do {
            return try await resolver().resolve(description)
        } catch {
            stderr("error: \(error)\n")
            Glibc.exit(2)
        }
    }
}

extension Synthgen {
    struct SchemaCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Design a schema from a plain-English description, offline.",
            discussion: """
                Prints the schema in the original design's JSON format. The learned cache and the bundled rules answer first; \
                an OpenAI-compatible server is asked only when their confidence is low, OPENAI_API_KEY is set, --offline is not, \
                and the spend caps leave room. Exit status 2: the description was empty or too long; 3: nothing in it could be designed.
                """
        )

        @Argument(help: "What the data is about, e.g. \"customers with names, emails and purchase amounts\".")
        var description: String = ""

        @Option(name: .long, help: "Resolve every line of this file (one description per line; - for standard input) and sum up sources, LLM calls and cost.")
        var batch: String?

        @Flag(name: .long, help: "Print one JSON object: schema, source, confidence, rule, explanation.")
        var json = false

        @Flag(name: .long, help: "Explain which rule and patterns fired and what was left unresolved.")
        var explain = false

        @Option(name: .long, help: "Store this schema file (original design's format) as the answer for the description, in the learned cache.")
        var save: String?

        @OptionGroup var resolving: ResolverOptions

        func validate() throws {
            if batch == nil && description.isEmpty { throw ValidationError("give a description (or --batch FILE)") }
            if batch != nil && save != nil { throw ValidationError("--batch and --save do not go together") }
        }

        func run() async throws {
            if let save { return try store(save) }
            if let batch { return try await resolveBatch(batch) }
            let outcome = await resolving.resolve(description)
            let resolution = outcome.resolution
            if json {
                print(outcome.json().jsonText())
            } else {
                print(resolution.schema.jsonValue.jsonText(pretty: true))
                if explain { stderr(ExplanationText.render(resolution)) }
            }
            if resolution.schema.columns.isEmpty { throw ExitCode(3) }
        }

        /// One line per description; a summary on stderr: where schemas came from, what the LLM cost.
        func resolveBatch(_ path: String) async throws {
            let lines = try Synthgen.Generate.readSchema(path).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let resolver = resolving.resolver()
            var sources: [String: Int] = [:]
            var calls = 0, tokens = 0
            var cost = 0.0
            for line in lines {
                guard let outcome = try? await resolver.resolve(line) else {
                    sources["invalid", default: 0] += 1
                    continue
                }
                let r = outcome.resolution
                sources[r.source.rawValue, default: 0] += 1
                if let llm = outcome.llm, !llm.shared {
                    calls += 1
                    tokens += llm.promptTokens + llm.completionTokens
                    cost += llm.costUSD
                }
                print(json ? outcome.json().jsonText() : "\(r.source.rawValue)\t\(ExplanationText.format(r.confidence))\t\(r.schema.columns.count) cols\t\(line)")
            }
            let summary = sources.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            stderr("synthgen: \(lines.count) descriptions: \(summary); \(calls) LLM calls, \(tokens) tokens, $\(String(format: "%.6f", cost))\n")
        }

        func store(_ path: String) throws {
            let schema: Schema
            do {
                let text = try Synthgen.Generate.readSchema(path)
                let (parsed, problems) = try SchemaParser.parseCollecting(text)
                _ = try GenerationJob.prepare(parsed, options: GenerationOptions(rows: 1, seed: 1, now: Synthgen.Generate.today()), earlier: problems)
                schema = parsed
            } catch let error as SchemaError {
                Synthgen.Generate.fail(error.diagnostics.map(\.description), header: "invalid schema \(path):")
            } catch {
                Synthgen.Generate.fail(["\(error)"])
            }
            do {
                let entry = try resolving.resolver().save(schema, for: description)
                print("saved \(entry.key.prefix(12)) (\(schema.columns.count) columns) for \"\(description)\"")
            } catch {
                Synthgen.Generate.fail(["\(error)"])
            }
        }
    }
}

enum ExplanationText {
    static func render(_ r: Resolution) -> String {
        let e = r.explanation
        var lines = ["source: \(r.source.rawValue), confidence \(format(r.confidence))"]
        if let rule = e.rule {
            lines.append("rule: \(rule) (\(e.ruleTitle ?? "")), score \(format(e.score))")
            if !e.keywords.isEmpty { lines.append("  keywords: " + e.keywords.joined(separator: ", ")) }
            for pattern in e.patterns { lines.append("  pattern: \(pattern)") }
        }
        if let runnerUp = e.runnerUp { lines.append("runner-up: \(runnerUp), score \(format(e.runnerUpScore))") }
        if !e.mentions.isEmpty { lines.append("mentions: " + e.mentions.joined(separator: " | ")) }
        for added in e.fieldsAdded { lines.append("  + \(added.column) (field rule \(added.rule))") }
        if !e.unresolved.isEmpty { lines.append("unresolved: " + e.unresolved.joined(separator: " | ")) }
        if !e.guessed.isEmpty { lines.append("guessed columns: " + e.guessed.joined(separator: ", ")) }
        for note in e.notes { lines.append("note: \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func format(_ value: Double) -> String {
        String((value * 100).rounded() / 100)
    }
}
