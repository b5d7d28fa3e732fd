import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Prometheus

/// What `/metrics` reports, in the Prometheus text format.
final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let rows: Counter
    let bytes: Counter
    let llmCalls: Counter
    let llmTokens: Counter
    let llmDollars: Counter
    let cacheHits: Counter
    let generationsActive: Gauge
    let generationsCancelled: Counter

    init() {
        rows = registry.makeCounter(descriptor: Self.name("rows", "total", "Rows streamed by /generate."))
        bytes = registry.makeCounter(descriptor: Self.name("bytes", "total", "Body bytes streamed by /generate."))
        llmCalls = registry.makeCounter(descriptor: Self.name("llm_calls", "total", "Calls made to the LLM (shared calls count once)."))
        llmTokens = registry.makeCounter(descriptor: Self.name("llm_tokens", "total", "Prompt and completion tokens the LLM used."))
        llmDollars = registry.makeCounter(descriptor: Self.name("llm_cost_usd", "total", "What the LLM calls cost, in US dollars."))
        cacheHits = registry.makeCounter(descriptor: Self.name("cache_hits", "total", "Resolutions answered by the learned cache."))
        generationsActive = registry.makeGauge(descriptor: Self.name("generations", "active", "Downloads streaming now."))
        generationsCancelled = registry.makeCounter(descriptor: Self.name("generations_cancelled", "total", "Downloads stopped because the client went away."))
    }

    func request(route: String, method: String, status: Int) {
        registry.makeCounter(
            descriptor: Self.name("http_requests", "total", "HTTP requests by route, method and status."),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
    }

    func latency(route: String, seconds: Double) {
        registry.makeValueHistogram(
            descriptor: Self.name("http_request_duration", "seconds", "Time to the response head (streamed bodies go on after it)."),
            labels: [("route", route)], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
        ).record(seconds)
    }

    func resolution(source: String) {
        registry.makeCounter(descriptor: Self.name("resolutions", "total", "Descriptions resolved, by where the schema came from."), labels: [("source", source)]).increment()
    }

    /// `synthgen_<metric>_<unit>`.
    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "synthgen", metricName: metric, unitName: unit, helpText: help)
    }

    func text() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Request id, structured log line and metrics for every request.
struct ObservabilityMiddleware<Context: SynthContextProtocol>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let route = context.endpointPath ?? "unmatched"
        do {
            var response = try await next(request, context)
            response.headers[HTTPField.Name("X-Request-Id")!] = context.id
            finish(request, context: context, route: context.endpointPath ?? route, status: Int(response.status.code), started: started)
            return response
        } catch var error as APIError {
            error.headers[HTTPField.Name("X-Request-Id")!] = context.id
            finish(request, context: context, route: context.endpointPath ?? route, status: Int(error.status.code), started: started, message: error.message)
            throw error
        } catch {
            finish(request, context: context, route: context.endpointPath ?? route, status: 500, started: started, message: "\(error)")
            throw error
        }
    }

    static var maximumLoggedError: Int { 2000 }

    func finish(_ request: Request, context: Context, route: String, status: Int, started: ContinuousClock.Instant, message: String? = nil) {
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.request(route: route, method: request.method.rawValue, status: status)
        metrics.latency(route: route, seconds: seconds)
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path), "status": .stringConvertible(status),
            "ms": .string(String(format: "%.2f", seconds * 1000)), "client": .string(context.clientAddress),
        ]
        // One log line stays one line of bounded size, whatever the error carried.
        if let message { metadata["error"] = .string(message.count <= Self.maximumLoggedError ? message : String(message.prefix(Self.maximumLoggedError)) + "…") }
        context.logger.log(level: status >= 500 ? .error : .info, "request", metadata: metadata)
    }
}
