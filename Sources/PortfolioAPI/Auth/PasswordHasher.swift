import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt for passwords, run on NIO's blocking thread pool so a sign-in (about 250 ms at
/// cost 12) never occupies a Swift concurrency thread.
///
/// bcrypt reads only the first 72 bytes of its input; a longer password (the policy allows
/// 128 characters) is first reduced to base64(SHA-256(password)), 44 bytes, so every byte
/// counts. Passwords of 72 bytes or fewer are hashed as they are, which keeps hashes made
/// elsewhere with plain bcrypt (the demo seeder) valid.
enum PasswordHasher {
    static func hash(_ password: String, cost: UInt8) async throws -> String {
        let input = prepared(password)
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(input, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async throws -> Bool {
        let input = prepared(password)
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(input, hash: hash) }
    }

    /// Verifies against a fixed hash and returns false, so an unknown e-mail costs the same
    /// time as a wrong password and timing does not reveal which accounts exist.
    static func verifyAgainstDummy(_ password: String) async throws -> Bool {
        _ = try await verify(password, hash: dummyHash)
        return false
    }

    /// bcrypt (cost 12, the default cost of real hashes) of random bytes nobody knows;
    /// computed once, on first use.
    static let dummyHash = Bcrypt.hash(Base64URL.encode(Base64URL.randomBytes(24)), cost: 12)

    static func prepared(_ password: String) -> String {
        let bytes = Array(password.utf8)
        guard bytes.count > 72 else { return password }
        return Data(SHA256.hash(data: bytes)).base64EncodedString()
    }
}
