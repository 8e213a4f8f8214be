import Foundation
import MariaDB

/// Removes attachment files nothing refers to any more. Files are shared by content hash
/// (across owners and organizations), so deleting a row never deletes its file; an upload
/// whose insert failed also leaves its file. The sweep removes such files once they are
/// older than a grace period: an upload refreshes the file's modification time before it
/// inserts its row, so a file an upload is about to reference is never old.
public struct AttachmentSweep: Sendable {
    /// What a sweep found and did.
    public struct Summary: Sendable, Hashable {
        /// Content files examined.
        public var contentFiles = 0
        /// Content files removed: older than the grace period and referenced by no row.
        public var removedFiles = 0
        /// Temporary files of abandoned writes removed.
        public var removedTemporaryFiles = 0
        public var freedBytes: Int64 = 0

        public init(contentFiles: Int = 0, removedFiles: Int = 0, removedTemporaryFiles: Int = 0, freedBytes: Int64 = 0) {
            self.contentFiles = contentFiles
            self.removedFiles = removedFiles
            self.removedTemporaryFiles = removedTemporaryFiles
            self.freedBytes = freedBytes
        }
    }

    public let store: AttachmentStore
    /// Files modified more recently than this are kept whatever the rows say.
    public let gracePeriod: TimeInterval
    /// How many hashes are checked per query.
    public let batchSize: Int

    public init(store: AttachmentStore, gracePeriod: TimeInterval = 24 * 3600, batchSize: Int = 500) {
        self.store = store
        self.gracePeriod = gracePeriod
        self.batchSize = batchSize
    }

    /// One pass over the store. `dryRun` reports what would be removed and removes nothing.
    public func run(pool: MariaDBPool, now: Date = Date(), dryRun: Bool = false) async throws -> Summary {
        let cutoff = now.addingTimeInterval(-gracePeriod)
        var summary = Summary()
        var candidates: [AttachmentStore.StoredFile] = []
        for file in try store.files() {
            if file.hash != nil { summary.contentFiles += 1 }
            guard file.modified < cutoff else { continue }
            if file.hash == nil {
                summary.removedTemporaryFiles += 1
                summary.freedBytes += file.sizeBytes
                if !dryRun { try? FileManager.default.removeItem(atPath: file.path) }
            } else {
                candidates.append(file)
            }
        }
        var start = 0
        while start < candidates.count {
            let batch = Array(candidates[start..<min(start + batchSize, candidates.count)])
            start += batch.count
            let referenced = try await pool.withConnection { connection in
                try await Self.referencedHashes(batch.compactMap(\.hash), on: connection)
            }
            for file in batch where !referenced.contains(file.hash ?? "") {
                summary.removedFiles += 1
                summary.freedBytes += file.sizeBytes
                if !dryRun { try? FileManager.default.removeItem(atPath: file.path) }
            }
        }
        return summary
    }

    /// Which of `hashes` (lower-case hex) some attachment row refers to.
    static func referencedHashes(_ hashes: [String], on connection: MariaDBConnection) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        var conditions = SQLConditions()
        conditions.add("content_hash", in: hashes.map(Self.bytes(hex:)))
        let rows = try await connection.query(
            "SELECT DISTINCT content_hash FROM attachments \(conditions.sql)", conditions.binds)
        return Set(try rows.map { AttachmentStore.hex(try $0.decode("content_hash", as: [UInt8].self)) })
    }

    /// The bytes of a hex string of even length (file names checked by `AttachmentStore.files`).
    static func bytes(hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var high: UInt8?
        for character in hex {
            guard let digit = character.hexDigitValue.map(UInt8.init) else { continue }
            if let first = high {
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        return bytes
    }
}
