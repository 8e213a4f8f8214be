import MariaDB
import Testing

@Suite("MariaDBConfiguration URL parsing")
struct MariaDBConfigurationURLTests {
    @Test("TCP URL with user, password, host, port and database")
    func tcpURL() throws {
        let configuration = try MariaDBConfiguration(url: "mariadb://app:s3cret@db.example.com:3307/portfolio")
        #expect(configuration.endpoint == .tcp(host: "db.example.com", port: 3307))
        #expect(configuration.user == "app")
        #expect(configuration.password == "s3cret")
        #expect(configuration.database == "portfolio")
        #expect(configuration.tls.mode == .disabled)
    }

    @Test("default port is 3306 and the database is optional")
    func defaults() throws {
        let configuration = try MariaDBConfiguration(url: "mysql://root@127.0.0.1")
        #expect(configuration.endpoint == .tcp(host: "127.0.0.1", port: 3306))
        #expect(configuration.password == nil)
        #expect(configuration.database == nil)
    }

    @Test("unix socket parameter wins over the host")
    func socketURL() throws {
        let configuration = try MariaDBConfiguration(url: "mariadb://app@localhost/portfolio?socket=/run/mysqld/mysqld.sock")
        #expect(configuration.endpoint == .unixSocket(path: "/run/mysqld/mysqld.sock"))
        #expect(configuration.database == "portfolio")
    }

    @Test("user, password, database and parameters are percent-decoded")
    func percentDecoding() throws {
        let configuration = try MariaDBConfiguration(
            url: "mariadb://us%40er:p%40ss%2Fw%3Ard%20%F0%9F%94%91@host/my%5Fdb?socket=%2Ftmp%2Fa%20b.sock")
        #expect(configuration.user == "us@er")
        #expect(configuration.password == "p@ss/w:rd 🔑")
        #expect(configuration.database == "my_db")
        #expect(configuration.endpoint == .unixSocket(path: "/tmp/a b.sock"))
    }

    @Test("IPv6 hosts in brackets")
    func ipv6() throws {
        let configuration = try MariaDBConfiguration(url: "mariadb://u@[::1]:3310/db")
        #expect(configuration.endpoint == .tcp(host: "::1", port: 3310))
    }

    @Test("TLS parameters")
    func tlsParameters() throws {
        let configuration = try MariaDBConfiguration(
            url: "mariadb://u:p@db:3306/x?ssl-mode=verify-identity&ssl-ca=/etc/ca.pem&ssl-cert=/c.pem&ssl-key=/k.pem&ssl-capath=/etc/certs&ssl-cipher=ECDHE")
        #expect(configuration.tls == MariaDBTLS(
            mode: .verifyIdentity, caFile: "/etc/ca.pem", caPath: "/etc/certs", certificateFile: "/c.pem",
            keyFile: "/k.pem", cipher: "ECDHE"))
        #expect(try MariaDBConfiguration(url: "mariadb://u@h/x?sslmode=REQUIRED").tls.mode == .required)
        #expect(try MariaDBConfiguration(url: "mariadb://u@h/x?ssl_mode=verify_ca").tls.mode == .verifyCA)
        // A CA without a mode means "verify".
        #expect(try MariaDBConfiguration(url: "mariadb://u@h/x?ssl-ca=/ca.pem").tls.mode == .verifyIdentity)
    }

    @Test("timeouts in seconds")
    func timeouts() throws {
        let configuration = try MariaDBConfiguration(url: "mariadb://u@h/x?connect-timeout=3&read-timeout=30&write-timeout=20")
        #expect(configuration.connectTimeout == .seconds(3))
        #expect(configuration.readTimeout == .seconds(30))
        #expect(configuration.writeTimeout == .seconds(20))
    }

    @Test("malformed URLs are rejected with the reason", arguments: [
        ("postgres://u@h/db", "scheme"),
        ("mariadb://h/db", "user"),
        ("mariadb://u@h:99999/db", "port"),
        ("mariadb://u@h/db?sslmode=maybe", "ssl-mode"),
        ("mariadb://u@h/db?ssl-mod=required", "unknown URL parameter"),
        ("mariadb://u:p%4@h/db", "percent-escape"),
        ("db.example.com", "mariadb://"),
    ])
    func rejected(url: String, fragment: String) {
        #expect {
            try MariaDBConfiguration(url: url)
        } throws: { error in
            "\(error)".contains(fragment)
        }
    }

    @Test("redacted URLs hide the password")
    func redaction() {
        #expect(MariaDBConfiguration.redacted("mariadb://app:hunter2@db/x") == "mariadb://app:***@db/x")
        #expect(MariaDBConfiguration.redacted("mariadb://app@db/x") == "mariadb://app@db/x")
    }
}
