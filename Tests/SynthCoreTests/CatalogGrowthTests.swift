import Foundation
import SynthCore
import Testing

/// The methods added for issue 5, checked against the standards they claim to follow.
@Suite struct CatalogGrowthTests {
    func rows(_ schema: String, _ count: UInt64 = 500) throws -> [[String]] {
        Array(parseCSV(try generateText(schema, rows: count)).dropFirst())
    }

    @Test func catalogSizeAndEveryMethodRuns() throws {
        let methods = MethodCatalog.standard.methods
        #expect(methods.count >= 250)
        // Every method builds with its defaults and writes a non-empty value.
        let schema = "{" + methods.filter { !$0.parameters.contains { $0.type == .list } }
            .map { "\"\($0.name)\": \"\($0.name)\"" }.joined(separator: ", ") + "}"
        let table = try rows(schema, 50)
        // key.reference refers to earlier rows: the first row has none (a null).
        let reference = methods.filter { !$0.parameters.contains { $0.type == .list } }.firstIndex { $0.name == "key.reference" }
        for (n, row) in table.enumerated() {
            for (k, cell) in row.enumerated() where !(n == 0 && k == reference) { #expect(!cell.isEmpty) }
        }
    }

    @Test func identifiersFollowTheirRules() throws {
        for row in try rows(#"{"ssn": "person.ssn", "ein": "company.ein", "card": "helpers.replaceCreditCardSymbols", "roman": {"type": "number.romanNumeral", "min": 1, "max": 3999}}"#, 2_000) {
            // SSA: no area 000, 666 or 900-999, no group 00, no serial 0000.
            let ssn = row[0].split(separator: "-").map(String.init)
            #expect(ssn.count == 3 && ssn[0].count == 3 && ssn[1].count == 2 && ssn[2].count == 4)
            let area = Int(ssn[0])!
            #expect(area > 0 && area != 666 && area < 900 && ssn[1] != "00" && ssn[2] != "0000", "\(row[0])")
            #expect(row[1].wholeMatch(of: /\d{2}-\d{7}/) != nil && !["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"].contains(String(row[1].prefix(2))))
            #expect(Check.luhn(row[2].filter(\.isNumber)))
            #expect(row[3].wholeMatch(of: /M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})/) != nil && !row[3].isEmpty)
        }
    }

    @Test func uuidVersion7IsTimeOrdered() throws {
        let ids = try rows(#"{"id": {"type": "string.uuid", "version": 7}}"#, 300).map { $0[0] }
        for id in ids {
            #expect(id.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
        }
        #expect(ids == ids.sorted())
    }

    @Test func ipv4NetworksStayInTheirBlocks() throws {
        for row in try rows(#"{"private": {"type": "ipv4_private"}, "loop": {"type": "internet.ipv4", "network": "loopback"}, "test": {"type": "internet.ipv4", "network": "test-net-3"}}"#) {
            let octets = row[0].split(separator: ".").compactMap { Int($0) }
            #expect(octets.count == 4 && (octets[0] == 10 || (octets[0] == 172 && (16...31).contains(octets[1])) || (octets[0] == 192 && octets[1] == 168)), "\(row[0])")
            #expect(row[1].hasPrefix("127."))
            #expect(row[2].hasPrefix("203.0.113."))
        }
    }

    @Test func jwtHasThreeBase64URLPartsWithJSON() throws {
        for row in try rows(#"{"token": "internet.jwt"}"#, 50) {
            let parts = row[0].split(separator: ".").map(String.init)
            #expect(parts.count == 3)
            for part in parts.prefix(2) {
                var base64 = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
                base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
                let data = try #require(Data(base64Encoded: base64))
                #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
            }
        }
    }

    @Test func zipCodePlus4AndByState() throws {
        for row in try rows(#"{"state": {"type": "location.state", "abbreviated": true}, "zip4": "zipcode_plus4", "il": {"type": "zipcode_in_state", "state_abbr": "IL"}}"#) {
            #expect(row[1].wholeMatch(of: /\d{5}-\d{4}/) != nil)
            // Illinois ZIP codes run 600-629 (USPS prefixes).
            #expect((600...629).contains(Int(row[2].prefix(3)) ?? 0), "\(row[2])")
        }
    }

    @Test func nearbyCoordinatesStayWithinTheRadius() throws {
        for row in try rows(#"{"point": {"type": "location.nearbyGPSCoordinate", "latitude": 48.8566, "longitude": 2.3522, "radius": 5}}"#) {
            let values = row[0].split(separator: ",").compactMap { Double($0) }
            let dy = (values[0] - 48.8566) * 111.32, dx = (values[1] - 2.3522) * 111.32 * cos(48.8566 * .pi / 180)
            #expect((dx * dx + dy * dy).squareRoot() <= 5.05)
        }
    }
}
