import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Synchronization

/// Requests per client per minute, as a token bucket per address: bursts up to the
/// per-minute figure, refilled continuously.
final class RateLimiter: Sendable {
    let perMinute: Int
    let buckets = Mutex([String: (tokens: Double, updated: Double)]())

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Seconds until a request would be allowed, or nil when it is allowed now (and counted).
    func admit(_ client: String, now: Double = Date().timeIntervalSince1970) -> Double? {
        guard perMinute > 0 else { return nil }
        let capacity = Double(perMinute)
        let rate = capacity / 60
        return buckets.withLock { buckets in
            var bucket = buckets[client] ?? (capacity, now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            defer {
                buckets[client] = bucket
                // Forget idle clients now and then so the table stays small.
                if buckets.count > 10_000 { buckets = buckets.filter { now - $0.value.updated < 60 } }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            return nil
        }
    }
}

/// At most `limit` generations stream at once; the rest are told to come back.
final class GenerationSlots: Sendable {
    let limit: Int
    let active = Mutex(0)

    init(limit: Int) {
        self.limit = limit
    }

    func acquire() -> Bool {
        active.withLock { active in
            guard active < limit else { return false }
            active += 1
            return true
        }
    }

    func release() {
        active.withLock { $0 -= 1 }
    }

    var inUse: Int { active.withLock { $0 } }
}

/// Bearer token on everything but `/healthz` and `/`, then the per-client rate.
struct AccessMiddleware<Context: SynthContextProtocol>: RouterMiddleware {
    let token: String?
    let limiter: RateLimiter
    static var open: Set<String> { ["/healthz", "/"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if let token, !Self.open.contains(path) {
            let given = request.headers[.authorization] ?? ""
            guard given.hasPrefix("Bearer "), constantTimeEqual(Array(given.utf8.dropFirst(7)), Array(token.utf8)) else {
                var error = APIError(.unauthorized, "unauthorized", given.isEmpty ? "this server needs a bearer token (Authorization: Bearer ...)" : "the bearer token is not valid")
                error.headers[.wwwAuthenticate] = "Bearer"
                throw error
            }
        }
        if path != "/healthz", let wait = limiter.admit(context.clientAddress) {
            var error = APIError(.tooManyRequests, "rate_limited", "too many requests from \(context.clientAddress); retry in \(Int(wait.rounded(.up))) s")
            error.headers[.retryAfter] = String(Int(wait.rounded(.up)))
            throw error
        }
        return try await next(request, context)
    }

    func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
