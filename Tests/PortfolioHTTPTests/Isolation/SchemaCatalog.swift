import GraphQLEngine

/// The schema as the API itself describes it (introspection through `/graphql`), reduced to
/// what the isolation test needs: root fields with their arguments, input objects, enums and
/// the scalar fields of object types. Reading it from the running API — not from the SDL
/// files — means every field another area adds is seen without editing the test.
struct SchemaCatalog: Sendable {
    /// A GraphQL type reference (`[ID!]!` and friends), spec §4.2.
    indirect enum TypeRef: Sendable {
        case named(kind: String, name: String)
        case nonNull(TypeRef)
        case list(TypeRef)

        /// The named type under the wrappers.
        var named: (kind: String, name: String) {
            switch self {
            case .named(let kind, let name): return (kind, name)
            case .nonNull(let inner), .list(let inner): return inner.named
            }
        }

        var isNonNull: Bool {
            if case .nonNull = self { return true }
            return false
        }

        /// The reference as written in a variable definition.
        var sdl: String {
            switch self {
            case .named(_, let name): return name
            case .nonNull(let inner): return inner.sdl + "!"
            case .list(let inner): return "[" + inner.sdl + "]"
            }
        }
    }

    struct InputValue: Sendable {
        let name: String
        let type: TypeRef
        let hasDefault: Bool
        /// Required: non-null without a default (spec §5.4.2.1).
        var isRequired: Bool { type.isNonNull && !hasDefault }
    }

    struct Field: Sendable {
        let name: String
        let arguments: [InputValue]
        let type: TypeRef
    }

    struct NamedType: Sendable {
        let kind: String
        let name: String
        let fields: [Field]
        let inputFields: [InputValue]
        let enumValues: [String]
    }

    let queryType: String
    let mutationType: String?
    let types: [String: NamedType]

    var queryFields: [Field] { types[queryType]?.fields ?? [] }
    var mutationFields: [Field] { mutationType.flatMap { types[$0]?.fields } ?? [] }

    static let query = """
        query IsolationCatalog {
          __schema {
            queryType { name }
            mutationType { name }
            types {
              kind name
              enumValues(includeDeprecated: true) { name }
              inputFields { name defaultValue type { ...T } }
              fields(includeDeprecated: true) { name args { name defaultValue type { ...T } } type { ...T } }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """

    init(introspection data: Value) throws {
        guard let schema = data["__schema"], let query = schema["queryType"]?["name"]?.stringValue,
            let types = schema["types"]?.listValue
        else { throw HarnessError("introspection answered without __schema: \(data)") }
        queryType = query
        mutationType = schema["mutationType"]?["name"]?.stringValue
        var table: [String: NamedType] = [:]
        for type in types {
            guard let name = type["name"]?.stringValue, let kind = type["kind"]?.stringValue else { continue }
            let fields = (type["fields"]?.listValue ?? []).compactMap { field -> Field? in
                guard let fieldName = field["name"]?.stringValue, let ref = field["type"].flatMap(Self.typeRef) else { return nil }
                return Field(name: fieldName, arguments: Self.inputValues(field["args"]), type: ref)
            }
            table[name] = NamedType(
                kind: kind, name: name, fields: fields, inputFields: Self.inputValues(type["inputFields"]),
                enumValues: (type["enumValues"]?.listValue ?? []).compactMap { $0["name"]?.stringValue })
        }
        self.types = table
    }

    private static func inputValues(_ value: Value?) -> [InputValue] {
        (value?.listValue ?? []).compactMap { input in
            guard let name = input["name"]?.stringValue, let ref = input["type"].flatMap(typeRef) else { return nil }
            let hasDefault: Bool
            if case .string? = input["defaultValue"] { hasDefault = true } else { hasDefault = false }
            return InputValue(name: name, type: ref, hasDefault: hasDefault)
        }
    }

    private static func typeRef(_ value: Value) -> TypeRef? {
        guard let kind = value["kind"]?.stringValue else { return nil }
        switch kind {
        case "NON_NULL": return value["ofType"].flatMap(typeRef).map { .nonNull($0) }
        case "LIST": return value["ofType"].flatMap(typeRef).map { .list($0) }
        default: return value["name"]?.stringValue.map { .named(kind: kind, name: $0) }
        }
    }
}
