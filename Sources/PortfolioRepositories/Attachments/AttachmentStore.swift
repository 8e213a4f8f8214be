import Crypto
import Foundation

/// Content stored by `AttachmentStore`: its SHA-256 and size.
public struct StoredContent: Sendable, Hashable {
    public let hashBytes: [UInt8]
    public let sizeBytes: Int64
    public var hashHex: String { AttachmentStore.hex(hashBytes) }
}

/// Attachment bytes on disk, named by their SHA-256 (`<root>/ab/abcdef…`), so identical
/// content is stored once. A file is written to `<root>/tmp/` first and renamed into place,
/// so a reader never sees a partial file and a failed write leaves nothing behind.
public struct AttachmentStore: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// Stores `bytes` (or finds them already stored) and returns their hash and size.
    public func store(_ bytes: [UInt8]) throws -> StoredContent {
        let digest = Array(SHA256.hash(data: bytes))
        let content = StoredContent(hashBytes: digest, sizeBytes: Int64(bytes.count))
        let target = path(forHash: content.hashHex)
        let files = FileManager.default
        if files.fileExists(atPath: target) {
            // Fresh again, so a sweep running now leaves it to the row about to reference it.
            try? files.setAttributes([.modificationDate: Date()], ofItemAtPath: target)
            return content
        }
        let directory = (target as NSString).deletingLastPathComponent
        let temporaryFolder = root + "/tmp"
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try files.createDirectory(atPath: temporaryFolder, withIntermediateDirectories: true)
        let temporary = temporaryFolder + "/" + UUID().uuidString
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            // Same folder tree, so the move is a rename(2): atomic.
            try files.moveItem(atPath: temporary, toPath: target)
        } catch {
            try? files.removeItem(atPath: temporary)
            // Another upload of the same content may have renamed its copy first: fine.
            if files.fileExists(atPath: target) { return content }
            throw error
        }
        return content
    }

    /// A file of the store: content named by its hash, or a temporary file of a write in
    /// progress (`hash` nil).
    public struct StoredFile: Sendable, Hashable {
        public let path: String
        public let hash: String?
        public let modified: Date
        public let sizeBytes: Int64
    }

    /// Every file under the root: content files (`<2 hex>/<64 hex>`) and temporary files.
    /// Anything else is left out (and never removed by a sweep).
    public func files() throws -> [StoredFile] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: root) else { return [] }
        var result: [StoredFile] = []
        for folder in try manager.contentsOfDirectory(atPath: root).sorted() {
            let isTemporary = folder == "tmp"
            guard isTemporary || (folder.count == 2 && folder.allSatisfy(\.isHexDigit)) else { continue }
            for name in try manager.contentsOfDirectory(atPath: root + "/" + folder).sorted() {
                let path = root + "/" + folder + "/" + name
                let hash = name.lowercased()
                let isContent = !isTemporary && name.count == 64 && name.allSatisfy(\.isHexDigit) && hash.hasPrefix(folder.lowercased())
                guard isTemporary || isContent else { continue }
                let attributes = try manager.attributesOfItem(atPath: path)
                guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                result.append(StoredFile(
                    path: path, hash: isContent ? hash : nil,
                    modified: attributes[.modificationDate] as? Date ?? .distantPast,
                    sizeBytes: (attributes[.size] as? NSNumber)?.int64Value ?? 0))
            }
        }
        return result
    }

    /// The bytes stored under `hash`; nil when the file is missing.
    public func read(hash: String) -> Data? {
        FileManager.default.contents(atPath: path(forHash: hash))
    }

    /// Where content with this hex hash lives.
    public func path(forHash hash: String) -> String {
        root + "/" + String(hash.prefix(2)) + "/" + hash
    }

    /// Lower-case hexadecimal of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
