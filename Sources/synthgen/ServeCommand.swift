import ArgumentParser
import Foundation
import Logging
import SchemaResolution
import SynthServer

extension Synthgen {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the HTTP service: POST /generate, POST /schema, the web page at /, and the rest (GET /openapi.yaml).",
            discussion: "Limits and the bearer token come from the environment (SYNTHGEN_TOKEN, SYNTHGEN_MAX_BODY_BYTES, SYNTHGEN_SERVER_MAX_ROWS, SYNTHGEN_MAX_GENERATIONS, SYNTHGEN_RATE_PER_MINUTE, SYNTHGEN_SHUTDOWN_SECONDS; connections: SYNTHGEN_MAX_CONNECTIONS, SYNTHGEN_HEADER_TIMEOUT, SYNTHGEN_IDLE_TIMEOUT)."
        )

        @Option(name: .long, help: "Address to listen on (env SYNTHGEN_HOST, default 127.0.0.1).")
        var host: String?

        @Option(name: .long, help: "Port (env SYNTHGEN_PORT, default 8080; 0 picks a free one).")
        var port: Int?

        @Option(name: .long, help: "Connections open at once; more are answered 503 and closed (env SYNTHGEN_MAX_CONNECTIONS, default 1000).")
        var maxConnections: Int?

        @Option(name: .long, help: "Seconds from a request's first byte to the end of its head (env SYNTHGEN_HEADER_TIMEOUT, default 10).")
        var headerTimeout: Double?

        @Option(name: .long, help: "Seconds a connection may stay open with no request (env SYNTHGEN_IDLE_TIMEOUT, default 60).")
        var idleTimeout: Double?

        @OptionGroup var resolving: ResolverOptions

        func run() async throws {
            var settings = ServerSettings.fromEnvironment()
            if let host { settings.host = host }
            if let port { settings.port = port }
            if let maxConnections { settings.connections.maximumConnections = maxConnections }
            if let headerTimeout { settings.connections.headerTimeoutSeconds = headerTimeout }
            if let idleTimeout { settings.connections.idleTimeoutSeconds = idleTimeout }
            guard (0...65535).contains(settings.port) else { throw ValidationError("--port must be from 0 to 65535") }
            if let problem = settings.problems.first { throw ValidationError(problem) }
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = ProcessInfo.processInfo.environment["SYNTHGEN_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
                return handler
            }
            let logger = Logger(label: "synthgen")
            let setup = resolving.setup
            let service = SynthService(settings: settings, resolver: resolving.resolver(), setup: setup)
            let host = settings.host
            try await service.run(logger: logger) { port in
                // Tests and scripts read the port from this line when they asked for port 0.
                stderr("synthgen: listening on http://\(host):\(port)\n")
            }
        }
    }
}
