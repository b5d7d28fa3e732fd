import Hummingbird
import NIOCore

protocol SynthContextProtocol: RequestContext {
    var clientAddress: String { get }
}

/// The request context: Hummingbird's core storage plus the client's address (for the
/// rate limit) and a body limit the service sets.
struct SynthContext: SynthContextProtocol {
    var coreContext: CoreRequestContextStorage
    let clientAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
