@testable import SynthCore
import Testing

/// The parser's object reader is linear: an 80,000-key object (a 13 s duplicate check once)
/// parses in order, and a duplicate far in is found with its position.
@Suite struct JSONParserTests {
    static func object(keys count: Int, then extra: String = "") -> String {
        "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + extra + "}"
    }

    @Test func eightyThousandKeysKeepTheirOrder() throws {
        guard case .object(let members) = try JSONParser.parse(Self.object(keys: 80_000)) else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == 80_000)
        #expect(members.first?.key == "k0" && members.last?.key == "k79999")
        #expect(members[12_345].value.int64Value == 12_345)
    }

    @Test func aDuplicateAfterEightyThousandKeysIsFound() {
        let text = Self.object(keys: 80_000, then: #","k5":1"#)
        #expect(throws: JSONParser.SyntaxError(message: #"duplicate key "k5""#, line: 1, column: text.utf8.count - 6)) {
            try JSONParser.parse(text)
        }
    }

    @Test func duplicatesInSmallObjectsToo() {
        #expect(throws: JSONParser.SyntaxError(message: #"duplicate key "a""#, line: 1, column: 16)) {
            try JSONParser.parse(#"{"a":1,"b":2,  "a":3}"#)
        }
    }

    @Test func aLongDuplicateKeyIsShortenedInTheMessage() throws {
        let key = String(repeating: "k", count: 5000)
        do {
            _ = try JSONParser.parse("{\"\(key)\":1,\"\(key)\":2}")
            Issue.record("accepted")
        } catch {
            #expect(error.message == "duplicate key \"\(String(repeating: "k", count: 60))…\"")
        }
    }
}
