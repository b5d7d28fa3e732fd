import Foundation
import Testing

/// The connection cap, header timeout and idle timeout on a real server over loopback,
/// with raw sockets that do what a browser never would: connect and say nothing, or stop
/// halfway through a request head.
@Suite struct ConnectionGuardTests {
    static func start(_ arguments: [String]) async throws -> ServerProcess {
        try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"], arguments: arguments)
    }

    @Test func theConnectionOverTheCapIsAnswered503AndClosed() async throws {
        let server = try await Self.start(["--max-connections", "2", "--idle-timeout", "600", "--header-timeout", "600"])
        defer { server.stop() }
        // Two kept-alive connections, each proven counted by a full request and response.
        let first = try RawClient(port: server.port), second = try RawClient(port: server.port)
        for client in [first, second] {
            try client.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try client.readResponseHead().hasPrefix("HTTP/1.1 200"))
        }
        let third = try RawClient(port: server.port)
        let refused = try third.readUntilClosed()
        #expect(refused.closed, "the server closed the third connection")
        #expect(refused.text.hasPrefix("HTTP/1.1 503 Service Unavailable"), "\(refused.text)")
        #expect(refused.text.contains("too many connections (2)"))
        third.close()
        // The first two are still served.
        try first.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(try first.readResponseHead().hasPrefix("HTTP/1.1 200"))
        // Once one closes, a new client gets in (the server notices the close asynchronously).
        first.close()
        var served = false
        for _ in 0..<100 where !served {
            let next = try RawClient(port: server.port)
            try next.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            served = try next.readUntilClosed().text.hasPrefix("HTTP/1.1 200")
            next.close()
            if !served { try await Task.sleep(nanoseconds: 20_000_000) }
        }
        #expect(served)
        second.close()
    }

    @Test func anIdleConnectionIsClosed() async throws {
        let server = try await Self.start(["--idle-timeout", "1", "--header-timeout", "600"])
        defer { server.stop() }
        let silent = try RawClient(port: server.port)
        defer { silent.close() }
        let result = try silent.readUntilClosed()
        #expect(result.closed && result.text.isEmpty, "closed without a word: \(result.text)")
        // A connection between two requests is idle too.
        let between = try RawClient(port: server.port)
        defer { between.close() }
        try between.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let after = try between.readUntilClosed()
        #expect(after.closed && after.text.hasPrefix("HTTP/1.1 200"))
    }

    @Test func aHeadThatStopsHalfwayIsAnswered408AndClosed() async throws {
        let server = try await Self.start(["--idle-timeout", "600", "--header-timeout", "1"])
        defer { server.stop() }
        let slow = try RawClient(port: server.port)
        defer { slow.close() }
        try slow.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        let result = try slow.readUntilClosed()
        #expect(result.closed)
        #expect(result.text.hasPrefix("HTTP/1.1 408 Request Timeout"), "\(result.text)")
        // Whole requests on a kept-alive connection are unaffected by the header timeout.
        let steady = try RawClient(port: server.port)
        defer { steady.close() }
        for _ in 0..<3 {
            try steady.send(raw: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(try steady.readResponseHead().hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test func badLimitsStopTheServerAtStartUp() async throws {
        let server = try ServerProcess(environment: ["SYNTHGEN_OFFLINE": "1"], arguments: ["--max-connections", "0"])
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus != 0)
        #expect(server.log.contains("the connection cap must be 1 or more"), "\(server.log)")
    }
}

extension RawClient {
    func send(raw text: String) throws {
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else { throw Failure(description: "write failed") }
    }

    /// Everything the server sends until it closes the connection; `closed` is false when
    /// 30 s passed first (a safety net so a broken server fails the test instead of hanging it).
    func readUntilClosed() throws -> (text: String, closed: Bool) {
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(fd, &buffer, buffer.count)
            if n < 0, errno == EINTR { continue }
            if n < 0, errno == ECONNRESET { return (String(decoding: bytes, as: UTF8.self), true) }
            if n < 0 { return (String(decoding: bytes, as: UTF8.self), false) }
            if n == 0 { return (String(decoding: bytes, as: UTF8.self), true) }
            bytes += buffer[..<n]
        }
    }

    /// Reads one small response (head and a body that arrives with it) on a kept-alive connection.
    func readResponseHead() throws -> String {
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n") {
            let n = Glibc.read(fd, &buffer, buffer.count)
            guard n > 0 else { throw Failure(description: "closed after \(bytes.count) bytes") }
            bytes += buffer[..<n]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // The body of /healthz is small: read it whole so the next response starts clean.
        if let length = text.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") })
            .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
            let headEnd = text.range(of: "\r\n\r\n") {
            var have = text.utf8.count - text[..<headEnd.upperBound].utf8.count
            while have < length {
                let n = Glibc.read(fd, &buffer, buffer.count)
                guard n > 0 else { break }
                have += n
            }
        }
        return text
    }
}
