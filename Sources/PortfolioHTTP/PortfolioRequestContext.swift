import Hummingbird

/// What every request carries through middleware to its route: Hummingbird's core storage
/// plus the request id that every log line and the response header repeat.
public struct PortfolioRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `RequestIDMiddleware` before any route runs.
    public var requestID: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.requestID = ""
    }
}
