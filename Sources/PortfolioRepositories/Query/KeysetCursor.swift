import Foundation
import MariaDB

/// The position of a row in an ordered list: the values of its sort keys, the row id last.
/// Clients see it as an opaque base64url string; paging continues strictly after (or
/// before) it, so a page costs one index range scan however deep it is.
public struct KeysetCursor: Sendable, Hashable {
    /// One value per sort key, then the id. Dates and instants travel as their SQL text,
    /// which MariaDB compares correctly with the column.
    public let values: [MariaDBValue]
    /// The ordering the cursor was made in (`ListQuery.orderTag`), so a list can refuse a
    /// cursor of another ordering whose values would compare with the wrong columns; nil
    /// for cursors made without one (in-memory child lists).
    public let tag: String?

    public init(values: [MariaDBValue], tag: String? = nil) {
        self.values = values
        self.tag = tag
    }

    /// The opaque text form: base64url (no padding) of the tagged values joined by U+001F,
    /// preceded by `t<tag>` when the cursor has an ordering tag.
    public var encoded: String {
        let parts = values.map { value -> String in
            switch value {
            case .int(let number): return "i" + String(number)
            case .uint(let number): return "i" + String(number)
            case .string(let text): return "s" + text
            case .date(let date): return "s" + date.description
            case .dateTime(let instant): return "s" + instant.description
            case .decimal(let number): return "d" + number.description
            case .null: return "n"
            case .double(let number): return "f" + String(number)
            case .bytes(let bytes): return "s" + String(decoding: bytes, as: UTF8.self)
            case .time(let micros): return "i" + String(micros)
            }
        }
        let text = ((tag.map { ["t" + $0] } ?? []) + parts).joined(separator: "\u{1F}")
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Decodes a cursor made by `encoded` that has `count` values; nil when it is not one.
    public init?(encoded text: String, count: Int) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard text.count <= 2_000, let data = Data(base64Encoded: base64),
            let decoded = String(data: data, encoding: .utf8)
        else { return nil }
        var values: [MariaDBValue] = []
        var tag: String?
        for (index, part) in decoded.split(separator: "\u{1F}", omittingEmptySubsequences: false).enumerated() {
            if index == 0, part.first == "t" {
                tag = String(part.dropFirst())
                continue
            }
            guard let tag = part.first else { return nil }
            let body = String(part.dropFirst())
            switch tag {
            case "i":
                guard let number = Int64(body) else { return nil }
                values.append(.int(number))
            case "s": values.append(.string(body))
            case "d":
                guard let number = ExactDecimal(body) else { return nil }
                values.append(.decimal(number))
            case "n": values.append(.null)
            default: return nil
            }
        }
        guard values.count == count else { return nil }
        self.values = values
        self.tag = tag
    }
}
