import Testing
@testable import SynthCore

@Suite struct CaseGeneratorTests {
    @Test func valuesFollowTheirCategory() throws {
        let schema = #"{"category": {"type": "helpers.arrayElement", "array": ["Books", "Electronics", "Garden"]}, "product": {"depends_on": "category", "cases": {"Books": ["Atlas", "Novel"], "Electronics": ["Laptop", "Phone"]}, "default": ["Rake"]}, "price": {"depends_on": "category", "cases": {"Books": {"type": "number.float", "min": 5, "max": 40}, "Electronics": {"type": "number.float", "min": 100, "max": 900}, "Garden": {"type": "number.float", "min": 10, "max": 80}}}}"#
        let allowed = ["Books": ["Atlas", "Novel"], "Electronics": ["Laptop", "Phone"], "Garden": ["Rake"]]
        let ranges = ["Books": 5.0...40, "Electronics": 100.0...900, "Garden": 10.0...80]
        for row in parseCSV(try generateText(schema, rows: 3000)).dropFirst() {
            #expect(allowed[row[0]]!.contains(row[1]), "\(row)")
            #expect(ranges[row[0]]!.contains(Double(row[2])!), "\(row)")
        }
        // All cases share a kind: JSON Lines writes the price as a number.
        let line = String(decoding: try generate(schema, rows: 1, format: .jsonl), as: UTF8.self)
        #expect(line.contains(#""price":"#) && !line.contains(#""price":""#))
    }

    @Test func missingCasesAreSchemaErrors() {
        #expect(diagnostics(#"{"c": ["a", "b", "z"], "v": {"depends_on": "c", "cases": {"a": "number.int"}}}"#) == [#"column "v": cases miss "b", "z" of "c", and there is no default (add those cases or a "default")"#])
        #expect(diagnostics(#"{"c": ["a"], "v": {"depends_on": "nope", "cases": {"a": "number.int"}}}"#) == [#"column "v": depends_on refers to a missing column "nope""#])
        #expect(diagnostics(#"{"c": ["a"], "v": {"depends_on": "c", "cases": {"a": "number.nope"}}}"#).first?.hasPrefix(#"column "v": case "a": unknown method "number.nope""#) == true)
        #expect(diagnostics(#"{"c": ["a"], "v": {"depends_on": "c"}}"#).first?.contains("depends_on needs \"cases\"") == true)
    }

    @Test func unmatchedValuesWithoutDefaultAreNull() throws {
        for row in parseCSV(try generateText(#"{"c": "number.int", "v": {"depends_on": "c", "cases": {"7": ["seven"]}}}"#, rows: 200)).dropFirst() {
            #expect(row[1] == (row[0] == "7" ? "seven" : ""))
        }
    }
}
