import Foundation
import SynthCore
import Testing

/// One row, one person and one place: phone area codes and e-mail addresses agree with
/// the row's state and name.
@Suite struct CoherenceTests {
    /// States served by a single area code (NANPA facts, written here by hand, not read
    /// from the generator's tables; DC also has the 771 overlay).
    static let onlyAreaCodes: [String: Set<String>] = [
        "AK": ["907"], "HI": ["808"], "WY": ["307"], "MT": ["406"], "VT": ["802"], "DE": ["302"],
        "ND": ["701"], "SD": ["605"], "ME": ["207"], "RI": ["401"], "NH": ["603"], "DC": ["202", "771"],
    ]

    @Test func phoneAreaCodeBelongsToTheRowsState() throws {
        let schema = #"{"state": {"type": "location.state", "abbreviated": true}, "phone": "phone.number", "city": "location.city"}"#
        let rows = parseCSV(try generateText(schema, rows: 30_000)).dropFirst()
        var checked = 0
        for row in rows {
            guard let codes = Self.onlyAreaCodes[row[0]] else { continue }
            // National style: "(NPA) NXX-XXXX".
            let areaCode = String(row[1].dropFirst().prefix(3))
            #expect(codes.contains(areaCode), "\(row[0]) \(row[2]): \(row[1])")
            checked += 1
        }
        // Those states hold about 3% of the US population: some hundreds of rows.
        #expect(checked > 300)
    }

    @Test func phoneWithoutAPlaceColumnIsStillTiedToTheRowsPlace() throws {
        // The place is the row's even when no location column is written: adding one later
        // shows a state that matches the phone already there.
        let alone = parseCSV(try generateText(#"{"phone": "phone.number"}"#, rows: 200)).dropFirst()
        let paired = parseCSV(try generateText(#"{"phone": "phone.number", "state": {"type": "location.state", "abbreviated": true}}"#, rows: 200)).dropFirst()
        for (a, b) in zip(alone, paired) { #expect(a[0] == b[0]) }
    }

    @Test func emailIsMadeFromTheRowsName() throws {
        let schema = #"{"first": "person.firstName", "last": "person.lastName", "email": "internet.email"}"#
        let rows = parseCSV(try generateText(schema, rows: 2_000)).dropFirst()
        for row in rows {
            let local = row[2].split(separator: "@")[0].lowercased()
            let first = row[0].lowercased().filter(\.isLetter), last = row[1].lowercased().filter(\.isLetter)
            #expect(local.contains(first) || local.contains(last), "\(row)")
        }
    }

    @Test func japaneseEmailsSpellTheNameInLatinLetters() throws {
        let schema = #"{"first": "person.firstName", "last": "person.lastName", "email": "internet.email", "user": "internet.userName"}"#
        let text = String(decoding: try generate(schema, rows: 2_000, locale: "ja_JP"), as: UTF8.self)
        var localParts = Set<String>()
        for row in parseCSV(text).dropFirst() {
            #expect(row[0].unicodeScalars.allSatisfy { $0.value > 0x2E80 }, "names stay in Japanese script")
            let local = String(row[2].split(separator: "@")[0])
            #expect(local.unicodeScalars.allSatisfy { $0.isASCII }, "\(local)")
            #expect(!local.hasPrefix("user"), "no placeholder: \(local)")
            #expect(local.filter(\.isLetter).count >= 2)
            localParts.insert(local)
        }
        // Made from names, not one fixed word: many distinct addresses.
        #expect(localParts.count > 1_000)
    }
}
