import Foundation

/// Where the service listens and the limits it enforces; every field has an environment
/// variable (`SYNTHGEN_HOST`, `SYNTHGEN_PORT`, `SYNTHGEN_TOKEN`, `SYNTHGEN_MAX_BODY_BYTES`,
/// `SYNTHGEN_MAX_DESCRIPTION`, `SYNTHGEN_SERVER_MAX_ROWS`, `SYNTHGEN_MAX_GENERATIONS`,
/// `SYNTHGEN_RATE_PER_MINUTE`, `SYNTHGEN_SHUTDOWN_SECONDS`, `SYNTHGEN_MAX_CONNECTIONS`,
/// `SYNTHGEN_HEADER_TIMEOUT`, `SYNTHGEN_IDLE_TIMEOUT`).
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Bearer token required on everything but `/healthz` and `/`; nil: no token.
    public var token: String?
    public var maxBodyBytes = 1 << 20
    public var maxDescriptionCharacters = 4000
    public var maxRows: UInt64 = 100_000_000
    public var maxConcurrentGenerations = 8
    /// Requests per client address per minute (token bucket); 0 turns it off.
    public var requestsPerMinute = 600
    /// How long running downloads may go on after SIGTERM.
    public var shutdownGraceSeconds = 30.0
    /// Rows generated per chunk written to the socket.
    public var rowsPerChunk = 4096
    /// Connection cap, header read timeout and idle timeout.
    public var connections = ConnectionLimits()

    public init() {}

    /// Why these settings cannot run a server, if they cannot.
    public var problems: [String] {
        var problems: [String] = []
        if connections.maximumConnections < 1 { problems.append("the connection cap must be 1 or more (got \(connections.maximumConnections))") }
        if !(connections.headerTimeoutSeconds > 0 && connections.headerTimeoutSeconds <= 86_400) {
            problems.append("the header timeout must be from 0 to 86400 seconds, above 0 (got \(connections.headerTimeoutSeconds))")
        }
        if !(connections.idleTimeoutSeconds > 0 && connections.idleTimeoutSeconds <= 86_400) {
            problems.append("the idle timeout must be from 0 to 86400 seconds, above 0 (got \(connections.idleTimeoutSeconds))")
        }
        return problems
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ServerSettings {
        var settings = ServerSettings()
        func read<T: LosslessStringConvertible>(_ name: String, into value: inout T) {
            if let text = environment[name], let parsed = T(text) { value = parsed }
        }
        read("SYNTHGEN_HOST", into: &settings.host)
        read("SYNTHGEN_PORT", into: &settings.port)
        read("SYNTHGEN_MAX_BODY_BYTES", into: &settings.maxBodyBytes)
        read("SYNTHGEN_MAX_DESCRIPTION", into: &settings.maxDescriptionCharacters)
        read("SYNTHGEN_SERVER_MAX_ROWS", into: &settings.maxRows)
        read("SYNTHGEN_MAX_GENERATIONS", into: &settings.maxConcurrentGenerations)
        read("SYNTHGEN_RATE_PER_MINUTE", into: &settings.requestsPerMinute)
        read("SYNTHGEN_SHUTDOWN_SECONDS", into: &settings.shutdownGraceSeconds)
        read("SYNTHGEN_MAX_CONNECTIONS", into: &settings.connections.maximumConnections)
        read("SYNTHGEN_HEADER_TIMEOUT", into: &settings.connections.headerTimeoutSeconds)
        read("SYNTHGEN_IDLE_TIMEOUT", into: &settings.connections.idleTimeoutSeconds)
        if let token = environment["SYNTHGEN_TOKEN"], !token.isEmpty { settings.token = token }
        return settings
    }
}
