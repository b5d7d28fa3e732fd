import Foundation
import IntentMatching
import SynthCore
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Every LLM call's tokens and dollars, persisted as JSON lines in the data directory and
/// shared by the processes that use it. It fails closed: the check against the caps and
/// the reservation of a call's worst-case cost happen under one lock between processes,
/// and a ledger that cannot be read, written or trusted allows no call at all.
public final class SpendLedger: Sendable {
    public struct Totals: Sendable, Equatable {
        public var dayUSD = 0.0
        public var monthUSD = 0.0
        public var dayCalls = 0
        public var totalCalls = 0
        public var totalUSD = 0.0
        public var promptTokens = 0
        public var completionTokens = 0
        /// Calls reserved by live processes and not settled yet; they count against the caps.
        public var reservedCalls = 0
        public var reservedUSD = 0.0
    }

    public struct Record: Sendable, Equatable {
        public var time: Int64
        public var model: String
        public var promptTokens: Int
        public var completionTokens: Int
        public var costUSD: Double
        /// Cache key of the description (no text: the ledger holds no user data).
        public var key: String
    }

    /// A call that may be made: its worst-case cost is held until it is settled or released.
    public struct Reservation: Sendable, Equatable {
        public let id: String
        /// The process holding it; a reservation whose process is gone holds nothing.
        let pid: Int32
        /// Tells this process apart from an earlier one that had the same pid.
        let process: String
        let time: Int64
        public let estimatedUSD: Double
    }

    /// Why no call may be made now: a cap is reached, or the ledger cannot be trusted.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let description: String
        /// True when the ledger itself is the problem (unreadable, unwritable, impossible lines).
        public let ledgerUnreliable: Bool
    }

    public let caps: SpendCaps
    public let prices: PriceTable
    let journal: JournalFile?
    let state = Mutex(State())

    /// An in-flight call takes at most a few minutes (timeout × attempts plus waits); a
    /// reservation older than this is treated as released, whatever its process.
    static let reservationLifetime: Int64 = 3600

    /// Random per process: a reservation carrying this process's pid but another token
    /// was left by a dead process whose pid was reused (containers start at small pids).
    static let processToken = UUID().uuidString

    struct State {
        var records: [Record] = []
        var open: [String: Reservation] = [:]
        var position = JournalFile.Position()
        var linesRead = 0
        /// Impossible lines seen: each makes the ledger unreliable.
        var problems: [String] = []
        /// A write this process could not make: the ledger no longer knows what was spent.
        var writeFailure: String?
        var reservationCount = 0
    }

    /// `path` nil keeps the ledger in memory (tests, `--data-dir` unavailable).
    public init(path: String?, caps: SpendCaps, prices: PriceTable = .bundled()) throws {
        self.caps = caps
        self.prices = prices
        journal = try path.map(JournalFile.init(path:))
    }

    public var path: String { journal?.path ?? "(in memory)" }

    /// Reserves one call of `estimatedUSD` at most, or says why no call may be made.
    public func reserve(estimatedUSD: Double, now: Date = Date()) throws(Refusal) -> Reservation {
        let seconds = Int64(now.timeIntervalSince1970)
        return try locked { state throws(Refusal) in
            try Self.checkReliable(state, path: path)
            let totals = Self.totals(state, now: seconds)
            if let cap = caps.dailyCalls, totals.dayCalls + totals.reservedCalls + 1 > cap {
                throw Refusal(description: "the daily call cap (\(cap)) is reached", ledgerUnreliable: false)
            }
            if let cap = caps.dailyUSD, totals.dayUSD + totals.reservedUSD + estimatedUSD > cap {
                throw Refusal(
                    description: "the daily spend cap ($\(format3(cap))) is reached: $\(String(format: "%.4f", totals.dayUSD)) spent today", ledgerUnreliable: false)
            }
            if let cap = caps.monthlyUSD, totals.monthUSD + totals.reservedUSD + estimatedUSD > cap {
                throw Refusal(
                    description: "the monthly spend cap ($\(format3(cap))) is reached: $\(String(format: "%.4f", totals.monthUSD)) spent this month",
                    ledgerUnreliable: false)
            }
            state.reservationCount += 1
            let reservation = Reservation(
                id: "\(getpid())-\(Self.processToken.prefix(8))-\(state.reservationCount)", pid: getpid(), process: Self.processToken, time: seconds,
                estimatedUSD: estimatedUSD)
            do {
                try write(.reserve(reservation), into: &state)
            } catch {
                throw Self.unreliable(path, "cannot be written (\(error))")
            }
            return reservation
        }
    }

    /// Records a reserved call's real cost (zero tokens when it failed) and frees the
    /// reservation. When the record cannot be written this process makes no more calls.
    @discardableResult
    public func settle(_ reservation: Reservation, model: String, promptTokens: Int, completionTokens: Int, key: String, now: Date = Date()) -> Record {
        let record = Record(
            time: Int64(now.timeIntervalSince1970), model: model, promptTokens: max(0, promptTokens), completionTokens: max(0, completionTokens),
            costUSD: prices.cost(model: model, promptTokens: max(0, promptTokens), completionTokens: max(0, completionTokens)), key: key
        )
        settle(reservation, with: .record(record, settles: reservation.id))
        return record
    }

    /// Frees a reservation whose call was never made.
    public func release(_ reservation: Reservation) {
        settle(reservation, with: .release(id: reservation.id))
    }

    private func settle(_ reservation: Reservation, with entry: LedgerEntry) {
        do {
            try locked { state throws(Refusal) in
                do { try write(entry, into: &state) } catch { throw Self.unreliable(path, "cannot be written (\(error))") }
            }
        } catch {
            state.withLock { $0.writeFailure = error.description }
        }
    }

    /// Spend so far. Throws when the ledger cannot be read; impossible lines are left out
    /// and listed by `problems()`.
    public func totals(now: Date = Date()) throws(Refusal) -> Totals {
        if let journal {
            // Reading needs no lock (appends are whole lines), so a read-only data directory
            // still shows its spend.
            do {
                try state.withLock { state in try refresh(&state, journal) }
            } catch {
                throw Self.unreliable(path, "cannot be read (\(error))")
            }
        }
        return state.withLock { Self.totals($0, now: Int64(now.timeIntervalSince1970)) }
    }

    /// Why the ledger cannot be trusted (impossible lines, a failed write); empty when it can.
    public func problems() throws(Refusal) -> [String] {
        _ = try totals()
        return state.withLock { state in state.problems + (state.writeFailure.map { [$0] } ?? []) }
    }

    // MARK: - Under the lock

    /// Runs `body` holding the lock between processes (and threads), with the state brought
    /// up to date with what every process appended.
    private func locked<T: Sendable>(_ body: (inout State) throws(Refusal) -> T) throws(Refusal) -> T {
        guard let journal else {
            return try state.withLock { state throws(Refusal) in try body(&state) }
        }
        var refusal: Refusal?
        do {
            let result: T? = try journal.withLock {
                try state.withLock { state -> T? in
                    try refresh(&state, journal)
                    do throws(Refusal) { return try body(&state) } catch {
                        refusal = error
                        return nil
                    }
                }
            }
            if let refusal { throw refusal }
            guard let result else { throw Self.unreliable(path, "gave no answer") }
            return result
        } catch let error as Refusal {
            throw error
        } catch {
            throw Self.unreliable(path, "cannot be locked or read (\(error))")
        }
    }

    private func write(_ entry: LedgerEntry, into state: inout State) throws {
        guard let journal else {
            Self.apply(entry, to: &state)
            return
        }
        try journal.appendLocked([entry.text], sync: true)
        try refresh(&state, journal)
    }

    /// Reads what this and other processes appended since the last look.
    private func refresh(_ state: inout State, _ journal: JournalFile) throws {
        let (lines, next, reset) = try journal.readLines(since: state.position)
        if reset {
            // The file was replaced: read it afresh, keeping what only this process knows.
            var fresh = State()
            fresh.reservationCount = state.reservationCount
            fresh.writeFailure = state.writeFailure
            state = fresh
        }
        for line in lines {
            state.linesRead += 1
            do {
                Self.apply(try LedgerEntry.parse(line), to: &state)
            } catch {
                state.problems.append("line \(state.linesRead): \(error)")
            }
        }
        state.position = next
    }

    static func apply(_ entry: LedgerEntry, to state: inout State) {
        switch entry {
        case .record(let record, let settles):
            state.records.append(record)
            if let settles { state.open[settles] = nil }
        case .reserve(let reservation):
            state.open[reservation.id] = reservation
        case .release(let id):
            state.open[id] = nil
        }
    }

    static func checkReliable(_ state: State, path: String) throws(Refusal) {
        if let failure = state.writeFailure { throw unreliable(path, "could not record a call earlier: \(failure)") }
        if !state.problems.isEmpty {
            let shown = state.problems.prefix(3).joined(separator: "; ")
            let more = state.problems.count > 3 ? " and \(state.problems.count - 3) more" : ""
            throw unreliable(path, "has impossible lines (\(shown)\(more)); fix or remove them")
        }
    }

    static func unreliable(_ path: String, _ why: String) -> Refusal {
        Refusal(description: "the spend ledger \(path) \(why): no LLM call is made while it cannot be trusted", ledgerUnreliable: true)
    }

    static func isHeld(_ reservation: Reservation, now: Int64) -> Bool {
        guard now - reservation.time < reservationLifetime else { return false }
        if reservation.pid == getpid() { return reservation.process == processToken }
        // EPERM: the process exists but belongs to someone else.
        return kill(reservation.pid, 0) == 0 || errno == EPERM
    }

    static func totals(_ state: State, now: Int64) -> Totals {
        let today = utcDay(now)
        var totals = Totals()
        for record in state.records {
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
        for reservation in state.open.values where isHeld(reservation, now: now) {
            totals.reservedCalls += 1
            totals.reservedUSD += reservation.estimatedUSD
        }
        return totals
    }

    static func utcDay(_ seconds: Int64) -> (year: Int64, month: Int64, day: Int64) {
        CivilTime.civil(days: seconds.dividedFloor(by: CivilTime.secondsPerDay))
    }
}

extension Int64 {
    func dividedFloor(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
