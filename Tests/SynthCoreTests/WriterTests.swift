import Foundation
import SynthCore
import Testing

@Suite struct WriterTests {
    static let awkward = #"{"v": ["plain", "a,b", "say \"hi\"", "two\nlines", "tab\there", "back\\slash", "ünï"], "n": {"type": "number.int", "max": 9}}"#

    @Test func csvQuotesCommasQuotesAndNewlines() throws {
        let text = try generateText(Self.awkward, rows: 400)
        let rows = parseCSV(text)
        #expect(rows.count == 401)
        let values = Set(rows.dropFirst().map { $0[0] })
        #expect(values == ["plain", "a,b", "say \"hi\"", "two\nlines", "tab\there", "back\\slash", "ünï"])
        #expect(text.contains("\"a,b\""))
        #expect(text.contains("\"say \"\"hi\"\"\""))
        #expect(text.contains("\"two\nlines\""))
        #expect(!text.contains("\"plain\""))
    }

    @Test func tsvEscapesTabsAndNewlines() throws {
        let text = try generateText(Self.awkward, rows: 400, format: .tsv)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 401)
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 2) }
        #expect(text.contains("two\\nlines"))
        #expect(text.contains("tab\\there"))
        #expect(text.contains("back\\\\slash"))
    }

    @Test func jsonLinesParseBackWithTypes() throws {
        let schema = #"{"s": ["x\"y", "line\nbreak"], "i": {"type": "number.int", "min": -5, "max": 5}, "f": {"type": "number.float", "max": 10}, "b": "datatype.boolean", "d": "date.past", "maybe": {"type": "number.int", "null_rate": 0.5}}"#
        let text = try generateText(schema, rows: 300, format: .jsonl)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 300)
        var sawNull = false
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object.keys.sorted() == ["b", "d", "f", "i", "maybe", "s"])
            #expect(["x\"y", "line\nbreak"].contains(try #require(object["s"] as? String)))
            #expect(object["i"] is Int)
            #expect(object["f"] is Double || object["f"] is Int)
            #expect(object["b"] is Bool)
            #expect(object["d"] is String)
            if object["maybe"] is NSNull { sawNull = true }
        }
        #expect(sawNull)
        // Keys come in the schema's order.
        #expect(lines[0].hasPrefix("{\"s\":"))
    }

    @Test func headerEscapesColumnNames() throws {
        let text = try generateText(#"{"a,b": "number.int", "plain": "number.int"}"#, rows: 1)
        #expect(text.hasPrefix("\"a,b\",plain\n"))
    }

    @Test func zeroRowsIsJustTheHeader() throws {
        #expect(try generateText(inventorySchema, rows: 0) == "product_id,sku,product_name,category,stock_level,price,warehouse_location\n")
    }
}
