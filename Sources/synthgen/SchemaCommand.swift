import ArgumentParser
import IntentMatching
import SynthCore

#if canImport(Glibc)
import Glibc
#endif

/// Options shared by commands that resolve a description.
struct MatchingOptions: ParsableArguments {
    @Option(name: .long, help: "Confidence at or above which the rules' schema is used (env SYNTHGEN_THRESHOLD, default 0.5).")
    var threshold: Double?

    @Option(name: .long, help: "Load rules from this directory instead of the bundled corpus.")
    var rules: String?

    func matcher() throws -> IntentMatcher {
        let corpus = try rules.map(CorpusLoader.load(directory:)) ?? CorpusLoader.bundled
        if rules != nil {
            for problem in corpus.problems { stderr("warning: \(problem)\n") }
        }
        let environment = getenv("SYNTHGEN_THRESHOLD").flatMap { Double(String(cString: $0)) }
        return IntentMatcher(corpus: corpus, threshold: threshold ?? environment ?? 0.5)
    }

    func resolve(_ description: String) -> Resolution {
        do {
            return try matcher().resolve(description)
        } catch {
            stderr("error: \(error)\n")
            Glibc.exit(2)
        }
    }
}

extension Synthgen {
    struct SchemaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Design a schema from a plain-English description, offline.",
            discussion: "Prints the schema in the original design's JSON format. Exit status 2: the description was empty or too long; 3: nothing in it could be designed."
        )

        @Argument(help: "What the data is about, e.g. \"customers with names, emails and purchase amounts\".")
        var description: String

        @Flag(name: .long, help: "Print one JSON object: schema, source, confidence, rule, explanation.")
        var json = false

        @Flag(name: .long, help: "Explain which rule and patterns fired and what was left unresolved.")
        var explain = false

        @OptionGroup var matching: MatchingOptions

        func run() throws {
            let resolution = matching.resolve(description)
            if json {
                print(resolution.json().jsonText())
            } else {
                print(resolution.schema.jsonValue.jsonText(pretty: true))
                if explain { stderr(ExplanationText.render(resolution)) }
            }
            if resolution.schema.columns.isEmpty { throw ExitCode(3) }
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
