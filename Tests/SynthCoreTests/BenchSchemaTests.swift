import Foundation
import SynthCore
import Testing

@Suite struct BenchSchemaTests {
    static let names = ["inventory.json", "customers.json", "seed_example.json", "python_aliases.json", "validity.json"]

    /// Every shared benchmark schema runs unchanged, and its columns come out in the order written.
    @Test(arguments: names)
    func runsUnchanged(name: String) throws {
        let text = try fixture("bench-schemas/" + name)
        let csv = parseCSV(try generateText(text, rows: 1000))
        #expect(csv.count == 1001)
        let schema = try SchemaParser.parse(text)
        #expect(csv[0] == schema.columns.map(\.name))
        for row in csv.dropFirst() { #expect(row.count == schema.columns.count) }
    }

    @Test func pythonAliasesMeanWhatPythonMeans() throws {
        let csv = parseCSV(try generateText(try fixture("bench-schemas/python_aliases.json"), rows: 500))
        for row in csv.dropFirst() {
            let score = try #require(Int(row[3]))
            #expect((0...100).contains(score))
            #expect(["free", "pro", "team"].contains(row[5]))
            // date_between writes a date, between five years ago and today.
            #expect(row[2].count == 10)
            #expect(row[2] >= "2019-12-31" && row[2] <= "2025-01-01")
            #expect(row[4].count == 36)
        }
    }
}
