/// RFC 4180 CSV text: fields separated by commas, records ended by CRLF, and a field
/// quoted (with inner quotes doubled) when it holds a comma, a double quote, CR or LF.
public enum CSVWriter {
    /// One field as it appears in the file.
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, CRLF included; nil fields are empty.
    public static func record(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\r\n"
    }
}
