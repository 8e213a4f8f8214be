/// Chooses the response media type from `Accept`, per GraphQL-over-HTTP §"Body":
/// `application/graphql-response+json` when the client takes it, `application/json` for
/// legacy clients, nothing (→ 406) when the client takes neither.
enum ResponseMediaType: Equatable {
    case graphQLResponseJSON
    case json

    var contentType: String {
        switch self {
        case .graphQLResponseJSON: return "application/graphql-response+json; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }

    /// nil when no supported type is acceptable. A missing or empty header is treated as a
    /// legacy client (`application/json`); `*/*` and `application/*` pick the GraphQL type.
    static func negotiate(accept: String?) -> ResponseMediaType? {
        guard let accept, !accept.allSatisfy({ $0 == " " }) else { return .json }
        var best: (type: ResponseMediaType, quality: Double, order: Int)?
        for (order, item) in accept.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters() }
            guard let range = parts.first?.lowercased() else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters() }
                if pair.count == 2, pair[0].lowercased() == "q", let q = Double(pair[1]) { quality = q }
            }
            guard quality > 0 else { continue }
            let type: ResponseMediaType
            switch range {
            case "application/graphql-response+json", "application/*", "*/*": type = .graphQLResponseJSON
            case "application/json": type = .json
            default: continue
            }
            if best == nil || quality > best!.quality || (quality == best!.quality && order < best!.order) {
                best = (type, quality, order)
            }
        }
        return best?.type
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
