import Foundation
import Testing
@testable import SynthCore

@Suite struct DateGapTests {
    func seconds(_ iso: String) -> Int64 { CivilTime.parse(iso, now: fixedNow)! }

    @Test func parsesObjectsAndRanges() throws {
        let gap = try DateGap.parse(.object([("min", .string("1d")), ("max", .string("10d")), ("distribution", .string("lognormal"))]))
        #expect(gap == DateGap(minimum: 86_400, maximum: 864_000, shape: .lognormal))
        #expect(try DateGap.parse(.string("2h..1.5d")) == DateGap(minimum: 7200, maximum: 129_600, shape: .uniform))
        #expect(throws: DurationText.Problem.self) { try DateGap.parse(.string("5d..1d")) }
        #expect(throws: DurationText.Problem.self) { try DateGap.parse(.string("-1d..1d")) }
        #expect(throws: DurationText.Problem.self) { try DateGap.parse(.object([("min", .string("1d")), ("mean", .string("2d"))])) }
        #expect(throws: DurationText.Problem.self) { try DateGap.parse(.object([("min", .string("1d")), ("distribution", .string("weird"))])) }
        #expect(throws: DurationText.Problem.self) { try DateGap.parse(.number(3, text: "3")) }
    }

    @Test func everyDateFollowsItsPredecessorWithinTheGap() throws {
        for shape in ["uniform", "normal", "lognormal", "exponential"] {
            let schema = #"{"order_date": {"type": "date.past", "years": 1}, "ship_date": {"type": "date.past", "years": 1, "after": "order_date", "gap": {"min": "2h", "max": "5d", "distribution": "\#(shape)"}}, "delivered": {"type": "date.past", "years": 1, "format": "date", "after": "ship_date", "gap": "1d..9d"}}"#
            let rows = parseCSV(try generateText(schema, rows: 3000)).dropFirst()
            var gaps: [Int64] = []
            for row in rows {
                let gap = seconds(row[1]) - seconds(row[0])
                #expect(gap >= 7200 && gap <= 5 * 86_400, "\(shape): \(row)")
                #expect(row[2].count == 10 && row[2] > String(row[1].prefix(10)), "\(row)")
                gaps.append(gap)
            }
            // Skewed shapes put most gaps in the first half of the window.
            let short = gaps.filter { $0 < 2 * 86_400 + 43_200 }.count
            if shape == "lognormal" || shape == "exponential" { #expect(short > gaps.count * 6 / 10, "\(shape)") }
        }
    }

    @Test func hireDatesAtWorkingAge() throws {
        let schema = #"{"date_of_birth": {"type": "date.birthdate", "min": 18, "max": 70}, "hire_date": {"type": "date.past", "years": 40, "format": "date", "after": "date_of_birth", "gap": "18y..50y"}}"#
        for row in parseCSV(try generateText(schema, rows: 3000)).dropFirst() {
            let years = Double(seconds(row[1]) - seconds(row[0])) / 31_556_952
            #expect(years >= 17.99, "\(row)")
            #expect(seconds(row[1]) <= fixedNow, "\(row)")
        }
    }

    @Test func gapProblemsNameTheColumn() {
        #expect(diagnostics(#"{"a": "date.past", "b": {"type": "date.past", "gap": "1d..2d"}}"#) == [#"column "b": gap needs after: the column this date follows"#])
        #expect(diagnostics(#"{"a": "date.past", "b": {"type": "date.past", "after": "a", "gap": "2d..1d"}}"#) == [#"column "b": gap: gap min is longer than its max"#])
        #expect(diagnostics(#"{"a": "date.past", "b": {"type": "date.past", "after": "a", "gap": {"min": "3m"}}}"#) == [#"column "b": gap: "3m" is ambiguous: write min for minutes or mo for months"#])
    }
}
