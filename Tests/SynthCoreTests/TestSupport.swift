import Foundation
import SynthCore

/// 2025-01-01T00:00:00Z: a fixed "now" so relative dates are reproducible in tests.
let fixedNow: Int64 = 1_735_689_600

/// Generates `rows` rows of a schema in-process and returns the bytes (header included).
func generate(
    _ schemaText: String, rows: UInt64, seed: UInt64 = 42, format: OutputFormat = .csv,
    threads: Int = 1, shard: (UInt64, UInt64)? = nil, locale: String? = nil
) throws -> [UInt8] {
    var options = GenerationOptions(rows: rows, seed: seed, now: fixedNow)
    options.format = format
    options.threads = threads
    options.shard = shard.map { (index: $0.0, count: $0.1) }
    options.locale = locale
    let engine = try GenerationJob.prepare(schemaText: schemaText, options: options)
    var bytes: [UInt8] = []
    try GenerationJob.run(engine, options: options) { bytes.append(contentsOf: $0) }
    return bytes
}

func generateText(_ schemaText: String, rows: UInt64, seed: UInt64 = 42, format: OutputFormat = .csv, threads: Int = 1) throws -> String {
    String(decoding: try generate(schemaText, rows: rows, seed: seed, format: format, threads: threads), as: UTF8.self)
}

/// The diagnostics a schema fails with (empty if it compiles).
func diagnostics(_ schemaText: String, rows: UInt64 = 100) -> [String] {
    do {
        _ = try GenerationJob.prepare(schemaText: schemaText, options: GenerationOptions(rows: rows, seed: 1, now: fixedNow))
        return []
    } catch let error as SchemaError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}

/// A minimal RFC 4180 reader for checking what the writer produced.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
        if let p = pending { pending = nil; return p }
        return iterator.next()
    }
    while let c = next() {
        if quoted {
            if c == "\"" {
                if let following = next() {
                    if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                } else { quoted = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" && field.isEmpty {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

func fixture(_ name: String) throws -> String {
    let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!
    return try String(contentsOf: url, encoding: .utf8)
}

let inventorySchema = """
{
  "product_id": "string.uuid",
  "sku": {"type": "helpers.replaceSymbols", "text": "SKU-????-####"},
  "product_name": "commerce.productName",
  "category": ["Electronics", "Home & Kitchen", "Sports & Outdoors", "Toys & Games",
               "Health & Beauty", "Office Supplies", "Automotive", "Garden"],
  "stock_level": {"type": "number.int", "min": 0, "max": 5000},
  "price": {"type": "commerce.price", "min": 1, "max": 999},
  "warehouse_location": "location.city"
}
"""
