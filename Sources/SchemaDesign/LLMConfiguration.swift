import Foundation

/// Where and how to ask an OpenAI-compatible server, from the environment by default:
/// `OPENAI_BASE_URL`, `OPENAI_API_KEY`, `SYNTHGEN_MODEL` (Ollama, vLLM, llama.cpp and
/// LiteLLM all speak this protocol).
public struct LLMConfiguration: Sendable {
    public var baseURL: String
    /// No key means no call, ever: the tool stays on local rules.
    public var apiKey: String?
    public var model: String
    /// Per attempt, connect to last byte.
    public var timeout: TimeInterval
    /// Attempts after the first, for 429, 5xx, timeouts and dropped connections.
    public var maxRetries: Int
    /// A `Retry-After` longer than this is not waited for: the call fails instead.
    public var maxRetryAfter: TimeInterval
    public var maxTokens: Int

    public init(
        baseURL: String = "https://api.openai.com/v1", apiKey: String?, model: String = "gpt-4o-mini",
        timeout: TimeInterval = 30, maxRetries: Int = 3, maxRetryAfter: TimeInterval = 30, maxTokens: Int = 2000
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.model = model
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.maxRetryAfter = maxRetryAfter
        self.maxTokens = maxTokens
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> LLMConfiguration {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        var configuration = LLMConfiguration(apiKey: value("OPENAI_API_KEY"))
        if let url = value("OPENAI_BASE_URL") { configuration = LLMConfiguration(baseURL: url, apiKey: configuration.apiKey) }
        if let model = value("SYNTHGEN_MODEL") { configuration.model = model }
        if let seconds = value("SYNTHGEN_LLM_TIMEOUT").flatMap(Double.init), seconds > 0 { configuration.timeout = seconds }
        if let retries = value("SYNTHGEN_LLM_RETRIES").flatMap(Int.init), retries >= 0 { configuration.maxRetries = min(retries, 10) }
        return configuration
    }

    public var isConfigured: Bool { apiKey != nil }
}
