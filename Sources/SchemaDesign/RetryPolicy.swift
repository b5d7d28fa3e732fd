import Foundation

/// Which failures are worth another attempt, and how long to wait before it.
public struct RetryPolicy: Sendable {
    public var maxRetries: Int
    public var baseDelay: TimeInterval = 0.5
    public var maxDelay: TimeInterval = 8
    public var maxRetryAfter: TimeInterval

    public init(maxRetries: Int, maxRetryAfter: TimeInterval) {
        self.maxRetries = maxRetries
        self.maxRetryAfter = maxRetryAfter
    }

    /// 429 and server-side failures may pass; 400/401/403/404/422 will not, so they are final.
    public static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 409 || status == 429 || (500...599).contains(status)
    }

    /// Exponential backoff with full jitter, unless the server said how long to wait.
    /// Nil: the server asked for longer than we are willing to wait.
    public func delay(attempt: Int, retryAfter: TimeInterval?, random: Double = Double.random(in: 0...1)) -> TimeInterval? {
        if let retryAfter {
            return retryAfter <= maxRetryAfter ? max(0, retryAfter) : nil
        }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt)))
        return ceiling * (0.5 + 0.5 * random)
    }

    /// `retry-after-ms`, or `Retry-After` as seconds or an HTTP date.
    public static func retryAfter(headers: [(name: String, value: String)], now: Date = Date()) -> TimeInterval? {
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name }?.value.trimmingCharacters(in: .whitespaces)
        }
        if let ms = header("retry-after-ms").flatMap(Double.init) { return ms / 1000 }
        guard let value = header("retry-after") else { return nil }
        if let seconds = Double(value) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSince(now)) }
    }
}
