import Foundation
import IntentMatching
import SchemaDesign

/// Builds the resolver the CLI and the service share from options and the environment:
/// `SYNTHGEN_DATA_DIR`, `SYNTHGEN_THRESHOLD`, `SYNTHGEN_OFFLINE`, `SYNTHGEN_SIMILARITY`,
/// the OpenAI variables (`LLMConfiguration`) and the caps (`SpendCaps`).
public struct ResolverSetup: Sendable {
    public var dataDirectory: String?
    public var offline = false
    public var threshold: Double?
    public var rulesDirectory: String?
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `SYNTHGEN_DATA_DIR`, else `$XDG_DATA_HOME/synthgen`, else `~/.local/share/synthgen`.
    public var resolvedDataDirectory: String {
        if let dataDirectory { return dataDirectory }
        if let directory = environment["SYNTHGEN_DATA_DIR"], !directory.isEmpty { return directory }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/synthgen" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/synthgen"
    }

    public var isOffline: Bool {
        offline || ["1", "true", "yes"].contains(environment["SYNTHGEN_OFFLINE"]?.lowercased() ?? "")
    }

    public func matcher() throws -> (IntentMatcher, problems: [String]) {
        let corpus = try rulesDirectory.map(CorpusLoader.load(directory:)) ?? CorpusLoader.bundled
        let fromEnvironment = environment["SYNTHGEN_THRESHOLD"].flatMap(Double.init)
        return (IntentMatcher(corpus: corpus, threshold: threshold ?? fromEnvironment ?? 0.5), rulesDirectory == nil ? [] : corpus.problems.map { "\($0)" })
    }

    /// The caps from the environment; a bad setting is an error, never a lifted cap.
    public func caps() throws -> SpendCaps {
        try SpendCaps.fromEnvironment(environment)
    }

    public func ledger() throws -> SpendLedger {
        try SpendLedger(path: resolvedDataDirectory + "/spend.jsonl", caps: caps(), prices: .bundled(environment: environment))
    }

    /// The resolver, and warnings for what could not be set up (the tool still works offline).
    public func make() throws -> (resolver: Resolver, warnings: [String]) {
        _ = try caps()
        let (matcher, problems) = try matcher()
        var warnings = problems
        let directory = resolvedDataDirectory
        var cache: LearnedCache?
        do {
            let similarity = environment["SYNTHGEN_SIMILARITY"].flatMap(Double.init).map { min(1, max(0.5, $0)) } ?? 0.8
            cache = try LearnedCache(directory: directory, similarityThreshold: similarity)
            if let cache, cache.skippedLines > 0 { warnings.append("learned cache: \(cache.skippedLines) unreadable lines in \(cache.journal.path) were skipped") }
        } catch {
            warnings.append("learned cache unavailable (\(error)); continuing without it")
        }
        let configuration = LLMConfiguration.fromEnvironment(environment)
        var designer: SchemaDesigner?
        var ledger: SpendLedger?
        if !isOffline, configuration.isConfigured {
            do {
                ledger = try self.ledger()
            } catch {
                warnings.append("spend ledger unavailable (\(error)); the LLM will not be asked")
            }
            if let ledger {
                do {
                    let problems = try ledger.problems()
                    if !problems.isEmpty {
                        warnings.append("spend ledger \(ledger.path): \(problems.count) impossible lines (\(problems.prefix(3).joined(separator: "; "))); the LLM will not be asked until they are fixed")
                    }
                } catch {
                    warnings.append("\(error)")
                }
                designer = SchemaDesigner(client: ChatCompletionClient(configuration: configuration), reader: AnswerReader(matcher: matcher), ledger: ledger)
            }
        }
        return (Resolver(matcher: matcher, cache: cache, designer: designer, ledger: ledger, offline: isOffline), warnings)
    }
}
