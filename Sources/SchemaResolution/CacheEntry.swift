import SynthCore

/// One learned schema: what was asked, what answered it, and how often it was used since.
public struct CacheEntry: Sendable {
    public enum Source: String, Sendable, CaseIterable {
        /// Designed by an LLM and validated.
        case llm
        /// Written by a person (`schema --save`, `POST /cache`, `cache import`).
        case user
        /// Reviewed by a curator and exported into the rule corpus.
        case promoted
    }

    /// SHA-256 of the normalised description (hex).
    public var key: String
    public var description: String
    public var normalized: String
    public var source: Source
    public var model: String?
    /// Seconds since 1970, UTC.
    public var created: Int64
    public var lastUsed: Int64
    public var hits: Int
    /// The schema in the original design's JSON format, kept as text until first used.
    public var schemaText: String

    public func schema() throws -> Schema {
        try SchemaParser.parse(schemaText)
    }

    public var columnNames: [String] {
        guard case .object(let members)? = try? JSONParser.parse(schemaText) else { return [] }
        return members.map(\.key)
    }
}

extension CacheEntry {
    /// The journal line: metadata first and the schema last, so loading reads only the
    /// metadata and leaves the schema as text until a lookup needs it.
    func journalLine() -> String {
        // The schema's length lets a reader tell a whole line from one torn by a crash.
        let length = schemaText.utf8.count
        let members = metadataMembers(op: "put") + [("schema_bytes", .number(Double(length), text: String(length)))]
        let meta = members.map { JSONValue.quote($0.key) + ":" + $0.value.jsonText() }.joined(separator: ",")
        return "{" + meta + "," + Self.schemaMarker + schemaText + "}"
    }

    static let schemaMarker = "\"schema\":"
    static let markerBytes = Array(",\"schema\":".utf8)

    /// Where `,"schema":` first occurs, found byte-wise (Foundation's `range(of:)` is slow here).
    static func markerRange(in line: Substring) -> Range<Substring.Index>? {
        let bytes = line.utf8
        var index = bytes.startIndex
        while let comma = bytes[index...].firstIndex(of: UInt8(ascii: ",")) {
            if bytes[comma...].starts(with: markerBytes) {
                let end = bytes.index(comma, offsetBy: markerBytes.count)
                return comma..<end
            }
            index = bytes.index(after: comma)
        }
        return nil
    }

    func metadataMembers(op: String?) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = []
        if let op { members.append(("op", .string(op))) }
        members += [
            ("key", .string(key)),
            ("description", .string(description)),
            ("normalized", .string(normalized)),
            ("source", .string(source.rawValue)),
            ("model", model.map { .string($0) } ?? .null),
            ("created", .number(Double(created), text: String(created))),
            ("last_used", .number(Double(lastUsed), text: String(lastUsed))),
            ("hits", .number(Double(hits), text: String(hits))),
        ]
        return members
    }

    /// Reads a `put` line; nil for a torn or foreign line.
    static func fromJournal(_ line: Substring) -> CacheEntry? {
        // `,"schema":` cannot occur inside a JSON string (its quotes would be escaped), so
        // the first one ends the metadata.
        guard line.utf8.last == UInt8(ascii: "}"), let marker = Self.markerRange(in: line) else { return nil }
        guard let meta = try? JSONParser.parse(String(line[..<marker.lowerBound]) + "}"),
            let key = meta["key"]?.stringValue, let source = meta["source"]?.stringValue.flatMap(Source.init(rawValue:))
        else { return nil }
        let schemaText = String(line[marker.upperBound..<line.index(before: line.endIndex)])
        guard meta["schema_bytes"]?.int64Value == Int64(schemaText.utf8.count) else { return nil }
        return CacheEntry(
            key: key, description: meta["description"]?.stringValue ?? "", normalized: meta["normalized"]?.stringValue ?? "",
            source: source, model: meta["model"]?.stringValue, created: meta["created"]?.int64Value ?? 0,
            lastUsed: meta["last_used"]?.int64Value ?? 0, hits: Int(meta["hits"]?.int64Value ?? 0), schemaText: schemaText
        )
    }
}
