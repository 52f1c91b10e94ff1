public import Hummingbird
import NIOCore

/// The context of one request to the portal: Hummingbird's storage and the client's address
/// (for the rate limits of the public forms).
public struct PortalContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, or `unknown`.
    public let clientAddress: String

    /// The context of a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
