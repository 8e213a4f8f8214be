import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (the database answers too), for load
/// balancers and orchestrators: a failing readiness probe takes the instance out of
/// rotation without restarting it.
public struct HealthRoutes: Sendable {
    /// Whether the database answers now.
    public let isDatabaseReachable: @Sendable () async -> Bool

    public init(isDatabaseReachable: @escaping @Sendable () async -> Bool) {
        self.isDatabaseReachable = isDatabaseReachable
    }

    public func register(on router: Router<PortfolioRequestContext>) {
        router.get("/healthz") { _, _ in
            JSONResponse.make(status: .ok, body: #"{"status":"ok"}"#)
        }
        router.get("/readyz") { _, _ in
            let ready = await isDatabaseReachable()
            return ready
                ? JSONResponse.make(status: .ok, body: #"{"status":"ready","database":"ok"}"#)
                : JSONResponse.make(status: .serviceUnavailable, body: #"{"status":"unavailable","database":"unreachable"}"#)
        }
    }
}
