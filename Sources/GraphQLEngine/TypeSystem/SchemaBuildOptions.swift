/// What `buildSchema` attaches to the types it builds from SDL: code that SDL cannot say.
///
/// Every key must name something the SDL defines; an unknown key is a build error, so a
/// typo in a resolver map cannot silently leave a field on the default resolver.
public struct SchemaBuildOptions: Sendable {
    /// Field resolvers by schema coordinate `"Type.field"` (object or interface fields).
    public var resolvers: [String: FieldResolver]
    /// Coercions of custom scalars by scalar name; a custom scalar without an entry passes
    /// values through unchanged. Built-in scalars cannot be overridden.
    public var scalars: [String: ScalarCoercion]
    /// `resolveType` of interfaces and unions, by type name.
    public var typeResolvers: [String: TypeResolver]
    /// `isTypeOf` of object types, by type name.
    public var isTypeOf: [String: IsTypeOf]
    /// When true (the default) the built schema is checked with `validateSchema` and
    /// rejected when invalid; turn off only for tests of invalid schemas.
    public var validate: Bool

    public init(
        resolvers: [String: FieldResolver] = [:],
        scalars: [String: ScalarCoercion] = [:],
        typeResolvers: [String: TypeResolver] = [:],
        isTypeOf: [String: IsTypeOf] = [:],
        validate: Bool = true
    ) {
        self.resolvers = resolvers
        self.scalars = scalars
        self.typeResolvers = typeResolvers
        self.isTypeOf = isTypeOf
        self.validate = validate
    }
}
