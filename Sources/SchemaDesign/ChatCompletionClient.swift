import AsyncHTTPClient
import IntentMatching
import Foundation
import NIOCore
import NIOHTTP1
import SynthCore
import Synchronization

/// One chat answer: the text, why it stopped, and what it cost in tokens.
public struct ChatAnswer: Sendable {
    public var content: String
    public var finishReason: String?
    public var promptTokens: Int
    public var completionTokens: Int
    public var model: String
    /// Attempts it took, retries included.
    public var attempts: Int
}

public enum LLMError: Error, CustomStringConvertible, Sendable {
    case notConfigured
    case http(status: Int, message: String)
    case timeout(seconds: Double)
    case transport(String)
    case malformedResponse(String)

    public var description: String {
        switch self {
        case .notConfigured: return "no OPENAI_API_KEY is set"
        case .http(let status, let message): return "the server answered HTTP \(status): \(message)"
        case .timeout(let seconds): return "no answer within \(format3(seconds)) s"
        case .transport(let message): return "connection failed: \(message)"
        case .malformedResponse(let message): return "the server's response was not a chat completion: \(message)"
        }
    }
}

/// OpenAI Chat Completions over AsyncHTTPClient, with bounded retries that honour
/// `Retry-After`, and a one-time switch to `json_object` for servers that reject
/// `json_schema` response formats.
public final class ChatCompletionClient: Sendable {
    public let configuration: LLMConfiguration
    let http: HTTPClient
    let retry: RetryPolicy
    /// Set once a server has rejected `json_schema`; later calls go straight to `json_object`.
    let jsonSchemaRejected = Mutex(false)
    static let maximumResponseBytes = 4 << 20

    public init(configuration: LLMConfiguration, http: HTTPClient = .shared) {
        self.configuration = configuration
        self.http = http
        retry = RetryPolicy(maxRetries: configuration.maxRetries, maxRetryAfter: configuration.maxRetryAfter)
    }

    /// Sends `messages` asking for `format`; retries what may pass, and falls back to
    /// `json_object` when the server refuses the JSON schema format.
    public func complete(messages: [JSONValue], format: ResponseFormat) async throws -> ChatAnswer {
        guard let key = configuration.apiKey else { throw LLMError.notConfigured }
        var format = format
        if case .jsonSchema = format, jsonSchemaRejected.withLock({ $0 }) { format = .jsonObject }
        do {
            return try await send(messages: messages, format: format, key: key)
        } catch LLMError.http(let status, let message) where status == 400 && format.isJSONSchema && Self.rejectsFormat(message) {
            jsonSchemaRejected.withLock { $0 = true }
            return try await send(messages: messages, format: .jsonObject, key: key)
        }
    }

    static func rejectsFormat(_ message: String) -> Bool {
        let text = message.lowercased()
        return text.contains("response_format") || text.contains("json_schema") || text.contains("json schema")
    }

    func send(messages: [JSONValue], format: ResponseFormat, key: String) async throws -> ChatAnswer {
        let body: JSONValue = .object([
            ("model", .string(configuration.model)),
            ("messages", .array(messages)),
            ("temperature", 0),
            ("max_tokens", .number(Double(configuration.maxTokens), text: String(configuration.maxTokens))),
            ("response_format", format.json),
        ])
        let bytes = Array(body.jsonText().utf8)
        var attempt = 0
        while true {
            attempt += 1
            let failure: LLMError
            var retryAfter: TimeInterval?
            do {
                var answer = try await post(bytes, key: key)
                answer.attempts = attempt
                return answer
            } catch let error as AttemptFailure {
                failure = error.error
                retryAfter = error.retryAfter
                if !error.retryable { throw failure }
            }
            guard attempt <= retry.maxRetries, let wait = retry.delay(attempt: attempt - 1, retryAfter: retryAfter) else { throw failure }
            try await Task.sleep(nanoseconds: UInt64(wait * 1e9))
        }
    }

    struct AttemptFailure: Error {
        var error: LLMError
        var retryable: Bool
        var retryAfter: TimeInterval?
    }

    func post(_ body: [UInt8], key: String) async throws -> ChatAnswer {
        var request = HTTPClientRequest(url: configuration.baseURL + "/chat/completions")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.body = .bytes(NIOCore.ByteBuffer(bytes: body))
        let seconds = configuration.timeout
        let response: HTTPClientResponse
        let payload: NIOCore.ByteBuffer
        do {
            let deadline = NIODeadline.now() + .nanoseconds(Int64(seconds * 1e9))
            response = try await http.execute(request, deadline: deadline)
            payload = try await response.body.collect(upTo: Self.maximumResponseBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw AttemptFailure(error: .timeout(seconds: seconds), retryable: true)
        } catch let error as AttemptFailure {
            throw error
        } catch {
            throw AttemptFailure(error: .transport(String(describing: error)), retryable: true)
        }
        let text = String(buffer: payload)
        let status = Int(response.status.code)
        guard status == 200 else {
            let message = (try? JSONParser.parse(text))?["error"]?["message"]?.stringValue ?? String(text.prefix(300))
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            throw AttemptFailure(
                error: .http(status: status, message: message), retryable: RetryPolicy.isRetryable(status: status),
                retryAfter: RetryPolicy.retryAfter(headers: headers)
            )
        }
        do {
            return try Self.answer(from: text, model: configuration.model)
        } catch let error as LLMError {
            throw AttemptFailure(error: error, retryable: false)
        }
    }

    /// Reads a ChatCompletion body; extra members (llama.cpp's `timings`) are ignored.
    static func answer(from text: String, model: String) throws -> ChatAnswer {
        guard let json = try? JSONParser.parse(text) else { throw LLMError.malformedResponse("not JSON: \(text.prefix(200))") }
        guard case .array(let choices)? = json["choices"], let first = choices.first, let message = first["message"] else {
            throw LLMError.malformedResponse("no choices[0].message")
        }
        if let refusal = message["refusal"]?.stringValue, !refusal.isEmpty {
            throw LLMError.malformedResponse("the model refused: \(refusal.prefix(200))")
        }
        let usage = json["usage"]
        return ChatAnswer(
            content: message["content"]?.stringValue ?? "",
            finishReason: first["finish_reason"]?.stringValue,
            promptTokens: Int(usage?["prompt_tokens"]?.int64Value ?? 0),
            completionTokens: Int(usage?["completion_tokens"]?.int64Value ?? 0),
            model: json["model"]?.stringValue ?? model,
            attempts: 1
        )
    }
}

/// How the answer must be shaped.
public enum ResponseFormat: Sendable {
    case jsonSchema(name: String, schema: JSONValue)
    case jsonObject

    var isJSONSchema: Bool {
        if case .jsonSchema = self { return true }
        return false
    }

    public var json: JSONValue {
        switch self {
        case .jsonSchema(let name, let schema):
            return .object([
                ("type", "json_schema"),
                ("json_schema", .object([("name", .string(name)), ("strict", true), ("schema", schema)])),
            ])
        case .jsonObject:
            return .object([("type", "json_object")])
        }
    }
}
