import Foundation

/// How sign-in and sessions behave: the signing key, lifetimes, bcrypt cost, the login rate
/// limit and the clock. One value per server process; tests pass their own (fixed key,
/// cheap bcrypt cost, a clock they control).
public struct AuthSettings: Sendable {
    /// HS256 key of access tokens (32+ bytes). Every instance behind a load balancer needs the same one.
    public var signingKey: [UInt8]
    /// Access tokens are short-lived: logout revocation only has to be remembered this long.
    public var accessTokenLifetime: TimeInterval
    /// A refresh token is usable for this long after it was issued (each use issues a new one).
    public var refreshTokenLifetime: TimeInterval
    /// bcrypt work factor for new hashes (existing hashes keep the cost they were made with).
    public var bcryptCost: UInt8
    /// Sign-in attempts allowed per account and per client address within `loginWindow`.
    public var loginAttemptsPerWindow: Int
    public var loginWindow: TimeInterval
    /// Whether the session cookies carry `Secure` (browsers still send them to http://localhost).
    public var secureCookies: Bool
    /// The current instant; replaceable so tests can move time.
    public var now: @Sendable () -> Date

    public init(
        signingKey: [UInt8], accessTokenLifetime: TimeInterval = 15 * 60,
        refreshTokenLifetime: TimeInterval = 30 * 24 * 3600, bcryptCost: UInt8 = 12,
        loginAttemptsPerWindow: Int = 5, loginWindow: TimeInterval = 60, secureCookies: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.signingKey = signingKey
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.bcryptCost = bcryptCost
        self.loginAttemptsPerWindow = loginAttemptsPerWindow
        self.loginWindow = loginWindow
        self.secureCookies = secureCookies
        self.now = now
    }

    /// Settings with a random key that lives as long as the process: for tests and tools that
    /// never need a token to survive a restart.
    public static func ephemeral(bcryptCost: UInt8 = 4) -> AuthSettings {
        AuthSettings(signingKey: Base64URL.randomBytes(32), bcryptCost: bcryptCost)
    }

    /// The smallest key accepted: HS256 keys shorter than the hash output weaken it (RFC 7518 §3.2).
    public static let minimumKeyBytes = 32

    /// The signing key of a server: `PORTFOLIO_TOKEN_KEY` when set (base64url/base64 of 32+
    /// bytes, or 32+ characters of text), else the key in `<dataDirectory>/token.key`,
    /// generated there (mode 0600) on first start. Throws when the variable is too short or
    /// the file cannot be read or created.
    public static func loadSigningKey(environment: [String: String], dataDirectory: String) throws -> [UInt8] {
        if let text = environment["PORTFOLIO_TOKEN_KEY"], !text.isEmpty {
            return try parseKey(text, origin: "PORTFOLIO_TOKEN_KEY")
        }
        let path = (dataDirectory as NSString).appendingPathComponent("token.key")
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            try manager.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            let key = Base64URL.encode(Base64URL.randomBytes(32)) + "\n"
            // O_EXCL: when two processes start at once, one creates the file and both read it.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 {
                let bytes = Array(key.utf8)
                let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
                if written != bytes.count { throw AuthSettingsError("could not write \(path)") }
            } else if errno != EEXIST {
                throw AuthSettingsError("could not create \(path) (errno \(errno))")
            }
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw AuthSettingsError("could not read \(path)")
        }
        return try parseKey(text.trimmingCharacters(in: .whitespacesAndNewlines), origin: path)
    }

    static func parseKey(_ text: String, origin: String) throws -> [UInt8] {
        if let data = Base64URL.decode(text) ?? Data(base64Encoded: text), data.count >= minimumKeyBytes {
            return Array(data)
        }
        let raw = Array(text.utf8)
        guard raw.count >= minimumKeyBytes else {
            throw AuthSettingsError("\(origin) must hold at least \(minimumKeyBytes) bytes of key")
        }
        return raw
    }
}

/// The signing key could not be loaded; the server refuses to start.
public struct AuthSettingsError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
