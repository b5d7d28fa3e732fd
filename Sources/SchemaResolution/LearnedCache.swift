import Foundation
import SchemaDesign
import SynthCore
import Synchronization

/// Learned schemas, persisted as an append-only journal (`cache.jsonl`) in the data
/// directory and shared by every process that uses it.
///
/// Why a journal rather than SQLite or a rewritten JSON file: a merge is one appended,
/// fsynced line under a file lock, so it costs the same at 100,000 entries as at 10 and
/// never rewrites what is there; a `kill -9` can only tear the line being written, which
/// readers detect (its recorded length does not match) and skip. `prune` compacts by
/// writing a new file and renaming it over the old one, so readers see either.
public final class LearnedCache: Sendable {
    public let journal: JournalFile
    /// Near-duplicate descriptions at or above this token similarity count as hits.
    public let similarityThreshold: Double
    let state = Mutex(State())

    struct State {
        var entries: [String: CacheEntry] = [:]
        var tokens: [String: Set<String>] = [:]
        /// token -> keys of entries whose description has it.
        var postings: [String: Set<String>] = [:]
        /// The token index is built on the first near-duplicate lookup, not at load: most
        /// runs only need the exact key.
        var indexed = false
        var position = JournalFile.Position()
        var skippedLines = 0
    }

    public init(directory: String, similarityThreshold: Double = 0.8) throws {
        journal = try JournalFile(path: (directory as NSString).appendingPathComponent("cache.jsonl"))
        self.similarityThreshold = similarityThreshold
        try refresh()
    }

    public struct Match: Sendable {
        public var entry: CacheEntry
        /// 1 for the same normalised description; the token similarity otherwise.
        public var similarity: Double
    }

    /// The entry for `normalized` (exact key), else the most similar one at or above the threshold.
    public func lookup(normalized: String, nearDuplicates: Bool = true) -> Match? {
        try? refresh()
        let key = Self.key(normalized)
        return state.withLock { state in
            if let entry = state.entries[key] { return Match(entry: entry, similarity: 1) }
            guard nearDuplicates else { return nil }
            if !state.indexed {
                state.indexed = true
                for entry in state.entries.values { Self.index(entry, in: &state) }
            }
            let query = Self.tokens(normalized)
            guard !query.isEmpty else { return nil }
            // Prefix filter: an entry within the threshold shares at least one of the query's
            // |q| - ceil(t|q|) + 1 rarest tokens, so only those tokens' entries are candidates
            // (common words such as "customer" never make a lookup scan the whole cache).
            let rarest = query.sorted { (state.postings[$0]?.count ?? 0, $0) < (state.postings[$1]?.count ?? 0, $1) }
            let prefix = query.count - Int((similarityThreshold * Double(query.count)).rounded(.up)) + 1
            var candidates = Set<String>()
            for token in rarest.prefix(max(1, prefix)) { candidates.formUnion(state.postings[token] ?? []) }
            var best: (key: String, similarity: Double)?
            for candidate in candidates {
                guard let tokens = state.tokens[candidate] else { continue }
                let count = tokens.intersection(query).count
                let similarity = Double(count) / Double(query.count + tokens.count - count)
                if similarity >= similarityThreshold, similarity > best?.similarity ?? 0 || (similarity == best?.similarity && candidate < best!.key) {
                    best = (candidate, similarity)
                }
            }
            return best.flatMap { best in state.entries[best.key].map { Match(entry: $0, similarity: best.similarity) } }
        }
    }

    /// Stores (or replaces) the schema for a description; created time and hits survive a replacement.
    @discardableResult
    public func merge(description: String, normalized: String, schema: Schema, source: CacheEntry.Source, model: String?, now: Date = Date()) throws -> CacheEntry {
        let time = Int64(now.timeIntervalSince1970)
        let key = Self.key(normalized)
        var entry = CacheEntry(
            key: key, description: description, normalized: normalized, source: source, model: model, created: time, lastUsed: time, hits: 0,
            schemaText: schema.jsonValue.jsonText()
        )
        try journal.withLock {
            try refresh()
            if let old = state.withLock({ $0.entries[key] }) {
                entry.created = old.created
                entry.hits = old.hits
            }
            try journal.appendLocked([entry.journalLine()], sync: true)
        }
        try refresh()
        return entry
    }

    /// Counts a use. Not fsynced: a lost hit count is not lost data.
    public func recordHit(key: String, now: Date = Date()) {
        try? journal.append([Self.opLine("hit", key: key, time: Int64(now.timeIntervalSince1970))], sync: false)
    }

    /// Removes an entry (by key or unique key prefix); false when there is none.
    public func remove(key: String) throws -> Bool {
        guard let entry = entry(key: key) else { return false }
        try journal.append([Self.opLine("delete", key: entry.key, time: Int64(Date().timeIntervalSince1970))])
        try refresh()
        return true
    }

    public func promote(key: String) throws -> CacheEntry? {
        guard let entry = entry(key: key) else { return nil }
        try journal.append([Self.opLine("promote", key: entry.key, time: Int64(Date().timeIntervalSince1970))])
        try refresh()
        return self.entry(key: entry.key)
    }

    /// An entry by key, or by a unique key prefix of at least 6 characters.
    public func entry(key: String) -> CacheEntry? {
        try? refresh()
        return state.withLock { state in
            if let entry = state.entries[key] { return entry }
            guard key.count >= 6 else { return nil }
            let matches = state.entries.keys.filter { $0.hasPrefix(key.lowercased()) }
            return matches.count == 1 ? state.entries[matches[0]] : nil
        }
    }

    /// Every entry, most recently used first.
    public func entries() -> [CacheEntry] {
        try? refresh()
        return state.withLock { Array($0.entries.values) }.sorted { $0.lastUsed != $1.lastUsed ? $0.lastUsed > $1.lastUsed : $0.key < $1.key }
    }

    public var count: Int { state.withLock { $0.entries.count } }
    /// Lines that could not be read (torn by a crash, or edited by hand).
    public var skippedLines: Int { state.withLock { $0.skippedLines } }

    /// Drops entries `shouldDrop` selects and compacts the journal (one line per entry).
    /// Returns the dropped entries.
    public func prune(where shouldDrop: (CacheEntry) -> Bool) throws -> [CacheEntry] {
        var dropped: [CacheEntry] = []
        try journal.withLock {
            try refresh()
            let all = state.withLock { Array($0.entries.values) }.sorted { $0.created != $1.created ? $0.created < $1.created : $0.key < $1.key }
            dropped = all.filter(shouldDrop)
            let kept = all.filter { !shouldDrop($0) }
            try journal.replaceLocked(with: kept.map { $0.journalLine() })
        }
        try refresh()
        return dropped
    }

    // MARK: - Reading the journal

    public func refresh() throws {
        let position = state.withLock { $0.position }
        let (lines, next, reset) = try journal.readLines(since: position)
        state.withLock { state in
            guard state.position == position else { return }
            if reset { state = State() }
            for line in lines { Self.apply(line, to: &state) }
            state.position = next
        }
    }

    static func apply(_ line: Substring, to state: inout State) {
        if line.hasPrefix("{\"op\":\"put\"") {
            guard let entry = CacheEntry.fromJournal(line) else {
                state.skippedLines += 1
                return
            }
            insert(entry, into: &state)
            return
        }
        guard let json = try? JSONParser.parse(String(line)), let op = json["op"]?.stringValue, let key = json["key"]?.stringValue else {
            state.skippedLines += 1
            return
        }
        let time = json["time"]?.int64Value ?? 0
        switch op {
        case "hit":
            state.entries[key]?.hits += 1
            if let last = state.entries[key]?.lastUsed, time > last { state.entries[key]?.lastUsed = time }
        case "promote":
            state.entries[key]?.source = .promoted
        case "delete":
            removeEntry(key, from: &state)
        default:
            state.skippedLines += 1
        }
    }

    static func insert(_ entry: CacheEntry, into state: inout State) {
        removeEntry(entry.key, from: &state)
        state.entries[entry.key] = entry
        if state.indexed { index(entry, in: &state) }
    }

    static func index(_ entry: CacheEntry, in state: inout State) {
        let tokens = Self.tokens(entry.normalized)
        state.tokens[entry.key] = tokens
        for token in tokens { state.postings[token, default: []].insert(entry.key) }
    }

    static func removeEntry(_ key: String, from state: inout State) {
        guard state.entries.removeValue(forKey: key) != nil else { return }
        for token in state.tokens.removeValue(forKey: key) ?? [] {
            state.postings[token]?.remove(key)
            if state.postings[token]?.isEmpty == true { state.postings[token] = nil }
        }
    }

    static func opLine(_ op: String, key: String, time: Int64) -> String {
        JSONValue.object([("op", .string(op)), ("key", .string(key)), ("time", .number(Double(time), text: String(time)))]).jsonText()
    }

    // MARK: - Keys and similarity

    /// The cache key: SHA-256 of the normalised description, hex.
    public static func key(_ normalized: String) -> String { SHA256.hex(normalized) }

    /// Words that say nothing about which dataset is meant.
    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "for", "with", "and", "or", "to", "in", "on", "by", "per", "from", "at", "as", "about", "their", "its",
        "generate", "create", "make", "give", "me", "i", "need", "want", "some", "data", "dataset", "table", "record", "row", "list",
        "sample", "fake", "synthetic", "realistic", "test", "please", "containing", "including", "include", "that", "which", "each",
    ]

    /// Words of a normalised description: runs of ASCII letters and digits, or of non-ASCII
    /// bytes (other scripts), minus stopwords. Byte-wise: this runs for every entry.
    static func tokens(_ normalized: String) -> Set<String> {
        var tokens = Set<String>()
        var utf8 = normalized.utf8[...]
        while let start = utf8.firstIndex(where: isWordByte) {
            let rest = utf8[start...]
            let end = rest.firstIndex { !isWordByte($0) } ?? utf8.endIndex
            let word = String(Substring(normalized.utf8[start..<end]))
            if !stopwords.contains(word) { tokens.insert(word) }
            utf8 = utf8[end...]
        }
        return tokens
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }

}

extension LearnedCache {
    /// What an import found and did.
    public struct ImportReport: Sendable {
        public var imported = 0
        public var problems: [String] = []
    }

    /// Reads `schemas.json` (hash or description -> schema) or JSON lines of exported
    /// entries. Each schema is checked by `validate` first; a bad one is reported, not stored.
    public func importEntries(
        text: String, normalize: (String) -> String, validate: (JSONValue) -> String?
    ) throws -> ImportReport {
        var report = ImportReport()
        var items: [(description: String, key: String?, schema: JSONValue, source: CacheEntry.Source, model: String?)] = []
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        if trimmed.hasPrefix("{"), case .object(let members)? = try? JSONParser.parse(String(trimmed)), members.first.map({ $0.key != "key" }) ?? true {
            for (name, schema) in members {
                let isHash = (name.count == 64 || name.count == 32) && name.allSatisfy(\.isHexDigit)
                items.append((isHash ? "" : name, isHash ? name.lowercased() : nil, schema, .user, nil))
            }
        } else {
            for (number, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                let line = Substring(bytes)
                if line.allSatisfy(\.isWhitespace) { continue }
                guard let json = try? JSONParser.parse(String(line)), let schema = json["schema"] else {
                    report.problems.append("line \(number + 1): not an exported entry")
                    continue
                }
                let description = json["description"]?.stringValue ?? ""
                let source = json["source"]?.stringValue.flatMap(CacheEntry.Source.init(rawValue:)) ?? .user
                items.append((description, description.isEmpty ? json["key"]?.stringValue : nil, schema, source, json["model"]?.stringValue))
            }
        }
        var lines: [String] = []
        let time = Int64(Date().timeIntervalSince1970)
        for item in items {
            if let problem = validate(item.schema) {
                report.problems.append("\(item.description.isEmpty ? item.key ?? "?" : item.description): \(problem)")
                continue
            }
            let normalized = item.description.isEmpty ? "" : normalize(item.description)
            let key = item.key ?? Self.key(normalized)
            let entry = CacheEntry(
                key: key, description: item.description, normalized: normalized, source: item.source, model: item.model, created: time,
                lastUsed: time, hits: 0, schemaText: item.schema.jsonText())
            lines.append(entry.journalLine())
        }
        // In batches: a big import never holds the lock long, and a crash keeps whole batches.
        for start in stride(from: 0, to: lines.count, by: 500) {
            try journal.append(Array(lines[start..<min(lines.count, start + 500)]))
        }
        try refresh()
        report.imported = lines.count
        return report
    }

    /// An entry stored under exactly this key (imported `schemas.json` keys are hashes of
    /// the raw description).
    public func exact(key: String) -> CacheEntry? {
        try? refresh()
        return state.withLock { $0.entries[key] }
    }
}
