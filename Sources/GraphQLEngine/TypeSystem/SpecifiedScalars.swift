// The five built-in scalars with the coercion rules of spec §3.5.1–§3.5.5. Error messages
// are worded as graphql-js words them.

private let int32Range = Int(Int32.min)...Int(Int32.max)

extension GraphQLScalarType {
    /// `Int`: a signed 32-bit integer (spec §3.5.1).
    public static let int = GraphQLScalarType(
        name: "Int",
        description: "A signed 32-bit integer: a whole number from -2147483648 to 2147483647.",
        serialize: serializeInt,
        parseValue: { value throws(GraphQLError) in
            switch value {
            case .int(let int):
                guard int32Range.contains(int) else {
                    throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(int)")
                }
                return .int(int)
            case .float(let double) where double.isFinite && double.rounded(.towardZero) == double:
                guard let int = Int(exactly: double), int32Range.contains(int) else {
                    throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(javaScriptNumberString(double))")
                }
                return .int(int)
            default:
                throw GraphQLError("Int cannot represent non-integer value: \(inspect(value))")
            }
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .int(let literal) = node else {
                throw GraphQLError("Int cannot represent non-integer value: \(printAST(node))")
            }
            guard let int = Int(literal.value), int32Range.contains(int) else {
                throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(literal.value)")
            }
            return .int(int)
        }
    )

    /// `Float`: a finite IEEE 754 double (spec §3.5.2).
    public static let float = GraphQLScalarType(
        name: "Float",
        description: "A finite double-precision floating-point number (IEEE 754).",
        serialize: serializeFloat,
        parseValue: { value throws(GraphQLError) in
            switch value {
            case .int(let int): return .float(Double(int))
            case .float(let double) where double.isFinite: return .float(double)
            default: throw GraphQLError("Float cannot represent non numeric value: \(inspect(value))")
            }
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            let text: String
            switch node {
            case .int(let literal): text = literal.value
            case .float(let literal): text = literal.value
            default: throw GraphQLError("Float cannot represent non numeric value: \(printAST(node))")
            }
            guard let double = Double(text), double.isFinite else {
                throw GraphQLError("Float cannot represent non numeric value: \(text)")
            }
            return .float(double)
        }
    )

    /// `String`: a sequence of Unicode code points (spec §3.5.3).
    public static let string = GraphQLScalarType(
        name: "String",
        description: "Text: a sequence of Unicode code points.",
        serialize: serializeString,
        parseValue: { value throws(GraphQLError) in
            guard case .string = value else {
                throw GraphQLError("String cannot represent a non string value: \(inspect(value))")
            }
            return value
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .string(let literal) = node else {
                throw GraphQLError("String cannot represent a non string value: \(printAST(node))")
            }
            return .string(literal.value)
        }
    )

    /// `Boolean`: `true` or `false` (spec §3.5.4).
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "`true` or `false`.",
        serialize: serializeBoolean,
        parseValue: { value throws(GraphQLError) in
            guard case .bool = value else {
                throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(value))")
            }
            return value
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            guard case .boolean(let literal) = node else {
                throw GraphQLError("Boolean cannot represent a non boolean value: \(printAST(node))")
            }
            return .bool(literal.value)
        }
    )

    /// `ID`: an opaque identifier, always serialized as a string (spec §3.5.5).
    public static let id = GraphQLScalarType(
        name: "ID",
        description: "An opaque unique identifier, serialized as a string; accepts string or integer input.",
        serialize: serializeID,
        parseValue: { value throws(GraphQLError) in
            switch value {
            case .string: return value
            case .int(let int): return .string(String(int))
            case .float(let double) where double.isFinite && double.rounded(.towardZero) == double:
                return .string(javaScriptNumberString(double))
            default: throw GraphQLError("ID cannot represent value: \(inspect(value))")
            }
        },
        parseLiteral: { node, _ throws(GraphQLError) in
            switch node {
            case .string(let literal): return .string(literal.value)
            case .int(let literal): return .string(literal.value)
            default:
                throw GraphQLError("ID cannot represent a non-string and non-integer value: \(printAST(node))")
            }
        }
    )

    /// The built-in scalars, in the order graphql-js lists them.
    public static let specifiedScalars: [GraphQLScalarType] = [.string, .int, .float, .boolean, .id]
}

/// A resolver value seen as a number, the way graphql-js's scalars look at it: numbers as
/// they are, booleans as 1/0, non-empty numeric strings parsed. `nil` when not numeric.
private enum NumericInput {
    case integer(Int)
    case double(Double)
    case notNumeric

    init(_ value: any Sendable, acceptStrings: Bool) {
        switch value {
        case let value as Value:
            switch value {
            case .int(let int): self = .integer(int)
            case .float(let double): self = .double(double)
            case .bool(let bool): self = .integer(bool ? 1 : 0)
            case .string(let string) where acceptStrings: self = NumericInput(string: string)
            default: self = .notNumeric
            }
        case let int as Int: self = .integer(int)
        case let double as Double: self = .double(double)
        case let bool as Bool: self = .integer(bool ? 1 : 0)
        case let string as String where acceptStrings: self = NumericInput(string: string)
        case let integer as any BinaryInteger:
            if let int = Int(exactly: integer) { self = .integer(int) } else { self = .double(Double(integer)) }
        case let floating as any BinaryFloatingPoint: self = .double(Double(floating))
        default: self = .notNumeric
        }
    }

    private init(string: String) {
        let trimmed = string.trimmingWhitespace
        if trimmed.isEmpty && !string.isEmpty {
            self = .integer(0)  // JavaScript's Number("  ") is 0
        } else if let int = Int(trimmed) {
            self = .integer(int)
        } else if let double = Double(trimmed) {
            self = .double(double)
        } else {
            self = .notNumeric
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var text = Substring(self)
        while let first = text.first, isSpace(first) { text.removeFirst() }
        while let last = text.last, isSpace(last) { text.removeLast() }
        return text
    }
}

private func serializeInt(_ value: any Sendable) throws(GraphQLError) -> Value {
    switch NumericInput(value, acceptStrings: true) {
    case .integer(let int):
        guard int32Range.contains(int) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(any: value))")
        }
        return .int(int)
    case .double(let double) where double.isFinite && double.rounded(.towardZero) == double:
        guard let int = Int(exactly: double), int32Range.contains(int) else {
            throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(any: value))")
        }
        return .int(int)
    default:
        throw GraphQLError("Int cannot represent non-integer value: \(inspect(any: value))")
    }
}

private func serializeFloat(_ value: any Sendable) throws(GraphQLError) -> Value {
    switch NumericInput(value, acceptStrings: true) {
    case .integer(let int): return .float(Double(int))
    case .double(let double) where double.isFinite: return .float(double)
    default: throw GraphQLError("Float cannot represent non numeric value: \(inspect(any: value))")
    }
}

private func serializeString(_ value: any Sendable) throws(GraphQLError) -> Value {
    switch value {
    case let string as String: return .string(string)
    case let substring as Substring: return .string(String(substring))
    case let bool as Bool: return .string(bool ? "true" : "false")
    case let value as Value:
        switch value {
        case .string: return value
        case .bool(let bool): return .string(bool ? "true" : "false")
        case .int(let int): return .string(String(int))
        case .float(let double) where double.isFinite: return .string(javaScriptNumberString(double))
        default: break
        }
    default:
        switch NumericInput(value, acceptStrings: false) {
        case .integer(let int): return .string(String(int))
        case .double(let double) where double.isFinite: return .string(javaScriptNumberString(double))
        default: break
        }
    }
    throw GraphQLError("String cannot represent value: \(inspect(any: value))")
}

private func serializeBoolean(_ value: any Sendable) throws(GraphQLError) -> Value {
    switch value {
    case let bool as Bool: return .bool(bool)
    case let value as Value:
        switch value {
        case .bool: return value
        case .int(let int): return .bool(int != 0)
        case .float(let double) where double.isFinite: return .bool(double != 0)
        default: break
        }
    default:
        switch NumericInput(value, acceptStrings: false) {
        case .integer(let int): return .bool(int != 0)
        case .double(let double) where double.isFinite: return .bool(double != 0)
        default: break
        }
    }
    throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(any: value))")
}

private func serializeID(_ value: any Sendable) throws(GraphQLError) -> Value {
    switch value {
    case let string as String: return .string(string)
    case let substring as Substring: return .string(String(substring))
    case let value as Value:
        switch value {
        case .string: return value
        case .int(let int): return .string(String(int))
        case .float(let double) where double.isFinite && double.rounded(.towardZero) == double:
            return .string(javaScriptNumberString(double))
        default: break
        }
    case is Bool: break
    default:
        switch NumericInput(value, acceptStrings: false) {
        case .integer(let int): return .string(String(int))
        case .double(let double) where double.isFinite && double.rounded(.towardZero) == double:
            return .string(javaScriptNumberString(double))
        default: break
        }
    }
    throw GraphQLError("ID cannot represent value: \(inspect(any: value))")
}
