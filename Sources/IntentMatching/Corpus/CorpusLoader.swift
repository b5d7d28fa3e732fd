import Foundation
import SynthCore
import SynthData
import Yams

/// Reads rule files (`rules/*.yaml`, `rules/fields/*.yaml`, `rules/normalize.yaml`) into a
/// compiled corpus. A broken file or rule is reported with its file and line and skipped;
/// the rest of the corpus still loads.
public enum CorpusLoader {
    /// The corpus embedded in the binary: converted to JSON at build time, so loading it
    /// parses no YAML.
    public static let bundled: RuleCorpus = {
        let paths = BundledData.paths.filter { $0.hasPrefix("rules/") && $0.hasSuffix(".json") }
        // Its patterns compile at first use: a description runs a few hundred of them, and
        // `rules lint` (run by the tests) checks that every one compiles.
        return load(files: paths.map { (String($0.dropLast(5)), BundledData.text($0)!) }, format: .json, deferCompilation: true)
    }()

    /// A rule file's `KEYS<TAB>REGEX` lines (EmbedDataTool's `LiteralKeyTable`), keys in
    /// hex. Read byte-wise: splitting by Character cost more than the analysis it saves.
    static func literalKeys(_ text: String) -> [String: [UInt64]] {
        var table: [String: [UInt64]] = [:]
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                var keys: [UInt64] = []
                var key: UInt64 = 0
                var digits = 0
                while index < bytes.count && bytes[index] != UInt8(ascii: "\t") && bytes[index] != 10 {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ",") {
                        keys.append(key)
                        key = 0
                        digits = 0
                    } else {
                        key = key << 4 | UInt64(byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "a") + 10)
                        digits += 1
                    }
                    index += 1
                }
                if digits > 0 { keys.append(key) }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\t") else { index += 1; continue }
                let start = index + 1
                index = start
                while index < bytes.count && bytes[index] != 10 { index += 1 }
                table[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)] = keys
                index += 1
            }
        }
        return table
    }

    public enum Format: Sendable { case yaml, json }

    /// Rule files from a directory on disk (for curators: `--rules DIR`, `rules lint --dir`).
    public static func load(directory: String) throws -> RuleCorpus {
        var files: [(String, String)] = []
        for path in try listYAML(directory) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CorpusError("cannot read \(path) as UTF-8 text")
            }
            files.append((path, text))
        }
        return load(files: files, format: .yaml)
    }

    /// - Parameters:
    ///   - files: Paths (for messages) and texts of rule files.
    ///   - format: How the texts are written.
    ///   - deferCompilation: Compile each pattern at its first match instead of now, for a
    ///     corpus already known to compile; a bad regex then shows in `RuleLinter`, not in
    ///     `problems`.
    ///   A bundled file's patterns take the index keys EmbedDataTool worked out for them
    ///   (`generated/<file>.keys.tsv`).
    public static func load(files: [(path: String, text: String)], format: Format = .yaml, deferCompilation: Bool = false) -> RuleCorpus {
        // Files are independent until ids are compared: read them on every core.
        let sorted = files.sorted { $0.path < $1.path }
        let read = Parallel.map(sorted) { file in
            let keys = deferCompilation ? BundledData.text("generated/\(file.path).keys.tsv").map(literalKeys) ?? [:] : [:]
            return FileRules(path: file.path, text: file.text, format: format) { regex, at in
                deferCompilation ? PCRE2Pattern(deferring: regex, indexKeys: keys[regex]) : try CorpusLoader.compile(regex, at: at)
            }
        }
        var problems: [String] = []
        var domains: [DomainRule] = []
        var fields: [FieldRule] = []
        var replacements: [String: String] = [:]
        var ids: [String: String] = [:]
        for file in read {
            problems += file.problems
            for (word, value) in file.replacements { replacements[word] = value }
            for rule in file.domains {
                if let previous = ids[rule.id] {
                    problems.append("\(rule.source): duplicate id \"\(rule.id)\" (also at \(previous))")
                    continue
                }
                ids[rule.id] = rule.source
                domains.append(rule)
            }
            for rule in file.fields {
                if let previous = ids["field:" + rule.id] {
                    problems.append("\(rule.source): duplicate field id \"\(rule.id)\" (also at \(previous))")
                    continue
                }
                ids["field:" + rule.id] = rule.source
                fields.append(rule)
            }
        }
        return RuleCorpus(domains: domains, fields: fields, normalizer: Normalizer(replacements: replacements), problems: problems)
    }

    /// The rules of one file, each checked on its own (ids are compared across files later).
    struct FileRules: Sendable {
        var domains: [DomainRule] = []
        var fields: [FieldRule] = []
        var replacements: [(String, String)] = []
        var problems: [String] = []

        init(path: String, text: String, format: Format, compile: (String, String) throws -> PCRE2Pattern) {
            let root: JSONValue
            do {
                root = format == .yaml ? try YAMLValue.parse(text) : try JSONParser.parse(text)
            } catch {
                problems.append("\(path): YAML error: \(error)")
                return
            }
            for key in ["abbreviations", "misspellings"] {
                if case .object(let members)? = root[key] {
                    for (word, value) in members { if let v = value.stringValue { replacements.append((word.lowercased(), v.lowercased())) } }
                }
            }
            if case .array(let items)? = root["domains"] {
                for item in items {
                    let at = "\(path):\(line(item))"
                    do { domains.append(try domainRule(item, at: at, compile: compile)) } catch { problems.append("\(at): \(error)") }
                }
            }
            if case .array(let items)? = root["fields"] {
                for item in items {
                    let at = "\(path):\(line(item))"
                    do { fields.append(try fieldRule(item, at: at, compile: compile)) } catch { problems.append("\(at): \(error)") }
                }
            }
        }
    }

    static func line(_ value: JSONValue) -> Int { Int(value["__line"]?.int64Value ?? 0) }

    static func compile(_ regex: String, at: String) throws -> PCRE2Pattern {
        do {
            return try PCRE2Pattern(regex)
        } catch {
            throw CorpusError("bad regex '\(regex)': \(error)")
        }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        if case .array(let items)? = value { return items.compactMap(\.stringValue) }
        return []
    }

    static func domainRule(_ value: JSONValue, at: String, compile: (String, String) throws -> PCRE2Pattern) throws -> DomainRule {
        guard let id = value["id"]?.stringValue, !id.isEmpty else { throw CorpusError("domain rule without an id") }
        var keywords: [(String, Double)] = []
        if case .object(let members)? = value["keywords"] {
            for (phrase, weight) in members {
                keywords.append((Normalizer.singularText(Normalizer().normalize(phrase)), weight.doubleValue ?? 1))
            }
        }
        var patterns: [WeightedPattern] = []
        if case .array(let items)? = value["patterns"] {
            for item in items {
                guard let regex = item["regex"]?.stringValue ?? item.stringValue else { throw CorpusError("pattern without a regex in rule \(id)") }
                patterns.append(WeightedPattern(pattern: try compile(regex, at), weight: item["weight"]?.doubleValue ?? 1))
            }
        }
        let negative = try strings(value["negative"]).map { try compile($0, at) }
        guard let schemaValue = value["schema"] else { throw CorpusError("rule \(id) has no schema") }
        let schema: Schema
        do {
            schema = try SchemaParser.parse(schemaValue)
        } catch {
            throw CorpusError("rule \(id): \(error)")
        }
        return DomainRule(id: id, title: value["title"]?.stringValue ?? id, keywords: keywords, patterns: patterns, negative: negative,
                          schema: schema, examples: strings(value["examples"]), source: at)
    }

    static func fieldRule(_ value: JSONValue, at: String, compile: (String, String) throws -> PCRE2Pattern) throws -> FieldRule {
        guard let id = value["id"]?.stringValue, !id.isEmpty else { throw CorpusError("field rule without an id") }
        guard let name = value["column"]?.stringValue, !name.isEmpty else { throw CorpusError("field rule \(id) has no column name") }
        guard let spec = value["schema"] else { throw CorpusError("field rule \(id) has no schema") }
        let patterns = try strings(value["patterns"]).map { try compile($0, at) }
        guard !patterns.isEmpty else { throw CorpusError("field rule \(id) has no patterns") }
        switch SchemaParser.column(name: name, spec: spec) {
        case .success(let column): return FieldRule(id: id, patterns: patterns, guarded: value["guard"]?.boolValue ?? true, column: column, source: at)
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
