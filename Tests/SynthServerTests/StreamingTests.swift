import Foundation
import LLMockHarness
import NIOHTTP1
import XCTest

/// Streaming at scale, disconnects, graceful shutdown, and the LLM behind the service.
final class StreamingTests: XCTestCase {
    static let schemaPath = ServerProcess.packageRoot.appendingPathComponent("examples/inventory.json").path

    func testMillionRowDownloadEqualsTheCLIByteForByte() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"])
        defer { server.stop() }
        let schema = try String(contentsOfFile: Self.schemaPath, encoding: .utf8)
        let reply = try await server.post("/generate", #"{"schema": \#(schema), "rows": 1000000, "seed": 7, "now": "2025-01-01"}"#)
        XCTAssertEqual(reply.status, 200)

        let cli = Process()
        cli.executableURL = URL(fileURLWithPath: ServerProcess.binary)
        let output = NSTemporaryDirectory() + "synthgen-cli-\(UUID().uuidString).csv"
        cli.arguments = ["generate", "--schema", Self.schemaPath, "--rows", "1000000", "--seed", "7", "--now", "2025-01-01", "-o", output]
        try cli.run()
        cli.waitUntilExit()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let expected = try Data(contentsOf: URL(fileURLWithPath: output))
        XCTAssertEqual(reply.body.readableBytes, expected.count)
        XCTAssertTrue(Data(reply.body.readableBytesView) == expected, "the streamed body differs from `synthgen generate`")
    }

    func testAClientThatHangsUpStopsTheGeneration() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"])
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send(post: "/generate", body: #"{"schema": {"id": "string.uuid", "n": "number.int"}, "rows": 100000000}"#)
        _ = try client.read(atLeast: 1 << 20)
        client.close()
        var cancelled = 0.0
        for _ in 0..<100 where cancelled < 1 {
            try await Task.sleep(nanoseconds: 50_000_000)
            cancelled = try await server.metric("synthgen_generations_cancelled_total") ?? 0
        }
        XCTAssertEqual(cancelled, 1)
        let active = try await server.metric("synthgen_generations_active")
        XCTAssertEqual(active, 0)
        let rows = try await server.metric("synthgen_rows_total") ?? 0
        XCTAssertLessThan(rows, 1_000_000, "generation stopped soon after the client left, not at 100M rows")
    }

    func testSIGTERMLetsARunningDownloadFinish() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1", "SYNTHGEN_SHUTDOWN_SECONDS": "30"])
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        try client.send(post: "/generate", body: #"{"schema": {"id": "string.uuid", "n": "number.int"}, "rows": 3000000, "seed": 1}"#)
        var received = try client.read(atLeast: 64 << 10)
        kill(server.process.processIdentifier, SIGTERM)
        // Drain the rest: the server finishes this download before it exits.
        while true {
            guard let more = try? client.read(atLeast: 1) else { break }
            received += more
        }
        client.close()
        // 3M rows of a 36-character UUID, a comma, an int and a newline: well over 100 MB.
        XCTAssertGreaterThan(received, 3_000_000 * 40)
        for _ in 0..<100 where server.process.isRunning { try await Task.sleep(nanoseconds: 50_000_000) }
        XCTAssertFalse(server.process.isRunning)
    }

    func testConcurrentIdenticalDescriptionsMakeOneLLMCall() async throws {
        let mock = try await LLMockServer.start()
        defer { mock.stop() }
        let answer = #"{"columns": [{"name": "reading_id", "method": "string.uuid", "values": null, "params": [], "null_rate": 0, "unique": false}, {"name": "flux", "method": "number.float", "values": null, "params": [], "null_rate": 0, "unique": false}]}"#
        try await mock.script([LLMockServer.delay(seconds: 0.5), LLMockServer.reply(answer, times: 10)])
        let server = try await ServerProcess.start(environment: ["OPENAI_BASE_URL": mock.baseURL, "OPENAI_API_KEY": "sk-test"])
        defer { server.stop() }
        let body = #"{"description": "zorblax flux readings from the gizmotron array", "rows": 5, "seed": 3}"#
        let replies = try await withThrowingTaskGroup(of: ServerProcess.Reply.self) { group in
            for _ in 0..<10 { group.addTask { try await server.post("/generate", body) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(replies.map(\.status), Array(repeating: 200, count: 10))
        XCTAssertTrue(replies.allSatisfy { $0.text.hasPrefix("reading_id,flux\n") }, replies[0].text)
        XCTAssertEqual(Set(replies.map(\.body)).count, 1, "same seed, same schema, same bytes")
        let calls = try await mock.requests().count
        XCTAssertEqual(calls, 1)
        let llmCalls = try await server.metric("synthgen_llm_calls_total")
        XCTAssertEqual(llmCalls, 1)
        // Afterwards the learned cache answers.
        let again = try await server.post("/schema", #"{"description": "zorblax flux readings from the gizmotron array"}"#)
        XCTAssertEqual(again.json?["source"] as? String, "cache")
        let budget = try await server.get("/budget")
        XCTAssertEqual(budget.json?["calls_total"] as? Int, 1)
    }
}
