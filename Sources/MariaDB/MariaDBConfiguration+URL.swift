extension MariaDBConfiguration {
    /// Parses a database URL such as `mariadb://user:pass@host:3306/db` or
    /// `mariadb://user@localhost/db?socket=/run/mysqld/mysqld.sock`.
    ///
    /// Format: `mariadb://[user[:password]@]host[:port][/database][?param=value&...]`
    /// (scheme `mysql` is accepted too). User, password, database and parameter values are
    /// percent-decoded, so a password containing `@` or `/` is written `%40` / `%2F`.
    /// `[::1]` style hosts are allowed. Parameters:
    /// - `socket`: unix socket path; when present the host is ignored.
    /// - `ssl-mode`: `disabled`, `preferred`, `required`, `verify-ca`, `verify-identity`
    ///   (`sslmode`/`ssl_mode` also accepted; default `disabled`, or `verify-identity`
    ///   when `ssl-ca` is given without a mode).
    /// - `ssl-ca`, `ssl-capath`, `ssl-cert`, `ssl-key`, `ssl-cipher`: TLS files and ciphers.
    /// - `connect-timeout`, `read-timeout`, `write-timeout`: seconds (integers).
    /// Unknown parameters are rejected so a typo cannot silently drop TLS.
    public init(url: String) throws(MariaDBConfigurationError) {
        guard let schemeEnd = url.range(of: "://") else {
            throw MariaDBConfigurationError("URL must start with mariadb:// (got \(Self.redacted(url)))")
        }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "mariadb" || scheme == "mysql" else {
            throw MariaDBConfigurationError("unsupported URL scheme '\(scheme)', expected mariadb://")
        }
        var rest = Substring(url[schemeEnd.upperBound...])

        var queryPart: Substring = ""
        if let q = rest.firstIndex(of: "?") {
            queryPart = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        var pathPart: Substring = ""
        // The authority ends at the first "/" after the last "@" (passwords must encode "/").
        let authorityStart = rest.lastIndex(of: "@").map { rest.index(after: $0) } ?? rest.startIndex
        if let slash = rest[authorityStart...].firstIndex(of: "/") {
            pathPart = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }

        var user = ""
        var password: String?
        var hostPort = rest
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            hostPort = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.percentDecode(userInfo[..<colon], part: "user")
                password = try Self.percentDecode(userInfo[userInfo.index(after: colon)...], part: "password")
            } else {
                user = try Self.percentDecode(userInfo, part: "user")
            }
        }
        guard !user.isEmpty else {
            throw MariaDBConfigurationError("URL has no user name (mariadb://user@host/db)")
        }

        var host = ""
        var port = 3306
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else {
                throw MariaDBConfigurationError("unterminated IPv6 host '\(hostPort)'")
            }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else {
                    throw MariaDBConfigurationError("unexpected text after IPv6 host: '\(after)'")
                }
                port = try Self.parsePort(after.dropFirst())
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = try Self.percentDecode(hostPort[..<colon], part: "host")
            port = try Self.parsePort(hostPort[hostPort.index(after: colon)...])
        } else {
            host = try Self.percentDecode(hostPort, part: "host")
        }

        let database = try Self.percentDecode(pathPart, part: "database")
        if database.contains("/") {
            throw MariaDBConfigurationError("database name must not contain '/': '\(database)'")
        }

        var socket: String?
        var tlsMode: MariaDBTLS.Mode?
        var tls = MariaDBTLS.disabled
        var connectTimeout = Duration.seconds(10)
        var readTimeout: Duration?
        var writeTimeout: Duration?
        for pair in queryPart.split(separator: "&", omittingEmptySubsequences: true) {
            let key: String
            let value: String
            if let eq = pair.firstIndex(of: "=") {
                key = try Self.percentDecode(pair[..<eq], part: "parameter name").lowercased()
                value = try Self.percentDecode(pair[pair.index(after: eq)...], part: "parameter \(pair[..<eq])")
            } else {
                key = try Self.percentDecode(pair, part: "parameter name").lowercased()
                value = ""
            }
            switch key {
            case "socket", "unix_socket", "unix-socket":
                socket = value
            case "ssl-mode", "sslmode", "ssl_mode":
                guard let mode = MariaDBTLS.Mode(rawValue: String(value.lowercased().map { $0 == "_" ? "-" : $0 })) else {
                    throw MariaDBConfigurationError(
                        "ssl-mode must be one of \(MariaDBTLS.Mode.allCases.map(\.rawValue).joined(separator: ", ")); got '\(value)'")
                }
                tlsMode = mode
            case "ssl-ca", "sslca", "ssl_ca", "sslrootcert": tls.caFile = value
            case "ssl-capath", "ssl_capath": tls.caPath = value
            case "ssl-cert", "sslcert", "ssl_cert": tls.certificateFile = value
            case "ssl-key", "sslkey", "ssl_key": tls.keyFile = value
            case "ssl-cipher", "ssl_cipher": tls.cipher = value
            case "connect-timeout", "connect_timeout":
                connectTimeout = try Self.parseSeconds(value, key: key)
            case "read-timeout", "read_timeout":
                readTimeout = try Self.parseSeconds(value, key: key)
            case "write-timeout", "write_timeout":
                writeTimeout = try Self.parseSeconds(value, key: key)
            default:
                throw MariaDBConfigurationError("unknown URL parameter '\(key)'")
            }
        }
        if let tlsMode {
            tls.mode = tlsMode
        } else if tls.caFile != nil || tls.caPath != nil {
            tls.mode = .verifyIdentity
        }

        let endpoint: Endpoint
        if let socket {
            guard !socket.isEmpty else { throw MariaDBConfigurationError("socket parameter is empty") }
            endpoint = .unixSocket(path: socket)
        } else {
            guard !host.isEmpty else { throw MariaDBConfigurationError("URL has no host") }
            endpoint = .tcp(host: host, port: port)
        }
        self.init(
            endpoint: endpoint, user: user, password: password,
            database: database.isEmpty ? nil : database, tls: tls,
            connectTimeout: connectTimeout, readTimeout: readTimeout, writeTimeout: writeTimeout)
    }

    /// The URL with any password replaced by `***`, safe for logs and error messages.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"),
              let at = url[schemeEnd.upperBound...].lastIndex(of: "@"),
              let colon = url[schemeEnd.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }

    private static func parsePort(_ text: Substring) throws(MariaDBConfigurationError) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else {
            throw MariaDBConfigurationError("port must be a number from 1 to 65535; got '\(text)'")
        }
        return port
    }

    private static func parseSeconds(_ text: String, key: String) throws(MariaDBConfigurationError) -> Duration {
        guard let seconds = Int(text), seconds > 0 else {
            throw MariaDBConfigurationError("\(key) must be a positive whole number of seconds; got '\(text)'")
        }
        return .seconds(seconds)
    }

    /// Decodes `%XX` escapes (UTF-8); `+` is kept literally, as in URL paths.
    static func percentDecode(_ text: Substring, part: String) throws(MariaDBConfigurationError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = utf8.next().flatMap(Self.hexValue), let low = utf8.next().flatMap(Self.hexValue) else {
                    throw MariaDBConfigurationError("bad percent-escape in \(part)")
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw MariaDBConfigurationError("\(part) is not valid UTF-8 after percent-decoding")
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
