import Foundation
import Testing

@testable import PortfolioAPI

@Suite struct AuthSettingsTests {
    @Test func theEnvironmentKeyWins() throws {
        let key = Base64URL.encode(Array(repeating: UInt8(9), count: 32))
        #expect(try AuthSettings.loadSigningKey(environment: ["PORTFOLIO_TOKEN_KEY": key], dataDirectory: "/nonexistent")
            == Array(repeating: 9, count: 32))
        #expect(throws: AuthSettingsError.self) {
            try AuthSettings.loadSigningKey(environment: ["PORTFOLIO_TOKEN_KEY": "too-short"], dataDirectory: "/nonexistent")
        }
    }

    @Test func aKeyIsGeneratedOnceIntoTheDataDirectory() throws {
        let directory = NSTemporaryDirectory() + "token-key-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try AuthSettings.loadSigningKey(environment: [:], dataDirectory: directory)
        let second = try AuthSettings.loadSigningKey(environment: [:], dataDirectory: directory)
        #expect(first.count == 32)
        #expect(first == second)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/token.key")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
