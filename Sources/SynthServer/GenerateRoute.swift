import Foundation
import HTTPTypes
import Hummingbird
import Logging
import IntentMatching
import SchemaResolution
import SynthCore

extension SynthService {
    /// `POST /generate`: resolve (or take) the schema, validate everything, then stream the
    /// rows in chunks. Each chunk is written only when the client can take it, so a slow
    /// client holds at most two chunks in memory, and a client that goes away makes the
    /// next write fail, which stops the generation.
    func generate(_ request: Request, context: SynthContext) async throws -> Response {
        let body = try await jsonBody(request, limit: settings.maxBodyBytes)
        let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
        let fields = try GenerateRequest(body: body, query: query, settings: settings)

        var headers: HTTPFields = [:]
        let schema: Schema
        var earlier: [SchemaDiagnostic] = []
        if let description = fields.description {
            let outcome = try await resolve(description, offline: fields.offline)
            guard !outcome.resolution.schema.columns.isEmpty else {
                throw APIError(.unprocessableContent, "undesignable", "nothing in the description could be designed: " + outcome.resolution.explanation.notes.joined(separator: "; "), field: "description")
            }
            schema = outcome.resolution.schema
            headers.add(outcome)
        } else {
            do {
                (schema, earlier) = try SchemaParser.parseCollecting(fields.schema!)
            } catch let error as SchemaError {
                throw APIError.schema(error)
            }
            headers[.synthgenSource] = "schema"
            headers[.synthgenConfidence] = "1"
        }
        let seed = fields.seed ?? UInt64.random(in: 0...UInt64(Int64.max))
        var options = GenerationOptions(rows: fields.rows, seed: seed, now: fields.now ?? Self.today())
        options.format = fields.format
        options.locale = fields.locale
        let engine: RowEngine
        do {
            engine = try GenerationJob.prepare(schema, options: options, earlier: earlier)
        } catch let error as SchemaError {
            throw APIError.schema(error, field: fields.schema == nil ? "description" : "schema")
        }
        guard slots.acquire() else {
            var error = APIError(.tooManyRequests, "too_many_generations", "\(slots.limit) generations are running; try again shortly")
            error.headers[.retryAfter] = "1"
            throw error
        }
        headers[.contentType] = fields.format.mediaType
        headers[.contentDisposition] = "attachment; filename=\"synthgen-\(seed).\(fields.format.rawValue)\""
        headers[.synthgenSeed] = String(seed)
        headers[.synthgenRows] = String(fields.rows)
        let metrics = metrics
        let slots = slots
        let total = options.rows
        let chunk = UInt64(settings.rowsPerChunk)
        let logger = context.logger
        metrics.generationsActive.increment()
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            defer {
                slots.release()
                metrics.generationsActive.decrement()
            }
            var written: UInt64 = 0
            do {
                try await writer.write(ByteBuffer(bytes: engine.header))
                var start: UInt64 = 0
                let maker = ChunkMaker(engine)
                var current: SynthCore.ByteBuffer? = start < total ? maker.rows(start..<min(total, start + chunk)) : nil
                while let buffer = current {
                    let end = min(total, start + chunk)
                    // The next chunk is made on another thread while this one is sent.
                    let nextStart = end
                    async let following: SynthCore.ByteBuffer? = nextStart < total ? maker.rows(nextStart..<min(total, nextStart + chunk)) : nil
                    try await writer.write(ByteBuffer(bytes: buffer.bytes))
                    metrics.bytes.increment(by: Int64(buffer.count))
                    metrics.rows.increment(by: Int64(end - start))
                    written = end
                    start = nextStart
                    current = await following
                }
                try await writer.finish(nil)
            } catch {
                metrics.generationsCancelled.increment()
                logger.info("generation stopped", metadata: ["rows_written": .stringConvertible(written), "reason": .string("\(error)")])
                throw error
            }
        })
    }

    /// Makes one download's chunks with one worker (generator state and tables built once,
    /// not per chunk). Safe to hand between tasks: a chunk is started only after the one
    /// before it was awaited, so the worker is never used by two tasks at once.
    final class ChunkMaker: @unchecked Sendable {
        let engine: RowEngine
        let worker: RowEngine.Worker

        init(_ engine: RowEngine) {
            self.engine = engine
            worker = engine.makeWorker()
        }

        func rows(_ range: Range<UInt64>) -> SynthCore.ByteBuffer {
            let out = SynthCore.ByteBuffer(capacity: 1 << 20)
            engine.generate(range, worker: worker, into: out)
            return out
        }
    }

    static func today() -> Int64 {
        let seconds = Int64(Date().timeIntervalSince1970)
        return seconds - seconds % 86_400
    }
}

extension HTTPField.Name {
    static let synthgenSource = Self("X-Synthgen-Source")!
    static let synthgenConfidence = Self("X-Synthgen-Confidence")!
    static let synthgenRule = Self("X-Synthgen-Rule")!
    static let synthgenSeed = Self("X-Synthgen-Seed")!
    static let synthgenRows = Self("X-Synthgen-Rows")!
}

extension HTTPFields {
    /// Where the schema came from, for the client to see without parsing the body.
    mutating func add(_ outcome: Outcome) {
        self[.synthgenSource] = outcome.resolution.source.rawValue
        self[.synthgenConfidence] = format3(outcome.resolution.confidence)
        if let rule = outcome.resolution.rule { self[.synthgenRule] = rule }
    }
}
