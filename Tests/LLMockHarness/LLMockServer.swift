import AsyncHTTPClient
import Foundation
import NIOCore
import SynthCore

/// LLMock (a third-party OpenAI-compatible mock, PyPI `llmock`) started on 127.0.0.1 on a
/// free port for one test case, scripted over its HTTP control API. `make test` installs it
/// (scripts/install-llmock.sh); `SYNTHGEN_LLMOCK` names another binary.
public final class LLMockServer: @unchecked Sendable {
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }
    let process: Process
    var http: HTTPClient { .shared }

    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    public static var binary: String {
        ProcessInfo.processInfo.environment["SYNTHGEN_LLMOCK"] ?? "/tmp/synthgen-llmock-venv/bin/llmock"
    }

    public static func start() async throws -> LLMockServer {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Missing(description: "llmock not found at \(binary): run scripts/install-llmock.sh (make test does)")
        }
        let port = try freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port), "--tool-mode", "off", "--response-style", "static", "--log-level", "warning"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = LLMockServer(port: port, process: process)
        for _ in 0..<150 {
            if (try? await server.get("/health")) != nil { return server }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        server.stop()
        throw Missing(description: "llmock did not answer on port \(port)")
    }

    init(port: Int, process: Process) {
        self.port = port
        self.process = process
    }

    deinit { stop() }

    public func stop() {
        // SIGKILL: LLMock's server outlives SIGTERM while connections linger. No
        // waitUntilExit: it waits on a run loop that async tests on Linux never spin.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Queues behaviours, e.g. `{"type":"reply","text":"...","times":1}` or
    /// `{"type":"fail","status":429,"retry_after":2,"times":1}`.
    public func script(_ behaviors: [JSONValue]) async throws {
        _ = try await post("/_llmock/scenario", .object([("behaviors", .array(behaviors))]))
    }

    /// A reply with `text` as the assistant's content.
    public static func reply(_ text: String, finishReason: String = "stop", times: Int = 1) -> JSONValue {
        .object([("type", "reply"), ("text", .string(text)), ("finish_reason", .string(finishReason)), ("times", .number(Double(times), text: String(times)))])
    }

    public static func fail(_ status: Int, retryAfter: Int? = nil, times: Int = 1) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("type", "fail"), ("status", .number(Double(status), text: String(status))), ("times", .number(Double(times), text: String(times)))]
        if let retryAfter { members.append(("retry_after", .number(Double(retryAfter), text: String(retryAfter)))) }
        return .object(members)
    }

    public static func delay(seconds: Double, times: Int = 1) -> JSONValue {
        .object([("type", "delay"), ("seconds", .number(seconds, text: String(seconds))), ("times", .number(Double(times), text: String(times)))])
    }

    public func reset() async throws {
        _ = try await post("/_llmock/reset", .object([]))
    }

    /// The chat requests received so far (bodies as sent by the client).
    public func requests() async throws -> [JSONValue] {
        let json = try JSONParser.parse(try await get("/_llmock/requests"))
        let items: [JSONValue]
        if case .array(let list) = json { items = list } else if case .array(let list)? = json["requests"] { items = list } else { items = [] }
        return items.filter { $0["path"]?.stringValue?.contains("chat/completions") ?? true }.map { $0["body"] ?? $0 }
    }

    func get(_ path: String) async throws -> String {
        let response = try await http.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 64 << 20)
        guard response.status.code == 200 else { throw Missing(description: "GET \(path): \(response.status)") }
        return String(buffer: body)
    }

    func post(_ path: String, _ body: JSONValue) async throws -> String {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body.jsonText()))
        let response = try await http.execute(request, timeout: .seconds(5))
        let text = String(buffer: try await response.body.collect(upTo: 1 << 20))
        guard (200..<300).contains(Int(response.status.code)) else { throw Missing(description: "POST \(path): \(response.status) \(text)") }
        return text
    }
}

/// A port nothing listens on now: bind to port 0, read what the kernel chose, close.
public func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
    guard bound == 0 else { throw LLMockServer.Missing(description: "cannot bind a socket") }
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}
