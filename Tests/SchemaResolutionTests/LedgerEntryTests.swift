import Testing

@testable import SchemaDesign

/// Lines of spend.jsonl: what is written reads back the same, and impossible lines are refused.
@Suite struct LedgerEntryTests {
    @Test func entriesRoundTrip() throws {
        let record = SpendLedger.Record(time: 1_760_000_000, model: "gpt-4o-mini", promptTokens: 812, completionTokens: 95, costUSD: 0.000179, key: "abc")
        let reservation = SpendLedger.Reservation(id: "42-x-1", pid: 42, process: "token", time: 1_760_000_000, estimatedUSD: 0.0013)
        for entry in [LedgerEntry.record(record, settles: nil), .record(record, settles: "42-x-1"), .reserve(reservation), .release(id: "42-x-1")] {
            #expect(try LedgerEntry.parse(Substring(entry.text)) == entry)
        }
        #expect(LedgerEntry.release(id: "7").text == #"{"type":"release","id":"7"}"#)
    }

    @Test func linesWrittenBeforeReservationsAreRecords() throws {
        let old = #"{"time":1760000000,"model":"gpt-4o-mini","prompt_tokens":10,"completion_tokens":5,"cost_usd":0.00000450,"key":"k"}"#
        guard case .record(let record, nil) = try LedgerEntry.parse(Substring(old)) else {
            Issue.record("not a record")
            return
        }
        #expect(record.promptTokens == 10 && record.costUSD == 0.0000045)
    }

    @Test(arguments: [
        (#"{"time":1,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":-0.5,"key":""}"#, "cost_usd is -0.5"),
        (#"{"time":1,"model":"m","prompt_tokens":-4,"completion_tokens":1,"cost_usd":0.5,"key":""}"#, "prompt_tokens is -4, below 0"),
        (#"{"time":1,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":1e999,"key":""}"#, "number out of range"),
        (#"{"time":1,"model":"m","prompt_tokens":1,"completion_tokens":1,"cost_usd":NaN,"key":""}"#, "not JSON"),
        (#"{"time":1,"model":"m","prompt_tokens":1,"completion_tokens":1}"#, "cost_usd is missing"),
        (#"{"type":"reserve","id":"a","pid":0,"process":"p","time":1,"estimate_usd":0.1}"#, "pid is 0, below 1"),
        (#"{"type":"refund","id":"a"}"#, "unknown line type"),
        (#"[1,2]"#, "not a JSON object"),
        (#"{"time":1,"mod"#, "not JSON"),
    ])
    func impossibleLinesAreRefused(line: String, reason: String) {
        do {
            _ = try LedgerEntry.parse(Substring(line))
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
        }
    }
}
