import Foundation
import Testing

/// Schema errors in a response body and the log are bounded, however many columns are bad.
@Suite struct APIErrorSchemaTests {
    @Test func eightyThousandBadColumnsGiveASmallBody() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"])
        defer { server.stop() }
        let columns = (0..<80_000).map { "\"c\($0)\":1" }.joined(separator: ",")
        let reply = try await server.post("/generate", #"{"schema":{"# + columns + #"},"rows":1}"#)
        #expect(reply.status == 422)
        #expect(reply.errorCode == "invalid_schema")
        #expect(reply.body.readableBytes < 8 * 1024, "\(reply.body.readableBytes) bytes")
        let message = try #require((reply.json?["error"] as? [String: Any])?["message"] as? String)
        #expect(message.hasPrefix(#"column "c0": expected a method name"#))
        #expect(message.hasSuffix("; and 79980 more"))
        #expect(server.log.utf8.count < 16 * 1024, "the log line is bounded too")
    }

    @Test func aLongColumnNameIsCut() async throws {
        let server = try await ServerProcess.start(environment: ["SYNTHGEN_OFFLINE": "1"])
        defer { server.stop() }
        let name = String(repeating: "n", count: 100_000)
        let reply = try await server.post("/generate", #"{"schema":{""# + name + #"":"no.such"},"rows":1}"#)
        #expect(reply.status == 422)
        #expect(reply.body.readableBytes < 1024, "\(reply.body.readableBytes) bytes")
    }
}
