import Foundation
import SynthCore
import SynthData
import Yams

/// Reads rule files (`rules/*.yaml`, `rules/fields/*.yaml`, `rules/normalize.yaml`) into a
/// compiled corpus. A broken file or rule is reported with its file and line and skipped;
/// the rest of the corpus still loads.
public enum CorpusLoader {
    /// The corpus embedded in the binary at build time.
    public static let bundled: RuleCorpus = load(files: BundledData.paths.filter { $0.hasPrefix("rules/") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.map { ($0, BundledData.text($0)!) })

    /// Rule files from a directory on disk (for curators: `synthgen rules lint --dir`).
    public static func load(directory: String) throws -> RuleCorpus {
        var files: [(String, String)] = []
        for path in try listYAML(directory) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CorpusError("cannot read \(path) as UTF-8 text")
            }
            files.append((path, text))
        }
        return load(files: files)
    }

    public static func load(files: [(path: String, text: String)]) -> RuleCorpus {
        var problems: [String] = []
        var domains: [DomainRule] = []
        var fields: [FieldRule] = []
        var replacements: [String: String] = [:]
        var ids: [String: String] = [:]
        for (path, text) in files.sorted(by: { $0.path < $1.path }) {
            let root: Node
            do {
                guard let node = try Yams.compose(yaml: text) else { continue }
                root = node
            } catch {
                problems.append("\(path): YAML error: \(error)")
                continue
            }
            if let mapping = root["abbreviations"]?.mapping ?? nil {
                for (key, value) in mapping { if let k = key.string, let v = value.string { replacements[k.lowercased()] = v.lowercased() } }
            }
            if let mapping = root["misspellings"]?.mapping ?? nil {
                for (key, value) in mapping { if let k = key.string, let v = value.string { replacements[k.lowercased()] = v.lowercased() } }
            }
            for node in root["domains"]?.sequence ?? [] {
                let at = "\(path):\(YAMLValue.line(node))"
                do {
                    let rule = try domainRule(node, at: at)
                    if let previous = ids[rule.id] { throw CorpusError("duplicate id \"\(rule.id)\" (also at \(previous))") }
                    ids[rule.id] = at
                    domains.append(rule)
                } catch {
                    problems.append("\(at): \(error)")
                }
            }
            for node in root["fields"]?.sequence ?? [] {
                let at = "\(path):\(YAMLValue.line(node))"
                do {
                    let rule = try fieldRule(node, at: at)
                    if let previous = ids["field:" + rule.id] { throw CorpusError("duplicate field id \"\(rule.id)\" (also at \(previous))") }
                    ids["field:" + rule.id] = at
                    fields.append(rule)
                } catch {
                    problems.append("\(at): \(error)")
                }
            }
        }
        return RuleCorpus(domains: domains, fields: fields, normalizer: Normalizer(replacements: replacements), problems: problems)
    }

    static func compile(_ regex: String, at: String) throws -> PCRE2Pattern {
        do {
            return try PCRE2Pattern(regex)
        } catch {
            throw CorpusError("bad regex '\(regex)': \(error)")
        }
    }

    static func domainRule(_ node: Node, at: String) throws -> DomainRule {
        guard let id = node["id"]?.string, !id.isEmpty else { throw CorpusError("domain rule without an id") }
        var keywords: [(String, Double)] = []
        for (key, value) in node["keywords"]?.mapping ?? [:] {
            guard let phrase = key.string else { continue }
            let singular = Normalizer.singularText(Normalizer().normalize(phrase))
            keywords.append((singular, value.float ?? Double(value.int ?? 1)))
        }
        var patterns: [WeightedPattern] = []
        for item in node["patterns"]?.sequence ?? [] {
            guard let regex = item["regex"]?.string ?? item.string else { throw CorpusError("pattern without a regex in rule \(id)") }
            patterns.append(WeightedPattern(pattern: try compile(regex, at: at), weight: item["weight"]?.float ?? 1))
        }
        let negative = try (node["negative"]?.sequence ?? []).compactMap(\.string).map { try compile($0, at: at) }
        guard let schemaNode = node["schema"] else { throw CorpusError("rule \(id) has no schema") }
        let schema: Schema
        do {
            schema = try SchemaParser.parse(YAMLValue.json(schemaNode))
        } catch {
            throw CorpusError("rule \(id): \(error)")
        }
        let examples = (node["examples"]?.sequence ?? []).compactMap(\.string)
        return DomainRule(id: id, title: node["title"]?.string ?? id, keywords: keywords, patterns: patterns, negative: negative, schema: schema, examples: examples, source: at)
    }

    static func fieldRule(_ node: Node, at: String) throws -> FieldRule {
        guard let id = node["id"]?.string, !id.isEmpty else { throw CorpusError("field rule without an id") }
        guard let name = node["column"]?.string, !name.isEmpty else { throw CorpusError("field rule \(id) has no column name") }
        guard let spec = node["schema"] else { throw CorpusError("field rule \(id) has no schema") }
        let patterns = try (node["patterns"]?.sequence ?? []).compactMap(\.string).map { try compile($0, at: at) }
        guard !patterns.isEmpty else { throw CorpusError("field rule \(id) has no patterns") }
        switch SchemaParser.column(name: name, spec: YAMLValue.json(spec)) {
        case .success(let column): return FieldRule(id: id, patterns: patterns, column: column, source: at)
        case .failure(let error): throw CorpusError("field rule \(id): \(error)")
        }
    }

    static func listYAML(_ directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { throw CorpusError("cannot read directory \(directory)") }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { directory + "/" + $0 }.sorted()
    }
}

public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
