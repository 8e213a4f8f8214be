import Foundation
import MariaDB
import PortfolioRepositories

/// Limits sign-in attempts per account and per client address (seed 003: 5 per minute),
/// counted in `auth_attempts` so every instance shares the count. Every attempt counts,
/// successful or not, and is counted before the password is checked, so a blocked caller
/// costs no bcrypt work. Attempts made while blocked count too: hammering keeps the block.
enum LoginRateLimiter {
    /// Records the attempt; throws `RATE_LIMITED` (with `retryAfterSeconds`) when the
    /// account's or the address's window is over the limit.
    static func attempt(kind: String, account: String, context: APIContext, on connection: MariaDBConnection) async throws {
        let settings = context.services.auth
        let now = settings.now()
        var buckets = ["\(kind):account:\(account.lowercased())"]
        if let address = context.credentials.clientAddress, !address.isEmpty {
            buckets.append("\(kind):address:\(address)")
        }
        let counts = try await AuthAttemptRepository.recordAndCount(
            buckets: buckets.map { String($0.prefix(300)) }, now: now,
            windowStart: now.addingTimeInterval(-settings.loginWindow),
            pruneBefore: now.addingTimeInterval(-max(settings.loginWindow, 3600)), on: connection)
        var retryAfter = 0
        for (_, window) in counts where window.count > settings.loginAttemptsPerWindow {
            let oldest = window.oldest ?? now
            let wait = Int((oldest.addingTimeInterval(settings.loginWindow).timeIntervalSince(now)).rounded(.up))
            // Stored instants are rounded to microseconds, so `oldest` can sit a fraction
            // after `now`; the wait is never longer than the window itself.
            retryAfter = max(retryAfter, min(max(wait, 1), Int(settings.loginWindow.rounded(.up))))
        }
        if retryAfter > 0 { throw APIErrors.rateLimited(retryAfterSeconds: retryAfter) }
    }
}
