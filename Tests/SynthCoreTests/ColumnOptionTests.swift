import Foundation
import SynthCore
import Testing

@Suite struct ColumnOptionTests {
    @Test func uniqueIntegersAndPatternsAreDistinct() throws {
        let schema = #"{"id": {"type": "number.int", "min": 1, "max": 5000, "unique": true}, "code": {"type": "helpers.replaceSymbols", "text": "??-#", "unique": true}, "pick": {"type": ["a", "b", "c"], "unique": true}}"#
        let rows = parseCSV(try generateText(schema, rows: 3)).dropFirst()
        #expect(Set(rows.map { $0[2] }) == ["a", "b", "c"])
        let many = parseCSV(try generateText(#"{"id": {"type": "number.int", "min": 1, "max": 5000, "unique": true}, "code": {"type": "helpers.replaceSymbols", "text": "??-#", "unique": true}}"#, rows: 5000)).dropFirst()
        #expect(Set(many.map { $0[0] }).count == 5000)
        #expect(Set(many.map { $0[1] }).count == 5000)
        #expect(many.allSatisfy { (1...5000).contains(Int($0[0])!) })
    }

    @Test func uniqueHoldsAcrossShards() throws {
        let schema = #"{"id": {"type": "number.int", "min": 0, "max": 999, "unique": true}}"#
        var ids: [String] = []
        for index in 1...4 as ClosedRange<UInt64> {
            let part = String(decoding: try generate(schema, rows: 1000, shard: (index, 4)), as: UTF8.self)
            ids += part.split(separator: "\n").map(String.init).filter { $0 != "id" }
        }
        #expect(ids.count == 1000 && Set(ids).count == 1000)
    }

    @Test func nullRate() throws {
        let rows = parseCSV(try generateText(#"{"a": {"type": "number.int", "null_rate": 0.25}, "b": {"type": "number.int", "null_rate": 0}, "c": {"type": "number.int", "null_rate": 1}}"#, rows: 20_000)).dropFirst()
        let nulls = rows.filter { $0[0].isEmpty }.count
        #expect(abs(Double(nulls) / 20_000 - 0.25) < 0.02)
        #expect(rows.allSatisfy { !$0[1].isEmpty && $0[2].isEmpty })
    }

    @Test func templatesUseTheRowsPersonAndOtherColumns() throws {
        let schema = """
        {"first": "person.firstName", "last": "person.lastName", "id": {"type": "number.int", "min": 100, "max": 999},
         "email": {"template": "{{person.firstName}}.{{person.lastName}}@example.org"},
         "label": {"template": "#{{field:id}} {{field:last}}"}}
        """
        for row in parseCSV(try generateText(schema, rows: 500)).dropFirst() {
            #expect(row[3] == "\(row[0]).\(row[1])@example.org")
            #expect(row[4] == "#\(row[2]) \(row[1])")
        }
    }

    @Test func afterOrdersDates() throws {
        let schema = #"{"created_at": {"type": "date.past", "years": 2}, "updated_at": {"type": "date.between", "after": "created_at", "to": "2030-01-01T00:00:00Z"}, "shipped": {"type": "date.soon", "days": 3, "after": "updated_at", "format": "date"}}"#
        for row in parseCSV(try generateText(schema, rows: 2000)).dropFirst() {
            #expect(row[1] > row[0], "\(row)")
            #expect(row[2] > String(row[1].prefix(10)), "\(row)")
        }
    }

    @Test func numbersStayInRange() throws {
        let schema = #"{"i": {"type": "number.int", "min": -3, "max": 3}, "f": {"type": "number.float", "min": 1.5, "max": 2.5, "fractionDigits": 3}, "m": {"type": "number.int", "min": 0, "max": 100, "multipleOf": 25}, "n": {"type": "number.int", "min": 0, "max": 100, "distribution": "normal", "mean": 50, "stddev": 10}}"#
        var normal: [Double] = []
        for row in parseCSV(try generateText(schema, rows: 5000)).dropFirst() {
            #expect((-3...3).contains(Int(row[0])!))
            let f = Double(row[1])!
            #expect(f >= 1.5 && f <= 2.5 && row[1].split(separator: ".")[1].count == 3)
            #expect([0, 25, 50, 75, 100].contains(Int(row[2])!))
            normal.append(Double(row[3])!)
        }
        let mean = normal.reduce(0, +) / Double(normal.count)
        let sd = (normal.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(normal.count)).squareRoot()
        #expect(abs(mean - 50) < 1 && abs(sd - 10) < 1)
    }

    @Test func rowsOfOnePersonAgree() throws {
        let schema = #"{"first": "person.firstName", "last": "person.lastName", "full": "person.fullName", "email": "internet.email", "city": "location.city", "state": {"type": "location.state", "abbreviated": true}, "zip": "location.zipCode"}"#
        for row in parseCSV(try generateText(schema, rows: 500)).dropFirst() {
            #expect(row[2] == "\(row[0]) \(row[1])")
            #expect(row[3].contains("@"))
        }
    }
}
