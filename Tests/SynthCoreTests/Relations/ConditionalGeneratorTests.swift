import Testing
@testable import SynthCore

@Suite struct ConditionalGeneratorTests {
    @Test func datesOnlyWhereTheStatusSaysSo() throws {
        let schema = #"{"status": ["Active", "Terminated", "On leave"], "hire_date": {"type": "date.past", "years": 10, "format": "date"}, "termination_date": {"type": "date.past", "years": 10, "format": "date", "after": "hire_date", "gap": "30d..5y", "when": "status == 'Terminated'"}}"#
        let rows = parseCSV(try generateText(schema, rows: 3000)).dropFirst()
        for row in rows {
            #expect(row[2].isEmpty == (row[1] != "" && row[0] != "Terminated"), "\(row)")
            if !row[2].isEmpty { #expect(row[2] > row[1]) }
        }
        #expect(rows.contains { !$0[2].isEmpty })
    }

    @Test func conditionsMustBeTrueOrFalse() {
        #expect(diagnostics(#"{"a": "number.int", "b": {"type": "number.int", "when": "a + 1"}}"#) == [#"column "b": when must be a condition (true or false), but "a + 1" gives a number (for example "status == 'Terminated'")"#])
        #expect(diagnostics(#"{"a": "number.int", "b": {"type": "number.int", "when": 3}}"#).first?.contains("when must be a condition written as a string") == true)
        #expect(diagnostics(#"{"a": {"type": "number.int", "when": "b > 1"}, "b": {"type": "number.int", "when": "a > 1"}}"#).contains { $0.contains("loop") })
    }
}
