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
        rows = registry.makeCounter(name: "synthgen_rows_total", help: "Rows streamed by /generate.")
        bytes = registry.makeCounter(name: "synthgen_bytes_total", help: "Body bytes streamed by /generate.")
        llmCalls = registry.makeCounter(name: "synthgen_llm_calls_total", help: "Calls made to the LLM (shared calls count once).")
        llmTokens = registry.makeCounter(name: "synthgen_llm_tokens_total", help: "Prompt and completion tokens the LLM used.")
        llmDollars = registry.makeCounter(name: "synthgen_llm_cost_usd_total", help: "What the LLM calls cost, in US dollars.")
        cacheHits = registry.makeCounter(name: "synthgen_cache_hits_total", help: "Resolutions answered by the learned cache.")
        generationsActive = registry.makeGauge(name: "synthgen_generations_active", help: "Downloads streaming now.")
        generationsCancelled = registry.makeCounter(name: "synthgen_generations_cancelled_total", help: "Downloads stopped because the client went away.")
    }

    func request(route: String, method: String, status: Int) {
        registry.makeCounter(
            name: "synthgen_http_requests_total", labels: [("route", route), ("method", method), ("status", String(status))],
            help: "HTTP requests by route, method and status."
        ).increment()
    }

    func latency(route: String, seconds: Double) {
        registry.makeValueHistogram(
            name: "synthgen_http_request_duration_seconds", labels: [("route", route)],
            buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
            help: "Time to the response head (streamed bodies go on after it)."
        ).record(seconds)
    }

    func resolution(source: String) {
        registry.makeCounter(name: "synthgen_resolutions_total", labels: [("source", source)], help: "Descriptions resolved, by where the schema came from.").increment()
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

    func finish(_ request: Request, context: Context, route: String, status: Int, started: ContinuousClock.Instant, message: String? = nil) {
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.request(route: route, method: request.method.rawValue, status: status)
        metrics.latency(route: route, seconds: seconds)
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path), "status": .stringConvertible(status),
            "ms": .string(String(format: "%.2f", seconds * 1000)), "client": .string(context.clientAddress),
        ]
        if let message { metadata["error"] = .string(message) }
        context.logger.log(level: status >= 500 ? .error : .info, "request", metadata: metadata)
    }
}
