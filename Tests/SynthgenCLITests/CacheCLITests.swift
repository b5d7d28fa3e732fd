import Foundation
import Testing

/// The learned cache through the real binary: curation commands, a process killed while
/// merging, and processes merging at the same time.
@Suite struct CacheCLITests {
    static func schemaFile(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("schema.json").path
        try #"{"member_id": "string.uuid", "full_name": "person.fullName", "tier": ["gold", "silver", "bronze"]}"#.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func savedSchemaIsUsedListedExportedAndPruned() throws {
        let data = try CLI.temporaryDirectory().path
        let env = ["SYNTHGEN_DATA_DIR": data]
        let schema = try Self.schemaFile(in: URL(fileURLWithPath: data))
        let saved = try CLI.run(["schema", "zorblax loyalty roster", "--save", schema], environment: env)
        #expect(saved.status == 0, "\(saved.stderr)")

        let resolved = try CLI.run(["schema", "Zorblax loyalty roster!", "--json"], environment: env)
        let json = try #require(try JSONSerialization.jsonObject(with: resolved.stdout) as? [String: Any])
        #expect(json["source"] as? String == "cache")
        #expect(json["confidence"] as? Double == 1)

        let rows = try CLI.run(["generate", "zorblax loyalty roster", "--rows", "3", "--seed", "1"], environment: env)
        #expect(rows.text.hasPrefix("member_id,full_name,tier\n"), "\(rows.stderr)")
        #expect(rows.stderr.contains("schema from cache"))

        let list = try CLI.run(["cache", "list"], environment: env)
        #expect(list.text.contains("user") && list.text.contains("zorblax loyalty roster"))
        #expect(list.text.contains("1 entries"))

        // Export as a rule file: loaded as a corpus, its example resolves to the learned rule.
        let rulesDir = try CLI.temporaryDirectory()
        let export = try CLI.run(["cache", "export", "--format", "rules", "-o", rulesDir.appendingPathComponent("learned.yaml").path], environment: env)
        #expect(export.status == 0, "\(export.stderr)")
        let fromRules = try CLI.run(["schema", "zorblax loyalty roster", "--json", "--rules", rulesDir.path], environment: ["SYNTHGEN_DATA_DIR": try CLI.temporaryDirectory().path])
        let ruleJSON = try #require(try JSONSerialization.jsonObject(with: fromRules.stdout) as? [String: Any])
        #expect((ruleJSON["rule"] as? String)?.hasPrefix("learned-") == true, "\(fromRules.text)")
        #expect(ruleJSON["source"] as? String == "rules")

        let schemas = try CLI.run(["cache", "export", "--format", "schemas-json"], environment: env)
        let exported = try #require(try JSONSerialization.jsonObject(with: schemas.stdout) as? [String: Any])
        #expect(exported.count == 1)
        #expect(exported.keys.first?.count == 64)

        #expect(try CLI.run(["cache", "prune"], environment: env).status != 0, "prune without a criterion refuses")
        let pruned = try CLI.run(["cache", "prune", "--source", "user"], environment: env)
        #expect(pruned.text.contains("1 entries dropped, 0 kept"), "\(pruned.text)")
        let after = try CLI.run(["schema", "zorblax loyalty roster", "--json"], environment: env)
        #expect((try JSONSerialization.jsonObject(with: after.stdout) as? [String: Any])?["source"] as? String == "fallback")
    }

    @Test func anInvalidSavedSchemaIsRefusedAndNothingStored() throws {
        let data = try CLI.temporaryDirectory()
        let bad = data.appendingPathComponent("bad.json").path
        try #"{"a": "person.fristName"}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try CLI.run(["schema", "anything at all", "--save", bad], environment: ["SYNTHGEN_DATA_DIR": data.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("person.firstName"))
        #expect(try CLI.run(["cache", "list"], environment: ["SYNTHGEN_DATA_DIR": data.path]).text.contains("0 entries"))
    }

    /// Entries as `cache export --format jsonl` writes them.
    static func entries(_ range: Range<Int>, tag: String) -> String {
        range.map { i in
            #"{"description": "\#(tag) dataset number \#(i) with widgets", "source": "llm", "model": "gpt-4o-mini", "schema": {"id": "string.uuid", "widget_\#(i)": "number.int", "note": "lorem.sentence"}}"#
        }.joined(separator: "\n") + "\n"
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func keys(_ data: String) throws -> Set<String> {
        let list = try CLI.run(["cache", "list", "--json"], environment: ["SYNTHGEN_DATA_DIR": data])
        #expect(list.status == 0, "\(list.stderr)")
        return Set(list.text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["key"] as? String
        })
    }

    @Test func aProcessKilledMidMergeLeavesEveryEarlierEntryReadable() throws {
        let dir = try CLI.temporaryDirectory()
        let data = dir.appendingPathComponent("data").path
        let first = dir.appendingPathComponent("first.jsonl").path
        try Self.entries(0..<200, tag: "early").write(toFile: first, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["cache", "import", first], environment: ["SYNTHGEN_DATA_DIR": data]).status == 0)
        let earlier = try Self.keys(data)
        #expect(earlier.count == 200)

        let big = dir.appendingPathComponent("big.jsonl").path
        try Self.entries(0..<10_000, tag: "late").write(toFile: big, atomically: true, encoding: .utf8)
        var sawPartialImport = false
        for attempt in 0..<6 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["cache", "import", big]
            process.environment = ProcessInfo.processInfo.environment.merging(["SYNTHGEN_DATA_DIR": data]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let journal = data + "/cache.jsonl"
            let sizeBefore = Self.size(journal)
            try process.run()
            // Kill it once it has started appending (a little later each attempt), so the
            // kill lands mid-import whatever the machine's speed.
            while process.isRunning && Self.size(journal) <= sizeBefore + attempt * 100_000 { usleep(500) }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Self.keys(data)
            #expect(earlier.isSubset(of: now), "attempt \(attempt): earlier entries lost")
            if now.count > 200 && now.count < 10_200 { sawPartialImport = true }
        }
        #expect(sawPartialImport, "no kill landed in the middle of the import")
        // The cache still takes merges afterwards, and the whole import lands.
        let whole = try CLI.run(["cache", "import", big], environment: ["SYNTHGEN_DATA_DIR": data])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try Self.keys(data).count == 10_200)
    }

    @Test func twoProcessesMergingAtOnceLoseNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let data = dir.appendingPathComponent("data").path
        let schema = try Self.schemaFile(in: dir)
        // Two shells, each saving 15 schemas one process at a time, at the same time.
        let processes = try ["left", "right"].map { side -> Process in
            let script = "for i in $(seq 1 15); do \"\(CLI.binary.path)\" schema \"\(side) zorblax roster \\$i\" --save \"\(schema)\" >/dev/null || exit 1; done"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script.replacingOccurrences(of: "\\$i", with: "$i")]
            process.environment = ProcessInfo.processInfo.environment.merging(["SYNTHGEN_DATA_DIR": data, "SYNTHGEN_OFFLINE": "1"]) { $1 }
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(try Self.keys(data).count == 30)
    }

    @Test func budgetShowsTheCapsAndNoSpendOffline() throws {
        let data = try CLI.temporaryDirectory().path
        let result = try CLI.run(["budget", "--json"], environment: ["SYNTHGEN_DATA_DIR": data, "SYNTHGEN_DAILY_CAP_USD": "2.5", "SYNTHGEN_DAILY_CALL_CAP": "none"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect((json["day"] as? [String: Any])?["cap_usd"] as? Double == 2.5)
        #expect(json["call_cap"] is NSNull)
        #expect(json["calls_total"] as? Int == 0)
        #expect(json["offline"] as? Bool == true)
    }
}
