import ArgumentParser
import IntentMatching
import SynthCore

/// `--dir DIR`, or the bundled corpus: shared by the rules subcommands.
struct RulesDirectory: ParsableArguments {
    @Option(name: .long, help: "Rules directory (default: the bundled corpus).")
    var dir: String?

    func corpus() throws -> RuleCorpus {
        try dir.map(CorpusLoader.load(directory:)) ?? CorpusLoader.bundled
    }
}

extension Synthgen {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the rule corpus.", subcommands: [Lint.self, Test.self, Bench.self])

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Bad regexes, unknown methods, duplicate ids, dangerous patterns, examples that resolve elsewhere.")
            @OptionGroup var rules: RulesDirectory

            func run() throws {
                let corpus = try rules.corpus()
                let problems = RuleLinter(corpus: corpus).lint(now: Synthgen.Generate.today())
                for problem in problems { print(problem) }
                print("\(corpus.domains.count) domain rules, \(corpus.fields.count) field rules, \(problems.count) problems")
                if !problems.isEmpty { throw ExitCode(1) }
            }
        }

        /// Start-up and resolution latency, for bench/ (never a timed test).
        struct Bench: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Time corpus loading and resolving descriptions (one per line of a file).")
            @Argument(help: "File with one description per line.")
            var file: String
            @Option(name: .long, help: "Passes over the file.")
            var passes: Int = 20

            func run() throws {
                let clock = ContinuousClock()
                let loadStart = clock.now
                let matcher = IntentMatcher()
                let load = clock.now - loadStart
                let text = try Generate.readSchema(file)
                let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
                // The bundled corpus compiles patterns at first use: the first resolution
                // pays for those it runs, so it is reported apart.
                let firstStart = clock.now
                _ = try? matcher.resolve(lines.first ?? "customers")
                let first = clock.now - firstStart
                var samples: [Duration] = []
                for _ in 0..<max(1, passes) {
                    for line in lines {
                        let start = clock.now
                        _ = try? matcher.resolve(line)
                        samples.append(clock.now - start)
                    }
                }
                samples.sort()
                func ms(_ d: Duration) -> String { String(format3(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)) }
                print("corpus load + compile: \(ms(load)) ms, first resolution \(ms(first)) ms (JIT \(PCRE2Pattern.jitByDefault ? "on" : "off")), \(lines.count) descriptions x \(passes): p50 \(ms(samples[samples.count / 2])) ms, p99 \(ms(samples[samples.count * 99 / 100])) ms")
            }
        }

        struct Test: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Resolve every rule's examples and check each lands on its rule.")
            @OptionGroup var rules: RulesDirectory

            func run() throws {
                let corpus = try rules.corpus()
                let linter = RuleLinter(corpus: corpus)
                let failures = linter.exampleFailures()
                for failure in failures { print(failure) }
                print("\(linter.exampleCount - failures.count)/\(linter.exampleCount) examples resolve to their rule")
                if !failures.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
