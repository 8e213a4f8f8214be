/// Serializes `Value`s straight to UTF-8 bytes (RFC 8259), with no intermediate `Any`
/// tree and no Foundation: the last step of every response.
///
/// Object keys keep insertion order (spec §7.2.2). Strings escape `"`, `\` and control
/// characters (`\b \f \n \r \t`, others as `\u00XX`); everything else, non-ASCII included,
/// is written as UTF-8. Floats use Swift's shortest representation that reads back to the
/// same `Double`; non-finite floats (which the `Float` scalar never produces) become `null`.
public struct JSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text of `value` as bytes.
    public static func serialize(_ value: Value) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(value)
        return writer.bytes
    }

    /// The JSON text of `value` as a string (tests, logs).
    public static func string(_ value: Value) -> String {
        String(decoding: serialize(value), as: UTF8.self)
    }

    public mutating func write(_ value: Value) {
        switch value {
        case .null: writeRaw("null")
        case .bool(let flag): writeRaw(flag ? "true" : "false")
        case .int(let number): write(int: number)
        case .float(let number): write(double: number)
        case .string(let text): write(string: text)
        case .list(let values):
            bytes.append(UInt8(ascii: "["))
            var first = true
            for element in values {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object): write(object: object)
        }
    }

    public mutating func write(object: ObjectValue) {
        bytes.append(UInt8(ascii: "{"))
        let keys = object.keys
        let values = object.values
        for index in keys.indices {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(string: keys[index])
            bytes.append(UInt8(ascii: ":"))
            write(values[index])
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends already-valid JSON text (punctuation, literals) verbatim.
    public mutating func writeRaw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func write(int number: Int) {
        if number == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Digits are produced backwards into a small stack buffer, then copied.
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var position = 20
            while magnitude > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            if number < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position..<20]))
        }
    }

    public mutating func write(double number: Double) {
        guard number.isFinite else {
            writeRaw("null")
            return
        }
        if number == number.rounded(.towardZero) && Swift.abs(number) < 1e15 {
            // Integral values: "1.0" as Swift prints them, never "1e+15"-style for small ones.
            write(int: Int(number))
            bytes.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])
            return
        }
        bytes.append(contentsOf: number.description.utf8)
    }

    public mutating func write(string text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Native strings expose their UTF-8 in place; others (bridged) are copied once.
        if text.utf8.withContiguousStorageIfAvailable({ buffer in appendEscaped(buffer) }) == nil {
            var copy = text
            copy.withUTF8 { buffer in appendEscaped(buffer) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends string content, escaping what RFC 8259 requires; runs of plain bytes are
    /// copied in one go.
    private mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index])) }
            bytes.append(0x5C)
            switch byte {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                bytes.append(UInt8(ascii: "u"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(UInt8(ascii: "0"))
                bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count])) }
    }
}
