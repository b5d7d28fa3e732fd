import Foundation
import Hummingbird
import SynthCore

/// `POST /generate`'s fields, from the JSON body and/or the query string (the original
/// design's skeleton passes `description` and `rows` as query parameters). Body wins.
struct GenerateRequest {
    var description: String?
    var schema: JSONValue?
    var rows: UInt64 = 1000
    var seed: UInt64?
    var format: OutputFormat = .csv
    var locale: String?
    var offline = false
    var now: Int64?

    static let fields: Set<String> = ["description", "schema", "rows", "seed", "format", "locale", "offline", "now"]

    init(body: JSONValue?, query: [(String, String)], settings: ServerSettings) throws {
        var values: [String: JSONValue] = [:]
        for (name, text) in query {
            guard Self.fields.contains(name) else { throw APIError.badRequest("unknown query parameter '\(name)'", field: name) }
            // Query values are text; numbers and booleans are read from it.
            values[name] = name == "schema" ? ((try? JSONParser.parse(text)) ?? .string(text)) : .string(text)
        }
        if let body {
            guard case .object(let members) = body else { throw APIError.badRequest("the body must be a JSON object, got \(body.typeName)") }
            for (name, value) in members {
                guard Self.fields.contains(name) else { throw APIError.badRequest("unknown field '\(name)'; known: \(Self.fields.sorted().joined(separator: ", "))", field: name) }
                values[name] = value
            }
        }
        if let value = values["description"], value != .null {
            guard let text = value.stringValue else { throw APIError.invalid("description", "description must be a string") }
            description = try Self.checkDescription(text, settings: settings)
        }
        if let value = values["schema"], value != .null {
            guard case .object = value else { throw APIError.invalid("schema", "schema must be a JSON object in the original design's format") }
            schema = value
        }
        switch (description, schema) {
        case (nil, nil): throw APIError.invalid("description", "give a description or a schema")
        case (_?, _?): throw APIError.invalid("schema", "give a description or a schema, not both")
        default: break
        }
        if let value = values["rows"] {
            guard let count = Self.integer(value), count >= 0, UInt64(count) <= settings.maxRows else {
                throw APIError.invalid("rows", "rows must be an integer from 0 to \(settings.maxRows)")
            }
            rows = UInt64(count)
        }
        if let value = values["seed"], value != .null {
            guard let seed = Self.unsigned(value) else { throw APIError.invalid("seed", "seed must be an integer from 0 to \(UInt64.max)") }
            self.seed = seed
        }
        if let value = values["format"] {
            guard let text = value.stringValue, let format = OutputFormat(rawValue: text.lowercased()) else {
                throw APIError.invalid("format", "format must be csv, tsv or jsonl")
            }
            self.format = format
        }
        if let value = values["locale"], value != .null {
            guard let text = value.stringValue, text.count <= 16 else { throw APIError.invalid("locale", "locale must be a string such as en_US") }
            locale = text
        }
        if let value = values["offline"] {
            guard let flag = value.boolValue ?? value.stringValue.flatMap({ ["true": true, "1": true, "false": false, "0": false][$0.lowercased()] }) else {
                throw APIError.invalid("offline", "offline must be true or false")
            }
            offline = flag
        }
        if let value = values["now"], value != .null {
            guard let text = value.stringValue, let seconds = CivilTime.parse(text, now: 0) else {
                throw APIError.invalid("now", "now must be a date like 2025-01-31 or an ISO datetime")
            }
            now = seconds
        }
    }

    static func checkDescription(_ text: String, settings: ServerSettings) throws -> String {
        guard text.count <= settings.maxDescriptionCharacters else {
            throw APIError.invalid("description", "the description is \(text.count) characters long; the limit is \(settings.maxDescriptionCharacters)")
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw APIError.invalid("description", "the description is empty: say what the data is about, e.g. \"customers with names and emails\"")
        }
        return text
    }

    /// A whole number from JSON (1000, 1e3) or query text ("1000").
    static func integer(_ value: JSONValue) -> Int64? {
        if case .number(let number, _) = value {
            return number == number.rounded() && abs(number) < 9.2e18 ? Int64(number) : nil
        }
        return value.stringValue.flatMap { Int64($0) }
    }

    static func unsigned(_ value: JSONValue) -> UInt64? {
        switch value {
        case .number(_, let text): return UInt64(text)
        case .string(let text): return UInt64(text)
        default: return nil
        }
    }
}

/// Reads a request body as JSON within the size limit; nil for an empty body.
func jsonBody(_ request: Request, limit: Int) async throws -> JSONValue? {
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
        throw APIError(.contentTooLarge, "body_too_large", "the body is \(length) bytes; the limit is \(limit)")
    }
    let buffer: ByteBuffer
    do {
        buffer = try await request.body.collect(upTo: limit)
    } catch {
        throw APIError(.contentTooLarge, "body_too_large", "the body is larger than the limit of \(limit) bytes")
    }
    guard buffer.readableBytes > 0 else { return nil }
    let bytes = Array(buffer.readableBytesView)
    guard String(validating: bytes, as: UTF8.self) != nil else { throw APIError.badRequest("the body is not valid UTF-8") }
    do {
        return try JSONParser.parse(bytes)
    } catch {
        throw APIError(.badRequest, "malformed_json", "the body is not valid JSON: \(error)")
    }
}
