// Input value literals (spec §2.9). Named `ValueNode` to keep them apart from the runtime
// `Value` the executor produces; the object literal is `ObjectValueNode` because
// `ObjectValue` is the runtime ordered map.

/// A literal input value as written in a document (spec §2.9).
public enum ValueNode: Sendable, Hashable {
    case variable(Variable)
    case int(IntValue)
    case float(FloatValue)
    case string(StringValue)
    case boolean(BooleanValue)
    case null(NullValue)
    case enumValue(EnumValue)
    case list(ListValue)
    case object(ObjectValueNode)

    public var loc: Location? {
        switch self {
        case .variable(let node): return node.loc
        case .int(let node): return node.loc
        case .float(let node): return node.loc
        case .string(let node): return node.loc
        case .boolean(let node): return node.loc
        case .null(let node): return node.loc
        case .enumValue(let node): return node.loc
        case .list(let node): return node.loc
        case .object(let node): return node.loc
        }
    }
}

/// An integer literal, kept as written (`-0`, `123`) so that the scalar decides its range
/// (spec §2.9.1, §3.5.1).
public struct IntValue: Sendable, Hashable {
    public var value: String
    @IgnoredInEquality public var loc: Location?

    public init(_ value: String, loc: Location? = nil) {
        self.value = value
        self.loc = loc
    }
}

/// A float literal, kept as written (`1.5e-3`) (spec §2.9.2).
public struct FloatValue: Sendable, Hashable {
    public var value: String
    @IgnoredInEquality public var loc: Location?

    public init(_ value: String, loc: Location? = nil) {
        self.value = value
        self.loc = loc
    }
}

/// A string literal with escapes resolved (spec §2.9.4); for block strings, `value` is the
/// result of the spec's BlockStringValue() (indentation and blank edge lines removed).
public struct StringValue: Sendable, Hashable {
    public var value: String
    /// True when written as a `"""block string"""`; the printer keeps the form.
    public var block: Bool
    @IgnoredInEquality public var loc: Location?

    public init(_ value: String, block: Bool = false, loc: Location? = nil) {
        self.value = value
        self.block = block
        self.loc = loc
    }
}

/// `true` or `false` (spec §2.9.3).
public struct BooleanValue: Sendable, Hashable {
    public var value: Bool
    @IgnoredInEquality public var loc: Location?

    public init(_ value: Bool, loc: Location? = nil) {
        self.value = value
        self.loc = loc
    }
}

/// `null` (spec §2.9.5).
public struct NullValue: Sendable, Hashable {
    @IgnoredInEquality public var loc: Location?

    public init(loc: Location? = nil) {
        self.loc = loc
    }
}

/// An enum value: a name other than `true`, `false`, `null` (spec §2.9.6).
public struct EnumValue: Sendable, Hashable {
    public var value: String
    @IgnoredInEquality public var loc: Location?

    public init(_ value: String, loc: Location? = nil) {
        self.value = value
        self.loc = loc
    }
}

/// `[value, ...]` (spec §2.9.7).
public struct ListValue: Sendable, Hashable {
    public var values: [ValueNode]
    @IgnoredInEquality public var loc: Location?

    public init(values: [ValueNode], loc: Location? = nil) {
        self.values = values
        self.loc = loc
    }
}

/// `{name: value, ...}` (spec §2.9.8). Field order is kept as written; duplicate names are
/// a validation error (§5.6.2), not a syntax error, so they are kept too.
public struct ObjectValueNode: Sendable, Hashable {
    public var fields: [ObjectField]
    @IgnoredInEquality public var loc: Location?

    public init(fields: [ObjectField], loc: Location? = nil) {
        self.fields = fields
        self.loc = loc
    }
}

/// One `name: value` entry of an input object literal.
public struct ObjectField: Sendable, Hashable {
    public var name: Name
    public var value: ValueNode
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, value: ValueNode, loc: Location? = nil) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}
