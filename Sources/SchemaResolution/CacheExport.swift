import SynthCore

/// The learned cache in the formats curators and the original design use.
public enum CacheExport {
    /// The original design's `schemas.json`: hash of description -> schema.
    public static func schemasJSON(_ entries: [CacheEntry]) -> String {
        let members: [(key: String, value: JSONValue)] = entries.compactMap { entry in
            (try? JSONParser.parse(entry.schemaText)).map { (entry.key, $0) }
        }
        return JSONValue.object(members).jsonText(pretty: true)
    }

    /// A rule file for `rules/`: one domain rule per entry, its words as keywords and its
    /// description as the example that must resolve to it. Review before committing.
    public static func ruleFile(_ entries: [CacheEntry], date: String) -> String {
        var lines = [
            "# Learned schemas exported by `synthgen cache export` on \(date).",
            "# Review the keywords and columns before adding this file to rules/.",
            "domains:",
        ]
        for entry in entries {
            let words = LearnedCache.tokens(entry.normalized).sorted()
            let weight = words.count < 2 ? 3 : 2
            lines.append("  - id: \(ruleID(entry))")
            lines.append("    title: \(JSONValue.quote(entry.description.isEmpty ? "Learned schema \(entry.key.prefix(12))" : entry.description))")
            lines.append("    keywords: {" + words.map { "\(JSONValue.quote($0)): \(weight)" }.joined(separator: ", ") + "}")
            lines.append("    schema: \(entry.schemaText)")
            if !entry.description.isEmpty {
                lines.append("    examples:")
                lines.append("      - \(JSONValue.quote(entry.description))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func ruleID(_ entry: CacheEntry) -> String { "learned-" + entry.key.prefix(12) }

    /// One line per entry with everything in it (`cache export --format jsonl`, `cache import`).
    public static func jsonLines(_ entries: [CacheEntry]) -> String {
        entries.map { entry in
            var members = entry.metadataMembers(op: nil)
            members.append(("schema", (try? JSONParser.parse(entry.schemaText)) ?? .null))
            return JSONValue.object(members).jsonText()
        }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
    }
}
