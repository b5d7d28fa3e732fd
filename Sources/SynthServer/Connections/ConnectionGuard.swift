import NIOCore
import Synchronization

/// First handler of every connection, on raw bytes: enforces the connection cap and the
/// header read timeout. Hummingbird's own idle timeout closes connections that send
/// nothing; this one closes a connection that started a request and does not finish its
/// head in time (a slow-header client holds a descriptor and a buffer for nothing).
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Connections open now, shared by every connection of one server.
    final class Count: Sendable {
        let open = Atomic<Int>(0)
        init() {}
    }

    enum Phase {
        /// Between requests: Hummingbird's idle timeout applies.
        case idle
        /// Bytes of a request arrived, its head is not complete: the header timeout runs.
        case readingHead
        /// The head is in; the body and the response take as long as they take.
        case inRequest
        /// Over the cap: answered with 503 and closed.
        case rejected
    }

    let count: Count
    let maximumConnections: Int
    let headerTimeout: TimeAmount
    private var phase = Phase.idle
    private var counted = false
    private var headerDeadline: Scheduled<Void>?

    init(count: Count, maximumConnections: Int, headerTimeout: TimeAmount) {
        self.count = count
        self.maximumConnections = maximumConnections
        self.headerTimeout = headerTimeout
    }

    func channelActive(context: ChannelHandlerContext) {
        counted = true
        let open = count.open.add(1, ordering: .relaxed).newValue
        // The HTTP layer sees every connection open and close, refused ones too, so its
        // per-connection task ends with the connection.
        context.fireChannelActive()
        if open > maximumConnections {
            phase = .rejected
            // Accepted only to be refused: closing at once keeps descriptors for the clients within the cap.
            refuse(context, status: "503 Service Unavailable", message: "too many connections (\(maximumConnections)); try again shortly")
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if counted {
            counted = false
            count.open.subtract(1, ordering: .relaxed)
        }
        cancelHeaderDeadline()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch phase {
        case .rejected:
            return
        case .idle:
            phase = .readingHead
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            headerDeadline = context.eventLoop.scheduleTask(in: headerTimeout) {
                let (handler, context) = loopBound.value
                handler.headerDeadlinePassed(context)
            }
        case .readingHead, .inRequest:
            break
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let progress = event as? RequestProgress else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch progress {
        case .headReceived:
            cancelHeaderDeadline()
            if phase != .rejected { phase = .inRequest }
        case .responseEnded:
            if phase == .inRequest { phase = .idle }
        }
        promise?.succeed()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelHeaderDeadline()
    }

    private func headerDeadlinePassed(_ context: ChannelHandlerContext) {
        headerDeadline = nil
        guard phase == .readingHead else { return }
        refuse(context, status: "408 Request Timeout", message: "the request head did not arrive within the header timeout")
    }

    private func cancelHeaderDeadline() {
        headerDeadline?.cancel()
        headerDeadline = nil
    }

    /// A complete response on raw bytes, then the connection closes: the HTTP layer above
    /// is either not started or holding half a request.
    private func refuse(_ context: ChannelHandlerContext, status: String, message: String) {
        let body = #"{"error":{"code":"connection_refused","message":"\#(message)","field":null}}"# + "\n"
        let response = "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: response))).whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
