/// A QR code symbol (ISO/IEC 18004:2015) of a short text — byte mode, error-correction
/// level M, versions 1–10 — for the `otpauth://` URI of two-factor set-up, so authenticator
/// apps can scan it without the server sending the secret to a third-party QR service.
struct QRCode: Sendable {
    /// Dark (true) or light modules, by row then column; no quiet zone.
    let modules: [[Bool]]
    let version: Int
    /// The data mask chosen by the penalty evaluation (0–7).
    let mask: Int

    var size: Int { modules.count }

    /// Why a text cannot be encoded.
    struct TooLong: Error, CustomStringConvertible {
        let byteCount: Int
        var description: String { "\(byteCount) bytes do not fit a version 1–10 QR code at level M (213 at most)" }
    }

    /// Encodes `text` (as UTF-8 bytes) in the smallest version that holds it. `mask` forces a
    /// data mask (tests compare with other encoders); nil picks the lowest penalty score.
    init(_ text: String, mask forcedMask: Int? = nil) throws {
        let bytes = Array(text.utf8)
        guard let version = QRVersion.smallest(holding: bytes.count) else { throw TooLong(byteCount: bytes.count) }
        var matrix = QRMatrix(version: version)
        matrix.place(QRCodewords.build(bytes, version: version))
        var best: (mask: Int, score: Int, modules: [[Bool]])?
        for mask in forcedMask.map({ [$0] }) ?? Array(0..<8) {
            var candidate = matrix
            candidate.apply(mask: mask)
            candidate.drawFormat(mask: mask)
            let score = forcedMask == nil ? QRPenalty.score(candidate.modules) : 0
            if best == nil || score < best!.score { best = (mask, score, candidate.modules) }
        }
        modules = best!.modules
        self.mask = best!.mask
        self.version = version.number
    }

    /// A minimal SVG: one path of horizontal runs of dark modules on a white square with the
    /// four-module quiet zone the standard requires; scales to any size (`viewBox` in modules).
    var svg: String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        for (y, row) in modules.enumerated() {
            var x = 0
            while x < size {
                guard row[x] else { x += 1; continue }
                let start = x
                while x < size, row[x] { x += 1 }
                path += "M\(start + quiet) \(y + quiet)h\(x - start)v1h-\(x - start)z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges">\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
