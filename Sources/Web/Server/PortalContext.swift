public import Hummingbird

/// The context of one request to the portal.
public struct PortalContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage

    /// The context of a new request.
    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
