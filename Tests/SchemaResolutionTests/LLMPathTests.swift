import Foundation
import IntentMatching
import LLMockHarness
import SchemaDesign
import SynthCore
import XCTest

@testable import SchemaResolution

/// The LLM path against LLMock over real HTTP on 127.0.0.1, scripted per test.
final class LLMPathTests: XCTestCase {
    var mock: LLMockServer!

    override func setUp() async throws {
        mock = try await LLMockServer.start()
    }

    override func tearDown() async throws {
        mock?.stop()
    }

    func testTheseDescriptionsNeedTheLLM() async throws {
        for description in [Unknown.first, Unknown.second, Unknown.third] {
            XCTAssertLessThan(try bundledMatcher.resolve(description).confidence, bundledMatcher.threshold, description)
        }
    }

    func testGoodAnswerIsUsedCachedAndNeverAskedTwice() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(goodAnswer)])
        let resolver = try makeResolver(mock: mock, directory: directory)
        let first = try await resolver.resolve(Unknown.first)
        XCTAssertEqual(first.resolution.source, .llm)
        XCTAssertEqual(first.resolution.schema.names, ["reading_id", "flux", "array_zone", "recorded_at"])
        let llm = try XCTUnwrap(first.llm)
        XCTAssertEqual(llm.model, "gpt-4o-mini")
        XCTAssertGreaterThan(llm.promptTokens, 0)
        XCTAssertGreaterThan(llm.costUSD, 0)

        // What the client sent: model, strict json_schema, the catalog as the method enum.
        let sent = try await mock.requests()
        XCTAssertEqual(sent.count, 1)
        XCTAssertEqual(sent[0]["model"]?.stringValue, "gpt-4o-mini")
        let format = try XCTUnwrap(sent[0]["response_format"])
        XCTAssertEqual(format["type"]?.stringValue, "json_schema")
        XCTAssertEqual(format["json_schema"]?["strict"]?.boolValue, true)
        let method = format["json_schema"]?["schema"]?["properties"]?["columns"]?["items"]?["properties"]?["method"]
        guard case .array(let names)? = method?["enum"] else { return XCTFail("no method enum in \(format.jsonText())") }
        XCTAssertEqual(names.count, MethodCatalog.standard.methods.count + 1)
        XCTAssertTrue(names.contains(.string("finance.creditCardNumber")))
        XCTAssertTrue(names.contains(.null))
        let system = sent[0]["messages"].flatMap { if case .array(let m) = $0 { return m.first?["content"]?.stringValue } else { return nil } } ?? ""
        XCTAssertTrue(system.contains("Output only valid JSON"))
        XCTAssertTrue(system.contains("commerce.isbn"))

        // The same description again (and in a fresh process's resolver): no call.
        let second = try await resolver.resolve(Unknown.first)
        XCTAssertEqual(second.resolution.source, .cache)
        XCTAssertEqual(second.resolution.confidence, 1)
        XCTAssertEqual(second.resolution.schema, first.resolution.schema)
        let reopened = try makeResolver(mock: mock, directory: directory)
        let third = try await reopened.resolve("  Zorblax FLUX readings from the gizmotron array! ")
        XCTAssertEqual(third.resolution.source, .cache)
        let afterwards = try await mock.requests()
        XCTAssertEqual(afterwards.count, 1)
    }

    func testNearDuplicateDescriptionHitsTheCacheWithItsSimilarity() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(goodAnswer)])
        let resolver = try makeResolver(mock: mock, directory: directory)
        _ = try await resolver.resolve("zorblax flux readings from the gizmotron array at moonbase kappa")
        let near = try await resolver.resolve("zorblax flux readings from the gizmotron array at moonbase kappa seven")
        XCTAssertEqual(near.resolution.source, .cache)
        XCTAssertGreaterThanOrEqual(near.resolution.confidence, 0.8)
        XCTAssertLessThan(near.resolution.confidence, 1)
        let count = try await mock.requests().count
        XCTAssertEqual(count, 1)
    }

    func testMalformedAnswerFallsBackToLocalRulesWithTheReason() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply("{\"columns\": [ {\"name\": \"oops\", ")])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .fallback)
        XCTAssertTrue(outcome.resolution.explanation.notes.joined().contains("not a JSON schema"), "\(outcome.resolution.explanation.notes)")
        XCTAssertEqual(try LearnedCache(directory: directory).count, 0)
    }

    func testAnswerCutOffAtTheTokenLimitFallsBack() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(String(goodAnswer.prefix(150)), finishReason: "length")])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .fallback)
        XCTAssertTrue(outcome.resolution.explanation.notes.joined().contains("cut off"), "\(outcome.resolution.explanation.notes)")
    }

    func testCodeFencedAnswerIsAccepted() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply("```json\n" + goodAnswer + "\n```")])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .llm)
        XCTAssertEqual(outcome.resolution.schema.names.count, 4)
    }

    func testUnknownMethodsInTheAnswerAreRepaired() async throws {
        let directory = temporaryDirectory(self)
        let answer = #"{"columns": [{"name": "contact_email", "method": "internet.electronicMail", "values": null, "params": [], "null_rate": 0, "unique": false}, {"name": "flux", "method": "number.float", "values": null, "params": [], "null_rate": 0, "unique": false}]}"#
        try await mock.script([LLMockServer.reply(answer)])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .llm)
        XCTAssertEqual(outcome.resolution.schema.columns[0].source, .method("internet.email"))
        XCTAssertTrue(outcome.resolution.explanation.notes.contains { $0.hasPrefix("repaired contact_email") })
    }

    func testRateLimitWaitsAsAskedThenSucceeds() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.fail(429, retryAfter: 2), LLMockServer.reply(goodAnswer)])
        let started = Date()
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        let waited = Date().timeIntervalSince(started)
        XCTAssertEqual(outcome.resolution.source, .llm)
        XCTAssertEqual(outcome.llm?.attempts, 2)
        XCTAssertGreaterThanOrEqual(waited, 2, "the retry must wait the 2 s Retry-After asked for")
        let count = try await mock.requests().count
        XCTAssertEqual(count, 2)
    }

    func testServerErrorIsRetriedWithBackoff() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.fail(500), LLMockServer.reply(goodAnswer)])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .llm)
        XCTAssertEqual(outcome.llm?.attempts, 2)
    }

    func testClientErrorsAreNotRetried() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.fail(401, times: 3)])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .fallback)
        XCTAssertTrue(outcome.resolution.explanation.notes.joined().contains("HTTP 401"), "\(outcome.resolution.explanation.notes)")
        let count = try await mock.requests().count
        XCTAssertEqual(count, 1)
    }

    func testStallPastTheTimeoutFallsBack() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.delay(seconds: 4, times: 5)])
        let started = Date()
        let outcome = try await makeResolver(mock: mock, directory: directory, timeout: 1, retries: 1).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .fallback)
        XCTAssertTrue(outcome.resolution.explanation.notes.joined().contains("no answer within 1 s"), "\(outcome.resolution.explanation.notes)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 4, "gave up at the timeout, not when the server answered")
    }

    func testRejectedJSONSchemaFormatFallsBackToJSONObject() async throws {
        let directory = temporaryDirectory(self)
        // A server that refuses OpenAI's json_schema format, as llama-cpp-python does.
        let refusal: JSONValue = .object([
            ("type", "fail"), ("status", 400), ("times", 1),
            ("message", "response_format: Input should be 'text' or 'json_object'"),
        ])
        try await mock.script([refusal, LLMockServer.reply(#"{"reading_id": "string.uuid", "flux": "number.float"}"#)])
        let outcome = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .llm, "\(outcome.resolution.explanation.notes)")
        let sent = try await mock.requests()
        XCTAssertEqual(sent.map { $0["response_format"]?["type"]?.stringValue }, ["json_schema", "json_object"])
    }

    func testBudgetCapReachedMidRunKeepsWorkingLocally() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(goodAnswer, times: 10)])
        let resolver = try makeResolver(mock: mock, directory: directory, caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: 2))
        let sources = try await [Unknown.first, Unknown.second, Unknown.third].asyncMap { try await resolver.resolve($0) }
        XCTAssertEqual(sources.map(\.resolution.source), [.llm, .llm, .fallback])
        XCTAssertTrue(sources[2].resolution.explanation.notes.joined().contains("daily call cap (2)"), "\(sources[2].resolution.explanation.notes)")
        let count = try await mock.requests().count
        XCTAssertEqual(count, 2)
        // The ledger persisted both calls: a new process sees the cap reached too.
        let ledger = try SpendLedger(path: directory + "/spend.jsonl", caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: 2))
        XCTAssertEqual(try ledger.totals().dayCalls, 2)
        XCTAssertThrowsError(try ledger.reserve(estimatedUSD: 0))
    }

    func testDollarCapStopsCallsBeforeTheyAreMade() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(goodAnswer)])
        let outcome = try await makeResolver(mock: mock, directory: directory, caps: SpendCaps(dailyUSD: 0.000001, monthlyUSD: nil, dailyCalls: nil)).resolve(Unknown.first)
        XCTAssertEqual(outcome.resolution.source, .fallback)
        XCTAssertTrue(outcome.resolution.explanation.notes.joined().contains("daily spend cap"))
        let count = try await mock.requests().count
        XCTAssertEqual(count, 0)
    }

    func testTwentyConcurrentIdenticalDescriptionsMakeOneCall() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.delay(seconds: 0.5, times: 1), LLMockServer.reply(goodAnswer, times: 20)])
        let resolver = try makeResolver(mock: mock, directory: directory)
        let outcomes = try await withThrowingTaskGroup(of: Outcome.self) { group in
            for _ in 0..<20 { group.addTask { try await resolver.resolve(Unknown.second) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(outcomes.count, 20)
        XCTAssertTrue(outcomes.allSatisfy { $0.resolution.source == .llm || $0.resolution.source == .cache })
        let count = try await mock.requests().count
        XCTAssertEqual(count, 1)
        XCTAssertEqual(outcomes.filter { $0.llm?.shared == false }.count, 1, "one caller made the call; the rest shared it")
    }

    func testOfflineAndNoKeyNeverCallOut() async throws {
        let directory = temporaryDirectory(self)
        try await mock.script([LLMockServer.reply(goodAnswer, times: 5)])
        let offline = try await makeResolver(mock: mock, directory: directory, offline: true).resolve(Unknown.first)
        XCTAssertEqual(offline.resolution.source, .fallback)
        XCTAssertTrue(offline.resolution.explanation.notes.contains("offline: the LLM was not asked"))
        let perRequest = try await makeResolver(mock: mock, directory: directory).resolve(Unknown.first, offline: true)
        XCTAssertEqual(perRequest.resolution.source, .fallback)
        let noKey = try await makeResolver(mock: nil, directory: directory).resolve(Unknown.first)
        XCTAssertEqual(noKey.resolution.source, .fallback)
        XCTAssertTrue(noKey.resolution.explanation.notes.joined().contains("no OPENAI_API_KEY"))
        let count = try await mock.requests().count
        XCTAssertEqual(count, 0)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
