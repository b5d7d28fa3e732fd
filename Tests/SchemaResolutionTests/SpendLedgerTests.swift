import Foundation
import LLMockHarness
import Testing

@testable import SchemaDesign

/// The ledger fails closed: reservations shared between processes through the file, dead
/// processes' reservations released, and no call when the file cannot be trusted.
@Suite struct SpendLedgerTests {
    let directory: String
    var path: String { directory + "/spend.jsonl" }
    static let oneCall = SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: 1)

    init() throws {
        directory = NSTemporaryDirectory() + "synthgen-ledger-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func write(_ lines: [String]) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    func lines() throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func refusal(_ ledger: SpendLedger) -> SpendLedger.Refusal? {
        do {
            _ = try ledger.reserve(estimatedUSD: 0.001)
            return nil
        } catch { return error }
    }

    /// The pid of a process that has exited.
    static func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func reservationsAreOnDiskAndSettled() throws {
        let ledger = try SpendLedger(path: path, caps: Self.oneCall)
        let reservation = try ledger.reserve(estimatedUSD: 0.002)
        // Another ledger on the same file (as another process would open it) sees the reservation.
        let other = try SpendLedger(path: path, caps: Self.oneCall)
        #expect(try other.totals().reservedCalls == 1)
        #expect(refusal(other)?.description == "the daily call cap (1) is reached")
        ledger.settle(reservation, model: "gpt-4o-mini", promptTokens: 1000, completionTokens: 100, key: "k")
        let totals = try other.totals()
        #expect(totals.reservedCalls == 0 && totals.dayCalls == 1 && totals.promptTokens == 1000)
        #expect(try lines().map { $0.contains(#""type":"reserve""#) } == [true, false])
        #expect(try lines()[1].contains(#""settles":"\#(reservation.id)""#))
    }

    @Test func aReleasedReservationFreesItsCall() throws {
        let ledger = try SpendLedger(path: path, caps: Self.oneCall)
        ledger.release(try ledger.reserve(estimatedUSD: 0.5))
        #expect(try ledger.totals().dayCalls == 0)
        _ = try ledger.reserve(estimatedUSD: 0.5)
    }

    @Test func reservationsOfDeadProcessesHoldNothing() throws {
        let now = Int64(Date().timeIntervalSince1970)
        try write([
            #"{"type":"reserve","id":"dead","pid":\#(try Self.deadPid()),"process":"gone","time":\#(now),"estimate_usd":0.1}"#,
            // pid 1 lives, but this reservation is older than any call can take.
            #"{"type":"reserve","id":"stale","pid":1,"process":"init","time":\#(now - 7200),"estimate_usd":0.1}"#,
        ])
        let ledger = try SpendLedger(path: path, caps: Self.oneCall)
        #expect(try ledger.totals().reservedCalls == 0)
        _ = try ledger.reserve(estimatedUSD: 0.001)
    }

    @Test func aLiveProcessesReservationCounts() throws {
        let now = Int64(Date().timeIntervalSince1970)
        try write([#"{"type":"reserve","id":"busy","pid":1,"process":"init","time":\#(now),"estimate_usd":0.1}"#])
        let ledger = try SpendLedger(path: path, caps: Self.oneCall)
        #expect(try ledger.totals().reservedCalls == 1)
        #expect(refusal(ledger)?.ledgerUnreliable == false)
    }

    @Test func anEarlierProcessWithThisPidHoldsNothing() throws {
        let now = Int64(Date().timeIntervalSince1970)
        try write([#"{"type":"reserve","id":"reused","pid":\#(getpid()),"process":"an earlier process","time":\#(now),"estimate_usd":0.1}"#])
        #expect(try SpendLedger(path: path, caps: Self.oneCall).totals().reservedCalls == 0)
    }

    @Test func impossibleLinesMeanNoCall() throws {
        try write([
            #"{"time":1760000000,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":-5,"key":""}"#,
            #"{"time":1760000000,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":0.01,"key":""}"#,
        ])
        let ledger = try SpendLedger(path: path, caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: nil))
        let refused = try #require(refusal(ledger))
        #expect(refused.ledgerUnreliable)
        #expect(refused.description.contains("line 1: cost_usd is -5.0"), "\(refused.description)")
        #expect(refused.description.contains("no LLM call is made"))
        #expect(try ledger.problems() == ["line 1: cost_usd is -5.0, not an amount of 0 or more"])
        #expect(try ledger.totals().totalCalls == 1, "the impossible line is skipped, the good one counted")
        #expect(try lines().count == 2, "nothing was reserved")
    }

    @Test func aLedgerThatIsADirectoryMeansNoCall() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let ledger = try SpendLedger(path: path, caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: nil))
        let refused = try #require(refusal(ledger))
        #expect(refused.ledgerUnreliable && refused.description.contains("not a regular file"), "\(refused.description)")
        #expect(throws: SpendLedger.Refusal.self) { try ledger.totals() }
    }

    @Test func aLockThatCannotBeTakenMeansNoCall() throws {
        // What a read-only data directory does to a non-root user: the lock file cannot be opened.
        try FileManager.default.createDirectory(atPath: path + ".lock", withIntermediateDirectories: true)
        let refused = try #require(refusal(try SpendLedger(path: path, caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: nil))))
        #expect(refused.ledgerUnreliable && refused.description.contains("cannot open \(path).lock"), "\(refused.description)")
    }

    @Test func aRecordThatCannotBeWrittenStopsFurtherCalls() throws {
        let ledger = try SpendLedger(path: path, caps: SpendCaps(dailyUSD: nil, monthlyUSD: nil, dailyCalls: nil))
        let reservation = try ledger.reserve(estimatedUSD: 0.001)
        try FileManager.default.moveItem(atPath: path, toPath: path + ".aside")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        ledger.settle(reservation, model: "gpt-4o-mini", promptTokens: 10, completionTokens: 10, key: "k")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".aside", toPath: path)
        let refused = try #require(refusal(ledger), "the file is back, but this process lost a record")
        #expect(refused.description.contains("could not record a call earlier"), "\(refused.description)")
    }

    /// Four `synthgen schema` processes start together against LLMock with a call cap of 1:
    /// one call is made, the others are refused by the reservation the first one holds.
    @Test func fourProcessesRacingMakeOneCall() async throws {
        let mock = try await LLMockServer.start()
        defer { mock.stop() }
        // The answer comes slowly, so every process reserves while the first call is in flight.
        try await mock.script([LLMockServer.delay(seconds: 2), LLMockServer.reply(goodAnswer, times: 4)])
        let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/synthgen")
        var environment = ProcessInfo.processInfo.environment
        environment["SYNTHGEN_OFFLINE"] = nil
        environment.merge([
            "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": mock.baseURL, "SYNTHGEN_DATA_DIR": directory, "SYNTHGEN_DAILY_CALL_CAP": "1",
            "SYNTHGEN_LLM_RETRIES": "0",
        ]) { $1 }
        let processes = (0..<4).map { _ in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["schema", Unknown.first, "--json"]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])
        let calls = try await mock.requests().count
        #expect(calls == 1)
        let totals = try SpendLedger(path: path, caps: Self.oneCall).totals()
        #expect(totals.dayCalls == 1 && totals.reservedCalls == 0)
    }
}
