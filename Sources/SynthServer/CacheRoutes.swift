import Foundation
import Hummingbird
import SchemaResolution
import SynthCore

extension SynthService {
    var cache: LearnedCache {
        get throws {
            guard let cache = resolver.cache else { throw APIError(.serviceUnavailable, "no_cache", "the learned cache is unavailable (data directory)") }
            return cache
        }
    }

    func cacheList() throws -> Response {
        Self.json(.object([("entries", .array(try cache.entries().map { Self.summary($0) }))]))
    }

    func cacheEntry(_ key: String) throws -> Response {
        guard let entry = try cache.entry(key: key) else { throw APIError.notFound("no cache entry with key \(key)") }
        return Self.json(Self.detail(entry))
    }

    func cacheDelete(_ key: String) throws -> Response {
        let cache = try cache
        guard let entry = cache.entry(key: key), try cache.remove(key: entry.key) else { throw APIError.notFound("no cache entry with key \(key)") }
        return Response(status: .noContent)
    }

    /// `POST /cache {"description", "schema"}`: a person's schema for a description.
    func cacheStore(_ request: Request) async throws -> Response {
        let body = try BodyFields(try await jsonBody(request, limit: settings.maxBodyBytes), known: ["description", "schema"], example: #"{"description": "...", "schema": {...}}"#)
        let description = try body.description(settings: settings)
        let schemaValue = try body.object("schema", mustBe: "a JSON object in the original design's format")
        let schema: Schema
        do {
            let (parsed, problems) = try SchemaParser.parseCollecting(schemaValue)
            _ = try GenerationJob.prepare(parsed, options: GenerationOptions(rows: 1, seed: 1, now: Self.today()), earlier: problems)
            schema = parsed
        } catch let error as SchemaError {
            throw APIError.schema(error)
        }
        let entry = try resolver.save(schema, for: description)
        return Self.json(Self.detail(entry), status: .created)
    }

    static func summary(_ entry: CacheEntry) -> JSONValue {
        .object([
            ("key", .string(entry.key)),
            ("description", .string(entry.description)),
            ("source", .string(entry.source.rawValue)),
            ("model", entry.model.map { .string($0) } ?? .null),
            ("created", .string(isoTime(entry.created))),
            ("last_used", .string(isoTime(entry.lastUsed))),
            ("hits", .number(Double(entry.hits), text: String(entry.hits))),
            ("columns", .array(entry.columnNames.map { .string($0) })),
        ])
    }

    static func detail(_ entry: CacheEntry) -> JSONValue {
        guard case .object(var members) = summary(entry) else { return summary(entry) }
        members.append(("schema", (try? JSONParser.parse(entry.schemaText)) ?? .null))
        return .object(members)
    }

    static func isoTime(_ seconds: Int64) -> String {
        let out = SynthCore.ByteBuffer(capacity: 32)
        CivilTime.appendISO(seconds, time: true, to: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
