import Foundation
import Hummingbird
import IntentMatching
import Logging
import SchemaResolution
import SynthCore
import ServiceLifecycle
import SynthData

/// The HTTP service: the CLI's resolver and engine behind Hummingbird routes.
public struct SynthService: Sendable {
    public let settings: ServerSettings
    public let resolver: Resolver
    public let setup: ResolverSetup
    let metrics = ServiceMetrics()
    let slots: GenerationSlots
    let limiter: RateLimiter

    public init(settings: ServerSettings, resolver: Resolver, setup: ResolverSetup) {
        self.settings = settings
        self.resolver = resolver
        self.setup = setup
        slots = GenerationSlots(limit: settings.maxConcurrentGenerations)
        limiter = RateLimiter(perMinute: settings.requestsPerMinute)
    }

    func router() -> Router<SynthContext> {
        let router = Router(context: SynthContext.self)
        router.add(middleware: ObservabilityMiddleware(metrics: metrics))
        router.add(middleware: ErrorShapeMiddleware())
        router.add(middleware: AccessMiddleware(token: settings.token, limiter: limiter))
        router.post("/generate") { request, context in try await generate(request, context: context) }
        router.post("/schema") { request, context in try await schema(request, context: context) }
        router.get("/methods") { _, _ in Self.json(text: CatalogListing.json(MethodCatalog.standard.methods)) }
        router.get("/rules") { _, _ in rules() }
        router.get("/cache") { _, _ in try cacheList() }
        router.post("/cache") { request, _ in try await cacheStore(request) }
        router.get("/cache/{key}") { _, context in try cacheEntry(context.parameters.require("key")) }
        router.delete("/cache/{key}") { _, context in try cacheDelete(context.parameters.require("key")) }
        router.get("/budget") { _, _ in try Self.json(BudgetReport(setup: setup).json()) }
        router.get("/healthz") { _, _ in Self.json(.object([("status", "ok")])) }
        router.get("/metrics") { _, _ in Self.text(metrics.text(), type: "text/plain; version=0.0.4; charset=utf-8") }
        router.get("/openapi.yaml") { _, _ in Self.text(BundledData.text("Resources/web/openapi.yaml") ?? "", type: "application/yaml") }
        router.get("/") { _, _ in Self.text(BundledData.text("Resources/web/index.html") ?? "", type: "text/html; charset=utf-8") }
        return router
    }

    /// The application, ready to `runService()`: SIGTERM/SIGINT stop new connections and
    /// give running downloads `shutdownGraceSeconds` to finish.
    public func application(logger: Logger, onRunning: (@Sendable (Int) async -> Void)? = nil) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .guardedHTTP1(settings.connections),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "synthgen"),
            onServerRunning: { channel in await onRunning?(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    // MARK: - Resolution

    func resolve(_ description: String, offline: Bool) async throws -> Outcome {
        let outcome: Outcome
        do {
            outcome = try await resolver.resolve(description, offline: offline)
        } catch let error as IntentMatcher.DescriptionError {
            throw APIError.invalid("description", error.description)
        }
        metrics.resolution(source: outcome.resolution.source.rawValue)
        if outcome.resolution.source == .cache { metrics.cacheHits.increment() }
        if let llm = outcome.llm, !llm.shared {
            metrics.llmCalls.increment()
            metrics.llmTokens.increment(by: Int64(llm.promptTokens + llm.completionTokens))
            metrics.llmDollars.increment(by: llm.costUSD)
        }
        return outcome
    }

    func schema(_ request: Request, context: SynthContext) async throws -> Response {
        let body = try BodyFields(try await jsonBody(request, limit: settings.maxBodyBytes), known: ["description", "offline"], example: #"{"description": "..."}"#)
        let description = try body.description(settings: settings)
        let offline = try body.bool("offline") ?? false
        let outcome = try await resolve(description, offline: offline)
        var response = Self.json(outcome.json())
        response.headers.add(outcome)
        return response
    }

    // MARK: - Catalog, rules, budget

    func rules() -> Response {
        Self.json(.array(resolver.matcher.corpus.domains.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("title", .string(rule.title)),
                ("file", .string(rule.source)),
                ("keywords", .number(Double(rule.keywords.count), text: String(rule.keywords.count))),
                ("columns", .array(rule.schema.columns.map { .string($0.name) })),
            ])
        }))
    }

    // MARK: - Responses

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(text: value.jsonText(), status: status)
    }

    static func json(text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension SynthService {
    /// Serves until SIGTERM or SIGINT, then lets running downloads finish for up to
    /// `shutdownGraceSeconds` before cancelling them.
    public func run(logger: Logger, onRunning: (@Sendable (Int) async -> Void)? = nil) async throws {
        var configuration = ServiceGroupConfiguration(services: [application(logger: logger, onRunning: onRunning)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .milliseconds(Int64(settings.shutdownGraceSeconds * 1000))
        configuration.maximumCancellationDuration = .seconds(5)
        try await ServiceGroup(configuration: configuration).run()
    }
}
