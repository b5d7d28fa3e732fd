import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Where a connection's current request is, told to `ConnectionGuard` (which sees only
/// bytes) as outbound user events from the HTTP layer.
enum RequestProgress: Sendable {
    case headReceived
    case responseEnded
}

/// Sits after the HTTP codec and reports each request head read and each response end
/// written, so the header timeout stops at the head and restarts only after the response.
final class RequestProgressMarker: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            context.triggerUserOutboundEvent(RequestProgress.headReceived, promise: nil)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        context.write(data, promise: promise)
        if isEnd { context.triggerUserOutboundEvent(RequestProgress.responseEnded, promise: nil) }
    }
}
