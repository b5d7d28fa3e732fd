import Testing
@testable import SynthCore

@Suite struct KeyTests {
    @Test func sequencesAreUniqueAndFormatted() throws {
        let rows = parseCSV(try generateText(##"{"n": "key.sequence", "emp": {"type": "key.sequence", "start": 100, "step": 5, "format": "EMP-{n:06}"}, "plain": {"type": "sequence", "format": "#{n}"}}"##, rows: 4)).dropFirst()
        #expect(rows.map { $0[0] } == ["1", "2", "3", "4"])
        #expect(rows.map { $0[1] } == ["EMP-000100", "EMP-000105", "EMP-000110", "EMP-000115"])
        #expect(rows.map { $0[2] } == ["#1", "#2", "#3", "#4"])
        // Part 3 of 3 continues the numbering: keys come from the row number.
        let part = String(decoding: try generate(#"{"id": "key.sequence"}"#, rows: 9, shard: (3, 3)), as: UTF8.self)
        #expect(part == "7\n8\n9\n")
        #expect(diagnostics(#"{"id": {"type": "key.sequence", "format": "EMP-{x}"}}"#).first?.contains("format must contain {n}") == true)
        #expect(diagnostics(#"{"id": {"type": "key.sequence", "step": 0}}"#).first?.contains("step must not be 0") == true)
    }

    @Test func referencesPointAtEarlierRowsOfTheSameTable() throws {
        let schema = #"{"employee_id": {"type": "key.sequence", "format": "E{n:04}"}, "name": "person.fullName", "manager_id": {"type": "key.reference", "column": "employee_id", "skew": 2}}"#
        let rows = Array(parseCSV(try generateText(schema, rows: 5000)).dropFirst())
        let ids = rows.map { $0[0] }
        #expect(Set(ids).count == 5000)
        #expect(rows[0][2].isEmpty)
        for (n, row) in rows.enumerated().dropFirst() {
            let manager = Int(row[2].dropFirst())!
            #expect(manager >= 1 && manager <= n, "row \(n): \(row)")
        }
        // Skew 2: a few managers for many employees.
        let firstTenth = rows.dropFirst().filter { Int($0[2].dropFirst())! <= 500 }.count
        #expect(firstTenth > 5000 / 4)
    }

    @Test func referencesToUniqueAndUUIDKeys() throws {
        let rows = Array(parseCSV(try generateText(#"{"code": {"type": "number.int", "min": 1, "max": 999999, "unique": true}, "uid": "string.uuid", "parent_code": {"type": "key.reference", "column": "code", "earlier": false}, "parent_uid": {"type": "key.reference", "column": "uid"}, "own": "key.reference"}"#, rows: 3000)).dropFirst())
        let codes = Set(rows.map { $0[0] }), uids = Set(rows.map { $0[1] })
        for (n, row) in rows.enumerated() {
            #expect(codes.contains(row[2]) && row[2] != row[0])
            if n > 0 {
                #expect(uids.contains(row[3]) && row[3] != row[1])
                #expect(codes.contains(row[4]))
            }
        }
    }

    @Test func aReferenceNeedsAKey() {
        #expect(diagnostics(#"{"name": "person.fullName", "boss": {"type": "key.reference", "column": "name"}}"#) == [#"column "boss": key.reference needs a key column, and "name" is not one (make it key.sequence, string.uuid, or give it unique: true)"#])
        #expect(diagnostics(#"{"boss": {"type": "key.reference", "column": "nobody"}}"#) == [#"column "boss": key.reference refers to a missing column "nobody""#])
        #expect(diagnostics(#"{"x": "number.int", "boss": "key.reference"}"#).first?.contains("this table has no key column") == true)
    }

    @Test func uniqueEmailsAndUserNamesAtAnyRowCount() throws {
        let schema = #"{"first_name": "person.firstName", "email": {"type": "internet.email", "unique": true}, "user": {"type": "internet.userName", "unique": true}}"#
        let rows = Array(parseCSV(try generateText(schema, rows: 200_000)).dropFirst())
        #expect(Set(rows.map { $0[1] }).count == 200_000)
        #expect(Set(rows.map { $0[2] }).count == 200_000)
        // Still made from the row's person.
        let fromName = rows.filter { $0[1].lowercased().contains($0[0].lowercased().prefix(1)) }.count
        #expect(fromName == rows.count)
        #expect(rows.allSatisfy { $0[1].wholeMatch(of: /[a-z]+([._]?[a-z]+)?[0-9]+@[a-z0-9.-]+/) != nil })
    }
}
