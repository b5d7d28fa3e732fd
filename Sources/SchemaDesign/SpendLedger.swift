import Foundation
import IntentMatching
import SynthCore
import Synchronization

/// Caps on what the LLM may cost: USD per UTC day and month, and calls per UTC day.
/// Nil means no cap. Zero means no call at all.
public struct SpendCaps: Sendable, Equatable {
    public var dailyUSD: Double?
    public var monthlyUSD: Double?
    public var dailyCalls: Int?

    public init(dailyUSD: Double? = 1, monthlyUSD: Double? = 10, dailyCalls: Int? = 1000) {
        self.dailyUSD = dailyUSD
        self.monthlyUSD = monthlyUSD
        self.dailyCalls = dailyCalls
    }

    /// `SYNTHGEN_DAILY_CAP_USD`, `SYNTHGEN_MONTHLY_CAP_USD`, `SYNTHGEN_DAILY_CALL_CAP`;
    /// "none" lifts a cap.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> SpendCaps {
        var caps = SpendCaps()
        func read<T>(_ name: String, _ parse: (String) -> T?, into value: inout T?) {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return }
            value = text.lowercased() == "none" ? nil : parse(text).map { $0 } ?? value
        }
        read("SYNTHGEN_DAILY_CAP_USD", Double.init, into: &caps.dailyUSD)
        read("SYNTHGEN_MONTHLY_CAP_USD", Double.init, into: &caps.monthlyUSD)
        read("SYNTHGEN_DAILY_CALL_CAP", Int.init, into: &caps.dailyCalls)
        return caps
    }
}

/// Every LLM call's tokens and dollars, persisted as JSON lines in the data directory and
/// shared by the processes that use it. Before a call, `reserve` checks the caps with the
/// call's worst-case cost; concurrent calls count each other's reservations.
public final class SpendLedger: Sendable {
    public struct Totals: Sendable, Equatable {
        public var dayUSD = 0.0
        public var monthUSD = 0.0
        public var dayCalls = 0
        public var totalCalls = 0
        public var totalUSD = 0.0
        public var promptTokens = 0
        public var completionTokens = 0
    }

    public struct Record: Sendable {
        public var time: Int64
        public var model: String
        public var promptTokens: Int
        public var completionTokens: Int
        public var costUSD: Double
        /// Cache key of the description (no text: the ledger holds no user data).
        public var key: String
    }

    public let caps: SpendCaps
    public let prices: PriceTable
    let journal: JournalFile?
    let state = Mutex(State())

    struct State {
        var records: [Record] = []
        var position = JournalFile.Position()
        var reservedUSD = 0.0
        var reservedCalls = 0
    }

    /// `path` nil keeps the ledger in memory (tests, `--data-dir` unavailable).
    public init(path: String?, caps: SpendCaps, prices: PriceTable = .bundled()) throws {
        self.caps = caps
        self.prices = prices
        journal = try path.map(JournalFile.init(path:))
    }

    /// Why no call may be made now, or nil when one may (and is then reserved).
    public func reserve(estimatedUSD: Double, now: Date = Date()) -> String? {
        refresh()
        return state.withLock { state in
            let totals = Self.totals(state.records, now: now)
            if let cap = caps.dailyCalls, totals.dayCalls + state.reservedCalls + 1 > cap {
                return "the daily call cap (\(cap)) is reached"
            }
            if let cap = caps.dailyUSD, totals.dayUSD + state.reservedUSD + estimatedUSD > cap {
                return "the daily spend cap ($\(format3(cap))) is reached: $\(String(format: "%.4f", totals.dayUSD)) spent today"
            }
            if let cap = caps.monthlyUSD, totals.monthUSD + state.reservedUSD + estimatedUSD > cap {
                return "the monthly spend cap ($\(format3(cap))) is reached: $\(String(format: "%.4f", totals.monthUSD)) spent this month"
            }
            state.reservedUSD += estimatedUSD
            state.reservedCalls += 1
            return nil
        }
    }

    /// Records a reserved call's real cost (zero tokens when it failed) and frees the reservation.
    @discardableResult
    public func settle(estimatedUSD: Double, model: String, promptTokens: Int, completionTokens: Int, key: String, now: Date = Date()) -> Record {
        let record = Record(
            time: Int64(now.timeIntervalSince1970), model: model, promptTokens: promptTokens, completionTokens: completionTokens,
            costUSD: prices.cost(model: model, promptTokens: promptTokens, completionTokens: completionTokens), key: key
        )
        // Persist first: a record that is not on disk was not spent as far as other processes know.
        try? journal?.append([Self.line(record)])
        refresh()
        state.withLock { state in
            state.reservedUSD = max(0, state.reservedUSD - estimatedUSD)
            state.reservedCalls = max(0, state.reservedCalls - 1)
            if journal == nil { state.records.append(record) }
        }
        return record
    }

    public func totals(now: Date = Date()) -> Totals {
        refresh()
        return state.withLock { Self.totals($0.records, now: now) }
    }

    /// Reads what this and other processes appended since the last look.
    func refresh() {
        guard let journal else { return }
        let position = state.withLock { $0.position }
        guard let (lines, next, reset) = try? journal.readLines(since: position) else { return }
        let records = lines.compactMap(Self.record(from:))
        state.withLock { state in
            if reset { state.records = [] }
            // Another thread may have read the same lines meanwhile.
            guard state.position == position else { return }
            state.records += records
            state.position = next
        }
    }

    static func totals(_ records: [Record], now: Date) -> Totals {
        let today = utcDay(Int64(now.timeIntervalSince1970))
        var totals = Totals()
        for record in records {
            let day = utcDay(record.time)
            totals.totalCalls += 1
            totals.totalUSD += record.costUSD
            totals.promptTokens += record.promptTokens
            totals.completionTokens += record.completionTokens
            if day.year == today.year && day.month == today.month {
                totals.monthUSD += record.costUSD
                if day.day == today.day {
                    totals.dayUSD += record.costUSD
                    totals.dayCalls += 1
                }
            }
        }
        return totals
    }

    static func utcDay(_ seconds: Int64) -> (year: Int64, month: Int64, day: Int64) {
        CivilTime.civil(days: seconds.dividedFloor(by: CivilTime.secondsPerDay))
    }

    static func line(_ r: Record) -> String {
        JSONValue.object([
            ("time", .number(Double(r.time), text: String(r.time))),
            ("model", .string(r.model)),
            ("prompt_tokens", .number(Double(r.promptTokens), text: String(r.promptTokens))),
            ("completion_tokens", .number(Double(r.completionTokens), text: String(r.completionTokens))),
            ("cost_usd", .number(r.costUSD, text: String(format: "%.8f", r.costUSD))),
            ("key", .string(r.key)),
        ]).jsonText()
    }

    static func record(from line: Substring) -> Record? {
        guard let json = try? JSONParser.parse(String(line)), let time = json["time"]?.int64Value, let model = json["model"]?.stringValue else { return nil }
        return Record(
            time: time, model: model, promptTokens: Int(json["prompt_tokens"]?.int64Value ?? 0),
            completionTokens: Int(json["completion_tokens"]?.int64Value ?? 0), costUSD: json["cost_usd"]?.doubleValue ?? 0,
            key: json["key"]?.stringValue ?? ""
        )
    }
}

extension Int64 {
    func dividedFloor(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
