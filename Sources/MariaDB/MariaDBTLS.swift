/// TLS settings for TCP connections, mirroring the `ssl-mode` family of client options.
///
/// MariaDB Connector/C 3.3 verifies the host name whenever it verifies the certificate,
/// so `.verifyCA` and `.verifyIdentity` behave the same there; both are kept so URLs
/// written for other clients keep their meaning.
public struct MariaDBTLS: Sendable, Hashable {
    /// How strongly TLS is demanded.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Never use TLS.
        case disabled = "disabled"
        /// Use TLS when the server offers it, plaintext otherwise.
        case preferred = "preferred"
        /// Require TLS, without verifying the server certificate.
        case required = "required"
        /// Require TLS and a server certificate signed by a trusted CA.
        case verifyCA = "verify-ca"
        /// Require TLS, a trusted certificate, and a matching host name.
        case verifyIdentity = "verify-identity"
    }

    /// How strongly TLS is demanded.
    public var mode: Mode
    /// PEM file of trusted CA certificates; nil uses the system default store.
    public var caFile: String?
    /// Directory of trusted CA certificates; nil means none.
    public var caPath: String?
    /// Client certificate (PEM) for mutual TLS; nil sends none.
    public var certificateFile: String?
    /// Private key (PEM) for `certificateFile`; nil sends none.
    public var keyFile: String?
    /// Allowed cipher list in OpenSSL syntax; nil keeps the library default.
    public var cipher: String?

    /// Creates TLS settings.
    public init(
        mode: Mode,
        caFile: String? = nil,
        caPath: String? = nil,
        certificateFile: String? = nil,
        keyFile: String? = nil,
        cipher: String? = nil
    ) {
        self.mode = mode
        self.caFile = caFile
        self.caPath = caPath
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.cipher = cipher
    }

    /// No TLS (the default; right for unix sockets and loopback).
    public static let disabled = MariaDBTLS(mode: .disabled)
}
