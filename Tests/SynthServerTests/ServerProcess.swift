import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import XCTest

/// The real `synthgen serve` binary on 127.0.0.1, port 0 (the kernel picks a free one,
/// which the server prints), with a data directory of its own.
final class ServerProcess: @unchecked Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String { packageRoot.appendingPathComponent(".build/debug/synthgen").path }

    let process = Process()
    let dataDirectory: String
    let logPath: String
    private(set) var port = 0
    var base: String { "http://127.0.0.1:\(port)" }

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(environment: [String: String] = [:], arguments: [String] = []) throws {
        let scratch = NSTemporaryDirectory() + "synthgen-server-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        dataDirectory = scratch + "/data"
        logPath = scratch + "/server.log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["OPENAI_API_KEY"] = nil
        env["SYNTHGEN_TOKEN"] = nil
        env["SYNTHGEN_DATA_DIR"] = dataDirectory
        process.environment = env.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try process.run()
    }

    /// Waits for the "listening on" line and reads the port from it.
    func waitUntilListening() async throws {
        for _ in 0..<300 {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let range = log.range(of: "listening on http://127.0.0.1:") {
                let digits = log[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) {
                    self.port = port
                    return
                }
            }
            if !process.isRunning { throw Failure(description: "server exited: \(log)") }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw Failure(description: "server did not start")
    }

    static func start(environment: [String: String] = [:], arguments: [String] = []) async throws -> ServerProcess {
        let server = try ServerProcess(environment: environment, arguments: arguments)
        try await server.waitUntilListening()
        return server
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { stop() }

    // MARK: - Requests

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: ByteBuffer
        var text: String { String(buffer: body) }
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] }
        var errorCode: String? { (json?["error"] as? [String: Any])?["code"] as? String }
        var errorField: String? { (json?["error"] as? [String: Any])?["field"] as? String }
    }

    func request(_ method: HTTPMethod, _ path: String, body: String? = nil, headers: [(String, String)] = [], limit: Int = 512 << 20) async throws -> Reply {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: limit)
        return Reply(status: Int(response.status.code), headers: response.headers, body: bytes)
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> Reply {
        try await request(.GET, path, headers: headers)
    }

    func post(_ path: String, _ body: String, headers: [(String, String)] = []) async throws -> Reply {
        try await request(.POST, path, body: body, headers: headers)
    }

    /// One metric's value from `/metrics` (first series whose line starts with `name`).
    func metric(_ name: String) async throws -> Double? {
        let text = try await get("/metrics").text
        for line in text.split(separator: "\n") where line.hasPrefix(name) && !line.hasPrefix("#") {
            if let value = line.split(separator: " ").last.flatMap({ Double($0) }) { return value }
        }
        return nil
    }
}
