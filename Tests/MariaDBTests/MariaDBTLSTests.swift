import DatabaseTestSupport
import Foundation
import MariaDB
import Testing

@Suite("MariaDB TLS over TCP")
struct MariaDBTLSTests {
    /// Creates a CA, a server certificate for 127.0.0.1 signed by it, and an unrelated CA.
    private static func makeCertificates(in directory: String) throws {
        let script = """
            set -e
            cd "$0"
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=PortfolioTestCA 2>/dev/null
            openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj /CN=127.0.0.1 2>/dev/null
            printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile ext.cnf 2>/dev/null
            openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -days 2 -subj /CN=SomeOtherCA 2>/dev/null
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, directory]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MariaDBConfigurationError("openssl failed with status \(process.terminationStatus)")
        }
    }

    /// A TCP port nobody listens on right now.
    private static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func tlsVersion(url: String) async throws -> String {
        let connection = try await MariaDBConnection.connect(configuration: try MariaDBConfiguration(url: url))
        let rows: [MariaDBRow]
        do {
            rows = try await connection.query("SHOW SESSION STATUS LIKE 'Ssl_version'")
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
        return try rows.first?.decode("Value", as: String.self) ?? ""
    }

    @Test(
        "ssl-mode and ssl-ca are honoured against a TLS-enabled server",
        .enabled(if: TestDatabase.canStartPrivateServer), .timeLimit(.minutes(3)))
    func tlsModes() async throws {
        let directory = TestDatabase.makeTemporaryDirectory("tls")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.makeCertificates(in: directory)
        let port = Self.freePort()
        let server = MariaDBServer(
            options: .init(
                directory: directory, port: port, durable: false, removeDirectoryWhenProcessExits: true,
                extraArguments: ["--ssl-ca=\(directory)/ca.pem", "--ssl-cert=\(directory)/server.pem", "--ssl-key=\(directory)/server.key"]),
            logger: TestDatabase.logger)
        try await server.start()
        do {
            let admin = try await MariaDBConnection.connect(configuration: server.configuration())
            try await admin.executeScript("""
                CREATE USER 'app'@'127.0.0.1' IDENTIFIED BY 'p@ss/word';
                GRANT USAGE ON *.* TO 'app'@'127.0.0.1';
                """)
            await admin.close()
            let base = "mariadb://app:p%40ss%2Fword@127.0.0.1:\(port)/"

            #expect(try await Self.tlsVersion(url: base + "?ssl-mode=disabled") == "")
            #expect(try await Self.tlsVersion(url: base + "?ssl-mode=preferred").hasPrefix("TLS"))
            #expect(try await Self.tlsVersion(url: base + "?ssl-mode=required").hasPrefix("TLS"))
            #expect(try await Self.tlsVersion(url: base + "?ssl-mode=verify-identity&ssl-ca=\(directory)/ca.pem").hasPrefix("TLS"))
            // A certificate from an unknown CA is refused when verifying.
            await #expect(throws: MariaDBError.self) {
                try await Self.tlsVersion(url: base + "?ssl-mode=verify-ca&ssl-ca=\(directory)/other.pem")
            }
        } catch {
            await server.stop()
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        await server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
