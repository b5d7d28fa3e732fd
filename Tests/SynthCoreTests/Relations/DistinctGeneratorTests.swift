import Testing
@testable import SynthCore

@Suite struct DistinctGeneratorTests {
    @Test func originIsNeverTheDestination() throws {
        let schema = #"{"origin": ["JFK", "LAX", "ORD"], "destination": {"type": ["JFK", "LAX", "ORD"], "distinct_from": "origin"}, "home": "person.fullName", "away": {"type": "person.fullName", "entity": "away"}}"#
        let rows = parseCSV(try generateText(schema, rows: 5000)).dropFirst()
        #expect(rows.allSatisfy { $0[0] != $0[1] })
        #expect(Set(rows.map { $0[1] }).count == 3)
        #expect(rows.filter { $0[2] == $0[3] }.count < 5)
        #expect(diagnostics(#"{"a": "airline.airport", "b": {"type": "airline.airport", "distinct_from": "c"}}"#) == [#"column "b": distinct_from refers to a missing column "c""#])
    }
}
