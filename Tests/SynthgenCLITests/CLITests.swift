import Foundation
import Testing

/// Runs the built `synthgen` binary as a user would, with real files on disk.
struct CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let candidates = [".build/debug/synthgen", ".build/release/synthgen"].map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // Offline and with a data directory of its own unless a test says otherwise: no
        // test reaches a network or the user's learned cache.
        let isolated = ["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_DATA_DIR": scratchDataDirectory]
        process.environment = ProcessInfo.processInfo.environment.merging(isolated) { $1 }.merging(environment) { $1 }
        // Standard error goes to a file, so one pipe is read and nothing can block.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("synthgen-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synthgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let scratchDataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("synthgen-cli-data-\(getpid())").path

    static let inventory = packageRoot.appendingPathComponent("examples/inventory.json").path
}

@Suite struct CLITests {
    @Test func generatesTheInventoryExample() throws {
        let result = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "100", "--seed", "1", "--now", "2025-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines[0] == "product_id,sku,product_name,category,stock_level,price,warehouse_location")
        #expect(result.stderr.isEmpty)
    }

    @Test func withoutASeedTheChosenSeedIsPrintedAndReproduces() throws {
        let first = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "50"])
        #expect(first.status == 0)
        let words = first.stderr.split(separator: " ")
        let seedIndex = try #require(words.firstIndex(of: "--seed"))
        let nowIndex = try #require(words.firstIndex(of: "--now"))
        let again = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "50", "--seed", String(words[seedIndex + 1]), "--now", String(words[nowIndex + 1])])
        #expect(again.stdout == first.stdout)
    }

    @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
        let dir = try CLI.temporaryDirectory()
        let target = dir.appendingPathComponent("rows.jsonl")
        let ok = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "1000", "--seed", "3", "--format", "jsonl", "-o", target.path])
        #expect(ok.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).split(separator: "\n").count == 1000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["rows.jsonl"])

        let bad = dir.appendingPathComponent("bad.json")
        try #"{"a": "person.fristName", "b": {"type": "number.int", "min": 9, "max": 1}}"#.write(to: bad, atomically: true, encoding: .utf8)
        let never = dir.appendingPathComponent("never.csv")
        let failed = try CLI.run(["generate", "--schema", bad.path, "--rows", "10", "-o", never.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("did you mean \"person.firstName\""))
        #expect(failed.stderr.contains("min (9) is greater than max (1)"))
        #expect(!FileManager.default.fileExists(atPath: never.path))
        #expect(failed.stdout.isEmpty)
    }

    @Test func rowCountLimits() throws {
        let negative = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "-1"])
        #expect(negative.status == 2 && negative.stderr.contains("must not be negative") && negative.stdout.isEmpty)
        let huge = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "1000000000000"])
        #expect(huge.status == 2 && huge.stderr.contains("beyond the maximum"))
        let lowered = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "11"], environment: ["SYNTHGEN_MAX_ROWS": "10"])
        #expect(lowered.status == 2)
    }

    @Test func malformedSchemaFromStandardInput() throws {
        let result = try CLI.run(["generate", "--schema", "-", "--rows", "5"], stdin: "{\n \"a\": \"person.firstName\"\n \"b\": 1}")
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 3, column 2"))
        let good = try CLI.run(["generate", "--schema", "-", "--rows", "5", "--seed", "1"], stdin: #"{"a": "person.firstName"}"#)
        #expect(good.status == 0 && good.text.split(separator: "\n").count == 6)
    }

    @Test func shardsFromTheCommandLineConcatenate() throws {
        let whole = try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "5001", "--seed", "9", "--now", "2025-01-01", "--threads", "1"]).stdout
        var joined = Data()
        for part in 1...3 {
            joined += try CLI.run(["generate", "--schema", CLI.inventory, "--rows", "5001", "--seed", "9", "--now", "2025-01-01", "--threads", "2", "--shard", "\(part)/3"]).stdout
        }
        #expect(joined == whole)
        let bad = try CLI.run(["generate", "--schema", CLI.inventory, "--shard", "4/3"])
        #expect(bad.status == 2)
    }

    @Test func methodsListsTheCatalogAsJSON() throws {
        let result = try CLI.run(["methods", "--json"])
        #expect(result.status == 0)
        let methods = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(methods.count >= 80)
        let names = Set(methods.compactMap { $0["name"] as? String })
        for module in ["person", "internet", "phone", "location", "commerce", "company", "finance", "date", "number", "string", "datatype", "lorem", "helpers"] {
            #expect(names.contains { $0.hasPrefix(module + ".") }, "\(module)")
        }
    }
}
