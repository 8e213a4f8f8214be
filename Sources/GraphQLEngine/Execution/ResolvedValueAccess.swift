// Cheap ways to look into the `any Sendable` values resolvers return, without the general
// dynamic-cast machinery on every value (casts dominated early profiles).

/// True when `value`'s dynamic type is exactly `T`: one metadata comparison, after which
/// `exactCast(value, to: T.self)` takes the value out.
@inline(__always)
func isExactly<T>(_ value: any Sendable, _ type: T.Type) -> Bool {
    isExactly(dynamicTypeID(value), type)
}

/// The identity of `value`'s dynamic type. `Swift.type(of:)` on an existential is a call
/// into the runtime; asking once and comparing the result with several candidate types
/// (`isExactly(_:_:)` on the identity) saves the repeated calls on the leaf path.
@inline(__always)
func dynamicTypeID(_ value: any Sendable) -> ObjectIdentifier {
    ObjectIdentifier(Swift.type(of: value))
}

/// True when `typeID` (from `dynamicTypeID`) is exactly `T`.
@inline(__always)
func isExactly<T>(_ typeID: ObjectIdentifier, _ type: T.Type) -> Bool {
    typeID == ObjectIdentifier(T.self)
}

/// `value` as `T`, once `isExactly(value, T.self)` has said that is its dynamic type: the
/// existential is opened and its contents reinterpreted (`_identityCast` checks the types
/// are the same), instead of `as! T`, which goes through the runtime's general dynamic
/// cast (about 200 instructions per call in callgrind, a few per resolved field).
@inline(__always)
func exactCast<T>(_ value: any Sendable, to type: T.Type) -> T {
    func open<Opened: Sendable>(_ opened: Opened) -> T {
        _identityCast(opened, to: T.self)
    }
    return open(value)
}

/// An optional that ended up inside an `any Sendable` (e.g. an element of `[String?]`).
/// Casts from such an existential unwrap `.some` by themselves; only `.none` has to be
/// recognized, so that it completes as null rather than as a value.
protocol ResolvedOptional {
    var isNone: Bool { get }
}

extension Optional: ResolvedOptional {
    var isNone: Bool { self == nil }
}

/// True when `value` is an optional holding `.none` (a null in disguise).
@inline(__always)
func isNoneOptional(_ value: any Sendable) -> Bool {
    (value as? any ResolvedOptional)?.isNone ?? false
}

/// An array of readable models (`[Lease]` where `Lease: GraphQLFieldReadable`), walked in
/// place instead of being converted to `[any Sendable]` first (a copy plus a dynamic cast
/// per element).
protocol ReadableList {
    var readableCount: Int { get }
    func readableItem(_ index: Int) -> any Sendable
}

extension Array: ReadableList where Element: GraphQLFieldReadable {
    var readableCount: Int { count }
    func readableItem(_ index: Int) -> any Sendable { self[index] }
}

/// The items of a resolved list, however the resolver returned them.
enum ResolvedItems {
    case boxed([any Sendable])
    case readable(any ReadableList)

    var count: Int {
        switch self {
        case .boxed(let items): return items.count
        case .readable(let items): return items.readableCount
        }
    }

    @inline(__always)
    subscript(index: Int) -> any Sendable {
        switch self {
        case .boxed(let items): return items[index]
        case .readable(let items): return items.readableItem(index)
        }
    }
}

/// Arrays whose elements are optionals, so completion knows to look for `.none` items.
protocol ArrayOfOptionals {}

extension Array: ArrayOfOptionals where Element: ResolvedOptional {}

/// How the default resolver reads fields of one parent value (spec §6.4.2: a field with no
/// resolver takes the parent's entry of the same name). Worked out once per object.
enum SourceAccess {
    case object(ObjectValue)
    case readable(any GraphQLFieldReadable)
    case opaque

    init(_ source: any Sendable) {
        let typeID = dynamicTypeID(source)
        if isExactly(typeID, ObjectValue.self) {
            self = .object(exactCast(source, to: ObjectValue.self))
        } else if isExactly(typeID, Value.self) {
            if case .object(let object) = exactCast(source, to: Value.self) { self = .object(object) } else { self = .opaque }
        } else if let readable = source as? any GraphQLFieldReadable {
            self = .readable(readable)
        } else if let object = source as? ObjectValue {
            self = .object(object)
        } else {
            self = .opaque
        }
    }

    /// The field's value; `nil` (null) when the parent has no such entry.
    @inline(__always)
    func read(_ name: String) -> (any Sendable)? {
        switch self {
        case .object(let object): return object[name]
        case .readable(let readable): return readable.graphQLField(name)
        case .opaque: return nil
        }
    }
}

/// Which built-in scalar a leaf is, so the executor can serialize the common
/// Swift-type/scalar pairs inline and leave everything else to the scalar.
enum LeafKind {
    case string, int, float, boolean, id, custom

    init(_ scalar: GraphQLScalarType) {
        // The built-in scalar objects themselves (what schemas built here use): one
        // identity comparison each instead of hashing and comparing the name.
        if scalar === GraphQLScalarType.string { self = .string; return }
        if scalar === GraphQLScalarType.int { self = .int; return }
        if scalar === GraphQLScalarType.float { self = .float; return }
        if scalar === GraphQLScalarType.boolean { self = .boolean; return }
        if scalar === GraphQLScalarType.id { self = .id; return }
        guard scalar.isSpecified else {
            self = .custom
            return
        }
        switch scalar.name {
        case "String": self = .string
        case "Int": self = .int
        case "Float": self = .float
        case "Boolean": self = .boolean
        case "ID": self = .id
        default: self = .custom
        }
    }

    /// The serialized value when `raw` is one of the obvious matches; `nil` otherwise
    /// (the scalar's own `serialize` then decides, with its error messages).
    @inline(__always)
    func fastSerialize(_ raw: any Sendable, typeID: ObjectIdentifier) -> Value? {
        switch self {
        case .string:
            if isExactly(typeID, String.self) { return .string(exactCast(raw, to: String.self)) }
        case .int:
            if isExactly(typeID, Int.self) {
                let int = exactCast(raw, to: Int.self)
                if int >= Int(Int32.min) && int <= Int(Int32.max) { return .int(int) }
            }
        case .float:
            if isExactly(typeID, Double.self) {
                let double = exactCast(raw, to: Double.self)
                if double.isFinite { return .float(double) }
            }
        case .boolean:
            if isExactly(typeID, Bool.self) { return .bool(exactCast(raw, to: Bool.self)) }
        case .id:
            if isExactly(typeID, String.self) { return .string(exactCast(raw, to: String.self)) }
            if isExactly(typeID, Int.self) { return .string(String(exactCast(raw, to: Int.self))) }
        case .custom:
            break
        }
        if isExactly(typeID, Value.self) {
            let value = exactCast(raw, to: Value.self)
            switch (self, value) {
            case (.string, .string), (.id, .string), (.boolean, .bool): return value
            case (.float, .float(let double)) where double.isFinite: return value
            case (.int, .int(let int)) where int >= Int(Int32.min) && int <= Int(Int32.max): return value
            default: return nil
            }
        }
        return nil
    }
}
