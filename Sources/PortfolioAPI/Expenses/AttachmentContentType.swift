import Foundation

/// The media types an attachment may have (images and PDF, seeds 000 and 004: receipts,
/// tenant photos, identity document scans), each checked against the file's first bytes
/// so a mislabelled upload is refused rather than served later under a false type.
public enum AttachmentContentType {
    public static let allowed = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"]

    /// The canonical allowed type for a declared `Content-Type` (parameters dropped, case
    /// folded, `image/jpg` read as `image/jpeg`); nil when it is not allowed.
    public static func normalize(_ declared: String) -> String? {
        var type = declared.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if type == "image/jpg" || type == "image/pjpeg" { type = "image/jpeg" }
        return allowed.contains(type) ? type : nil
    }

    /// Whether `bytes` start with the signature of `type` (one of `allowed`).
    public static func matches(_ bytes: [UInt8], type: String) -> Bool {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
        }
        switch type {
        case "image/jpeg": return starts([0xFF, 0xD8, 0xFF])
        case "image/png": return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "image/gif": return starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8))
        case "image/webp": return starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8)
        case "application/pdf": return starts(Array("%PDF-".utf8))
        default: return false
        }
    }
}
