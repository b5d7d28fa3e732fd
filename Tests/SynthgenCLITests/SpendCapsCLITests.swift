import Foundation
import Testing

/// Cap settings and the ledger as the user meets them: at start-up and in `budget`.
@Suite struct SpendCapsCLITests {
    @Test(arguments: [["schema", "customers with emails"], ["serve", "--port", "0"]])
    func aBadCapStopsTheProgramAtStartUp(arguments: [String]) throws {
        let result = try CLI.run(arguments, environment: ["SYNTHGEN_DAILY_CAP_USD": "abc"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("SYNTHGEN_DAILY_CAP_USD=abc is not valid"), "\(result.stderr)")
        #expect(!result.stderr.contains("listening on"))
        let negative = try CLI.run(arguments, environment: ["SYNTHGEN_DAILY_CALL_CAP": "-1"])
        #expect(negative.status == 2 && negative.stderr.contains("SYNTHGEN_DAILY_CALL_CAP=-1 is not valid"))
    }

    @Test func budgetShowsImpossibleLines() throws {
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try (#"{"time":1760000000,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":-2,"key":""}"# + "\n")
            .write(to: data.appendingPathComponent("spend.jsonl"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["budget", "--data-dir", data.path])
        #expect(result.status == 0)
        #expect(result.text.contains("ledger problems (no LLM call is made until they are fixed):\n  line 1: cost_usd is -2.0"), "\(result.text)")
    }

    @Test func budgetOfALedgerThatCannotBeReadFails() throws {
        let data = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        try FileManager.default.createDirectory(at: data.appendingPathComponent("spend.jsonl"), withIntermediateDirectories: true)
        let result = try CLI.run(["budget", "--data-dir", data.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a regular file"), "\(result.stderr)")
    }
}
