import Hummingbird

/// What every request carries through middleware to its route: Hummingbird's core storage
/// plus the request id that every log line and the response header repeat.
public struct PortfolioRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `RequestIDMiddleware` before any route runs.
    public var requestID: String
    /// The peer's IP address from the connection (nil over a unix socket or in-process
    /// tests); per-address login limits use it (see `ClientAddress`).
    public var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.requestID = ""
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}
