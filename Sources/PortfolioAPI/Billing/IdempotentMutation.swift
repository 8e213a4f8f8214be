import Crypto
import Foundation
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// Idempotency for every money-moving mutation (docs/api/billing.md "Idempotency").
///
/// Call `run` inside the mutation's transaction, after validation. With no key it simply
/// performs the work. With a key it first claims `(org, key)` in `idempotency_records`
/// (the primary key makes a concurrent duplicate wait for the first call to commit), then:
/// - the key is new → performs the work and stores the ids of what it created;
/// - the key was used for the same operation and the same request → does nothing again and
///   rebuilds the first call's result from the stored ids (`replay`);
/// - the key was used for another operation or another request → `CONFLICT`.
enum IdempotentMutation {
    /// Longest key accepted (the column is `VARCHAR(200)`).
    static let maximumKeyLength = 200

    /// The optional `idempotencyKey` argument: nil when absent; 1–200 characters otherwise
    /// (BAD_USER_INPUT naming `field`).
    static func key(_ raw: String?, field: String = "idempotencyKey", into errors: inout [FieldError]) -> String? {
        guard let raw else { return nil }
        if raw.isEmpty {
            errors.append(FieldError(field: field, code: ErrorCode.required, message: "Idempotency key must not be empty"))
        } else if raw.count > maximumKeyLength {
            errors.append(FieldError(field: field, code: ErrorCode.tooLong,
                                     message: "Idempotency key must be at most \(maximumKeyLength) characters"))
        }
        return raw
    }

    /// - Parameters:
    ///   - key: the client's key; nil runs `perform` without any record.
    ///   - operation: the mutation's name (a key is bound to one operation).
    ///   - request: a canonical text of the validated request (every argument that changes
    ///     the outcome); only its SHA-256 is stored.
    ///   - perform: does the work; returns the result and the ids that rebuild it.
    ///   - replay: rebuilds the result from the stored ids (re-read in this transaction).
    static func run<R: Sendable>(
        key: String?, operation: String, request: String, scope: RecordScope, on connection: MariaDBConnection,
        perform: () async throws -> (result: R, ids: [String]),
        replay: ([String]) async throws -> R
    ) async throws -> R {
        guard let key else { return try await perform().result }
        let hash = Array(SHA256.hash(data: Data("\(operation)\n\(request)".utf8)))
        if let stored = try await IdempotencyRepository.claim(
            orgID: scope.orgID, key: key, operation: operation, requestHash: hash, now: Date(), on: connection) {
            guard stored.operation == operation, stored.requestHash == hash else {
                throw APIErrors.error(.conflict, "The idempotency key was already used for a different request.",
                                      ["field": .string("idempotencyKey")])
            }
            return try await replay(decodeIDs(stored.response))
        }
        let outcome = try await perform()
        try await IdempotencyRepository.storeResponse(orgID: scope.orgID, key: key, response: encodeIDs(outcome.ids), on: connection)
        return outcome.result
    }

    static func encodeIDs(_ ids: [String]) -> String {
        let data = (try? JSONEncoder().encode(["ids": ids])) ?? Data("{\"ids\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeIDs(_ response: String) -> [String] {
        (try? JSONDecoder().decode([String: [String]].self, from: Data(response.utf8)))?["ids"] ?? []
    }
}
