import Testing
@testable import SynthCore

/// Computed columns agree with the columns they are computed from, in every row.
@Suite struct ExpressionEvaluatorTests {
    func rows(_ schema: String, _ count: UInt64 = 2000) throws -> [[String]] {
        Array(parseCSV(try generateText(schema, rows: count)).dropFirst())
    }

    @Test func lineTotalsAddUp() throws {
        let schema = #"{"quantity": {"type": "number.int", "min": 1, "max": 20}, "unit_price": {"type": "commerce.price", "min": 1, "max": 500}, "discount_percent": [0, 5, 10, 15], "line_total": {"expr": "quantity * unit_price * (1 - discount_percent / 100)", "dec": 2}}"#
        for row in try rows(schema) {
            let expected = Double(row[0])! * Double(row[1])! * (1 - Double(row[2])! / 100)
            #expect(abs(Double(row[3])! - expected) <= 0.005 + 1e-9, "\(row)")
            #expect(row[3].split(separator: ".").last?.count == 2)
        }
    }

    @Test func integerResultsStayIntegers() throws {
        for row in try rows(#"{"a": {"type": "number.int", "min": -50, "max": 50}, "b": {"type": "number.int", "min": 1, "max": 9}, "sum": {"expr": "a + b * 2"}, "rest": {"expr": "a % b"}, "half": {"expr": "a / b"}}"#, 500) {
            let a = Int(row[0])!, b = Int(row[1])!
            #expect(row[2] == String(a + b * 2))
            #expect(Int(row[3])! == a % b)
            #expect(abs(Double(row[4])! - Double(a) / Double(b)) <= 0.005 + 1e-9)
        }
    }

    @Test func agesAgreeWithBirthDates() throws {
        // fixedNow is 2025-01-01T00:00:00Z.
        for row in try rows(#"{"date_of_birth": {"type": "date.birthdate", "min": 0, "max": 100}, "age": {"expr": "years_between(date_of_birth, now)"}}"#, 5000) {
            let parts = row[0].split(separator: "-").map { Int($0)! }
            let birthdayPassed = parts[1] == 1 && parts[2] == 1
            #expect(Int(row[1])! == 2025 - parts[0] - (birthdayPassed ? 0 : 1), "\(row)")
        }
    }

    @Test func datesPlusDurationsAndDifferences() throws {
        let schema = #"{"check_in": {"type": "date.between", "from": "2024-01-01", "to": "2024-12-31", "format": "date"}, "nights": {"type": "number.int", "min": 1, "max": 14}, "check_out": {"expr": "check_in + days(nights)"}, "stay": {"expr": "days_between(check_in, check_out)"}, "hours": {"expr": "hours_between(check_in, check_out)", "dec": 0}, "late": {"expr": "check_out > '2024-12-31'"}}"#
        for row in try rows(schema, 1000) {
            #expect(row[3] == row[1])
            #expect(Int(row[4])! == Int(row[1])! * 24)
            #expect(row[2].count == 10 && row[2] > row[0])
            #expect(row[5] == "true" || row[5] == "false")
        }
    }

    @Test func nullsPropagateAndDivisionByZeroIsNull() throws {
        let table = try rows(#"{"a": {"type": "number.int", "min": 0, "max": 3}, "b": {"type": "number.int", "min": 1, "max": 5, "null_rate": 0.3}, "ratio": {"expr": "b / a", "dec": 3}, "either": {"expr": "coalesce(b, -1)"}, "pick": {"expr": "if(a > 1, 'big', null)"}}"#, 3000)
        for row in table {
            #expect(row[2].isEmpty == (row[1].isEmpty || row[0] == "0"), "\(row)")
            #expect(row[3] == (row[1].isEmpty ? "-1" : row[1]))
            #expect(row[4] == (Int(row[0])! > 1 ? "big" : ""))
        }
        #expect(table.contains { $0[2].isEmpty } && table.contains { !$0[2].isEmpty })
    }

    @Test func textComparisonsAndRounding() throws {
        for row in try rows(#"{"status": ["Paid", "Open"], "amount": {"type": "number.float", "min": 0, "max": 100, "fractionDigits": 3}, "due": {"expr": "if(status == 'Open', round(amount, 1), 0)", "dec": 1}, "flag": {"expr": "status != 'Paid' and amount >= 50"}}"#, 1000) {
            let amount = Double(row[1])!
            let expected = row[0] == "Open" ? (amount * 10).rounded(.toNearestOrAwayFromZero) / 10 : 0
            #expect(abs(Double(row[2])! - expected) < 1e-9, "\(row)")
            #expect(row[3] == String(row[0] == "Open" && amount >= 50))
        }
    }

    @Test func sameBytesForAnyThreadCountAndShard() throws {
        let schema = #"{"id": {"type": "key.sequence", "format": "R-{n:05}"}, "start": {"type": "date.past", "years": 2}, "end": {"type": "date.past", "years": 2, "after": "start", "gap": {"min": "1h", "max": "30d", "distribution": "lognormal"}}, "hours": {"expr": "hours_between(start, end)", "dec": 1}, "boss": {"type": "key.reference", "column": "id", "skew": 2}}"#
        let single = try generate(schema, rows: 30_000)
        #expect(try generate(schema, rows: 30_000, threads: 4) == single)
        var parts: [UInt8] = []
        for index in 1...3 as ClosedRange<UInt64> { parts += try generate(schema, rows: 30_000, shard: (index, 3)) }
        #expect(parts == single)
    }
}
