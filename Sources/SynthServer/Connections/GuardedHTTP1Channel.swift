import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 channel with `ConnectionGuard` in front of it: the connection
/// cap and the header timeout (Hummingbird has neither) next to its idle timeout.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    let count: ConnectionGuard.Count
    let limits: ConnectionLimits

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let guardHandler = ConnectionGuard(count: count, maximumConnections: limits.maximumConnections, headerTimeout: .nanoseconds(Int64(limits.headerTimeoutSeconds * 1e9)))
            try channel.pipeline.syncOperations.addHandler(guardHandler, position: .first)
        }.flatMap {
            http1.setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// How many connections may be open and how long they may dawdle.
public struct ConnectionLimits: Sendable, Equatable {
    /// Connections open at once; the next one is answered 503 and closed.
    public var maximumConnections = 1000
    /// From a request's first byte to the end of its head.
    public var headerTimeoutSeconds = 10.0
    /// A connection with no request in progress is closed after this long.
    public var idleTimeoutSeconds = 60.0

    public init() {}
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with `limits` applied to every connection.
    static func guardedHTTP1(_ limits: ConnectionLimits) -> HTTPServerBuilder {
        let count = ConnectionGuard.Count()
        return HTTPServerBuilder { responder in
            let configuration = HTTP1Channel.Configuration(
                additionalChannelHandlers: [RequestProgressMarker()], idleTimeout: .nanoseconds(Int64(limits.idleTimeoutSeconds * 1e9)))
            return GuardedHTTP1Channel(http1: HTTP1Channel(responder: responder, configuration: configuration), count: count, limits: limits)
        }
    }
}
