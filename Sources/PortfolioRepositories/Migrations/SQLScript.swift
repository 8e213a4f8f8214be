/// Splits a SQL script into its statements so each can run as one prepared statement.
///
/// Statements end at a `;` outside string literals, quoted identifiers and comments.
/// `--` and `#` line comments and `/* */` block comments are dropped; what remains of each
/// statement is trimmed, and empty statements are skipped.
public enum SQLScript {
    public static func statements(in script: String) -> [String] {
        var statements: [String] = []
        var current: [UInt8] = []
        let bytes = Array(script.utf8)
        var index = 0
        func flush() {
            let text = String(decoding: current, as: UTF8.self)
            let trimmed = text.trimmingWhitespace()
            if !trimmed.isEmpty { statements.append(trimmed) }
            current.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                // Copy the quoted run verbatim, honouring backslash escapes and doubled quotes.
                current.append(byte)
                index += 1
                while index < bytes.count {
                    let inner = bytes[index]
                    current.append(inner)
                    index += 1
                    if inner == UInt8(ascii: "\\"), byte != UInt8(ascii: "`"), index < bytes.count {
                        current.append(bytes[index])
                        index += 1
                    } else if inner == byte {
                        if index < bytes.count, bytes[index] == byte {
                            current.append(byte)
                            index += 1
                        } else {
                            break
                        }
                    }
                }
                continue
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"),
                UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                index += 2
                while index + 1 < bytes.count,
                    !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
                {
                    index += 1
                }
                index += 2
                current.append(UInt8(ascii: " "))
                continue
            case UInt8(ascii: ";"):
                flush()
                index += 1
                continue
            default:
                current.append(byte)
                index += 1
            }
        }
        flush()
        return statements
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
