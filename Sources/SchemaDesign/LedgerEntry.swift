import Foundation
import SynthCore

/// One line of `spend.jsonl`. A call is first reserved (its worst-case cost, and the
/// process that holds it), then settled by a record of what it really cost or by a
/// release when it was never made. Lines written before reservations existed are records
/// without `settles`.
enum LedgerEntry: Equatable {
    case record(SpendLedger.Record, settles: String?)
    case reserve(SpendLedger.Reservation)
    case release(id: String)

    /// Why a line cannot be trusted: the ledger holding it is unreliable.
    struct Impossible: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    var text: String {
        switch self {
        case .record(let r, let settles):
            var members: [(key: String, value: JSONValue)] = [
                ("time", Self.integer(r.time)),
                ("model", .string(r.model)),
                ("prompt_tokens", Self.integer(Int64(r.promptTokens))),
                ("completion_tokens", Self.integer(Int64(r.completionTokens))),
                ("cost_usd", .number(r.costUSD, text: String(format: "%.8f", r.costUSD))),
                ("key", .string(r.key)),
            ]
            if let settles { members.append(("settles", .string(settles))) }
            return JSONValue.object(members).jsonText()
        case .reserve(let r):
            return JSONValue.object([
                ("type", "reserve"), ("id", .string(r.id)), ("pid", Self.integer(Int64(r.pid))), ("process", .string(r.process)),
                ("time", Self.integer(r.time)), ("estimate_usd", .number(r.estimatedUSD, text: String(format: "%.8f", r.estimatedUSD))),
            ]).jsonText()
        case .release(let id):
            return JSONValue.object([("type", "release"), ("id", .string(id))]).jsonText()
        }
    }

    static func integer(_ value: Int64) -> JSONValue { .number(Double(value), text: String(value)) }

    static func parse(_ line: Substring) throws(Impossible) -> LedgerEntry {
        let json: JSONValue
        do { json = try JSONParser.parse(String(line)) } catch { throw Impossible(description: "not JSON (\(error))") }
        guard case .object = json else { throw Impossible(description: "not a JSON object") }
        switch json["type"]?.stringValue {
        case nil, "record":
            let record = SpendLedger.Record(
                time: try integer(json, "time", minimum: 0), model: try string(json, "model"),
                promptTokens: Int(try integer(json, "prompt_tokens", minimum: 0)), completionTokens: Int(try integer(json, "completion_tokens", minimum: 0)),
                costUSD: try dollars(json, "cost_usd"), key: json["key"]?.stringValue ?? ""
            )
            return .record(record, settles: json["settles"]?.stringValue)
        case "reserve":
            let pid = try integer(json, "pid", minimum: 1)
            guard pid <= Int64(Int32.max) else { throw Impossible(description: "pid \(pid) is out of range") }
            return .reserve(
                SpendLedger.Reservation(
                    id: try string(json, "id"), pid: Int32(pid), process: try string(json, "process"), time: try integer(json, "time", minimum: 0),
                    estimatedUSD: try dollars(json, "estimate_usd")
                ))
        case "release":
            return .release(id: try string(json, "id"))
        case let other?:
            throw Impossible(description: "unknown line type \"\(other)\"")
        }
    }

    static func string(_ json: JSONValue, _ name: String) throws(Impossible) -> String {
        guard let value = json[name]?.stringValue else { throw Impossible(description: "\(name) is missing or not a string") }
        return value
    }

    static func integer(_ json: JSONValue, _ name: String, minimum: Int64) throws(Impossible) -> Int64 {
        guard let value = json[name]?.int64Value else { throw Impossible(description: "\(name) is missing or not a whole number") }
        guard value >= minimum else { throw Impossible(description: "\(name) is \(value), below \(minimum)") }
        return value
    }

    static func dollars(_ json: JSONValue, _ name: String) throws(Impossible) -> Double {
        guard let value = json[name]?.doubleValue else { throw Impossible(description: "\(name) is missing or not a number") }
        guard value.isFinite, value >= 0 else { throw Impossible(description: "\(name) is \(value), not an amount of 0 or more") }
        return value
    }
}
