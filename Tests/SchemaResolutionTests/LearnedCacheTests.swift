import Foundation
import SynthCore
import XCTest

@testable import SchemaResolution

/// The cache journal on real files: reloads, torn and corrupt lines, compaction seen by
/// another instance. (Killed processes and concurrent processes: SynthgenCLITests.)
final class LearnedCacheTests: XCTestCase {
    let schema = try! SchemaParser.parse(#"{"id": "string.uuid", "name": "person.fullName", "tier": ["gold", "silver"]}"#)

    func testEntriesSurviveReopeningWithHitsAndSources() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        let entry = try cache.merge(description: "Loyalty members", normalized: "loyalty member", schema: schema, source: .llm, model: "gpt-4o-mini")
        try cache.merge(description: "Gym visits", normalized: "gym visit", schema: schema, source: .user, model: nil)
        cache.recordHit(key: entry.key)
        cache.recordHit(key: entry.key)
        XCTAssertNotNil(try cache.promote(key: String(entry.key.prefix(8))))

        let reopened = try LearnedCache(directory: directory)
        XCTAssertEqual(reopened.count, 2)
        let match = try XCTUnwrap(reopened.lookup(normalized: "loyalty member"))
        XCTAssertEqual(match.similarity, 1)
        XCTAssertEqual(match.entry.hits, 2)
        XCTAssertEqual(match.entry.source, .promoted)
        XCTAssertEqual(match.entry.model, "gpt-4o-mini")
        XCTAssertEqual(try match.entry.schema(), schema)
        XCTAssertEqual(reopened.skippedLines, 0)
    }

    func testReplacingAnEntryKeepsItsCreationTimeAndHits() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        let first = try cache.merge(description: "a b c", normalized: "a b c", schema: schema, source: .llm, model: "m", now: Date(timeIntervalSince1970: 1000))
        cache.recordHit(key: first.key)
        let other = try SchemaParser.parse(#"{"x": "number.int"}"#)
        let second = try cache.merge(description: "a b c", normalized: "a b c", schema: other, source: .user, model: nil, now: Date(timeIntervalSince1970: 5000))
        XCTAssertEqual(second.created, 1000)
        XCTAssertEqual(second.hits, 1)
        XCTAssertEqual(try LearnedCache(directory: directory).entry(key: first.key)?.schema(), other)
    }

    func testTornLastLineIsIgnoredThenSealedOffByTheNextMerge() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        try cache.merge(description: "one", normalized: "one", schema: schema, source: .llm, model: nil)
        let second = try cache.merge(description: "two", normalized: "two", schema: schema, source: .llm, model: nil)
        // A writer killed half-way through its line: bytes without the closing newline.
        let path = directory + "/cache.jsonl"
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(second.journalLine().prefix(70).utf8))
        try handle.close()

        let afterCrash = try LearnedCache(directory: directory)
        XCTAssertEqual(afterCrash.count, 2)
        try afterCrash.merge(description: "three", normalized: "three", schema: schema, source: .llm, model: nil)
        let later = try LearnedCache(directory: directory)
        XCTAssertEqual(Set(later.entries().map(\.description)), ["one", "two", "three"])
        XCTAssertEqual(later.skippedLines, 1, "the torn line, now sealed, is read and skipped")
    }

    func testATruncatedLineThatStillEndsInABraceIsNotTakenAsAnEntry() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        let entry = try cache.merge(description: "one", normalized: "one", schema: schema, source: .llm, model: nil)
        let line = entry.journalLine()
        // Cut just after a nested "}" inside the schema: it looks whole but is not.
        let cut = line[...line.firstIndex(of: "]")!] + "}"
        try (String(cut) + "\n").appendToFile(directory + "/cache.jsonl")
        let reopened = try LearnedCache(directory: directory)
        XCTAssertEqual(reopened.count, 1)
        XCTAssertEqual(reopened.skippedLines, 1)
        XCTAssertEqual(try reopened.entries()[0].schema(), schema)
    }

    func testGarbageLinesAreSkippedAndEverythingElseKept() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        try cache.merge(description: "one", normalized: "one", schema: schema, source: .llm, model: nil)
        try "\u{0}\u{1}not json at all\n{\"op\":\"hit\"}\n".appendToFile(directory + "/cache.jsonl")
        try cache.merge(description: "two", normalized: "two", schema: schema, source: .llm, model: nil)
        let reopened = try LearnedCache(directory: directory)
        XCTAssertEqual(reopened.count, 2)
        XCTAssertEqual(reopened.skippedLines, 2)
    }

    func testPruneCompactsAndAnotherInstanceSeesTheNewFile() throws {
        let directory = temporaryDirectory(self)
        let a = try LearnedCache(directory: directory)
        let b = try LearnedCache(directory: directory)
        for word in ["alpha", "beta", "gamma"] {
            let entry = try a.merge(description: word, normalized: word, schema: schema, source: word == "beta" ? .user : .llm, model: nil)
            a.recordHit(key: entry.key)
        }
        XCTAssertEqual(b.entries().count, 3, "b reads what a appended")
        let dropped = try a.prune { $0.source == .user }
        XCTAssertEqual(dropped.map(\.description), ["beta"])
        let lines = try String(contentsOfFile: directory + "/cache.jsonl", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "one line per surviving entry, hit lines folded in")
        XCTAssertEqual(Set(b.entries().map(\.description)), ["alpha", "gamma"], "b notices the file was replaced")
        XCTAssertEqual(b.entries().map(\.hits), [1, 1])
    }

    func testNearDuplicatesNeedTheThreshold() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory, similarityThreshold: 0.8)
        try cache.merge(description: "", normalized: "hospital patient admission with ward and bed number", schema: schema, source: .llm, model: nil)
        let close = try XCTUnwrap(cache.lookup(normalized: "hospital patient admission with ward bed number and doctor"))
        // Tokens without stopwords: {hospital, patient, admission, ward, bed, number} vs the same + doctor.
        XCTAssertEqual(close.similarity, 6.0 / 7.0, accuracy: 1e-9)
        XCTAssertNil(cache.lookup(normalized: "hospital patient billing"))
    }

    func testImportReadsTheOriginalSchemasJSONAndExportWritesIt() throws {
        let directory = temporaryDirectory(self)
        let cache = try LearnedCache(directory: directory)
        // The original design's file: hash of description -> schema; and a description key.
        let hash = String(repeating: "ab", count: 32)
        let text = """
            {"\(hash)": {"sku": "commerce.isbn"}, "warehouse stock levels": {"sku": "string.uuid", "stock": "number.int"}, "bad one": {"x": "no.such"}}
            """
        let report = try cache.importEntries(text: text, normalize: { $0.lowercased() }) { schema in
            (try? SchemaCompiler(now: 0).compile(SchemaParser.parse(schema), rows: 1)) == nil ? "invalid" : nil
        }
        XCTAssertEqual(report.imported, 2)
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertNotNil(cache.exact(key: hash))
        XCTAssertNotNil(cache.lookup(normalized: "warehouse stock levels"))
        let exported = try JSONParser.parse(CacheExport.schemasJSON(cache.entries()))
        guard case .object(let members) = exported else { return XCTFail("not an object") }
        XCTAssertEqual(Set(members.map(\.key)), [hash, LearnedCache.key("warehouse stock levels")])
    }
}

extension String {
    func appendToFile(_ path: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(utf8))
        try handle.close()
    }
}
