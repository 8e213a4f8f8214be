/// The introspection system of spec §4: the `__Schema`, `__Type`, `__Field`,
/// `__InputValue`, `__EnumValue`, `__Directive`, `__TypeKind` and `__DirectiveLocation`
/// types and the meta-fields `__schema`, `__type(name:)` and `__typename`.
///
/// Every schema contains these types (added by `GraphQLSchema`'s initializer). Their
/// resolvers are synchronous and read the type objects directly; the values flowing
/// between them are the type system's own objects:
/// `__Schema` ← `GraphQLSchema`, `__Type` ← `GraphQLType`, `__Field` ← `GraphQLField`,
/// `__InputValue` ← `GraphQLInputValue`, `__EnumValue` ← `GraphQLEnumValue`,
/// `__Directive` ← `GraphQLDirective`; enum values are returned as their names.
///
/// The executor finds the meta-fields through `GraphQLSchema.field(named:on:)`.
public enum Introspection {
    static let shared = IntrospectionTypes()

    /// `__Schema`; reaching it from the schema's types pulls in every introspection type.
    public static var schemaType: GraphQLObjectType { shared.schema }
    public static var typeType: GraphQLObjectType { shared.type }
    public static var fieldType: GraphQLObjectType { shared.field }
    public static var inputValueType: GraphQLObjectType { shared.inputValue }
    public static var enumValueType: GraphQLObjectType { shared.enumValue }
    public static var directiveType: GraphQLObjectType { shared.directive }
    public static var typeKindType: GraphQLEnumType { shared.typeKind }
    public static var directiveLocationType: GraphQLEnumType { shared.directiveLocation }

    /// `__schema: __Schema!`, available on the query root type (spec §4.2).
    public static var schemaMetaField: GraphQLField { shared.schemaMetaField }
    /// `__type(name: String!): __Type`, available on the query root type (spec §4.2).
    public static var typeMetaField: GraphQLField { shared.typeMetaField }
    /// `__typename: String!`, available on every object, interface and union (spec §4.1).
    public static var typeNameMetaField: GraphQLField { shared.typeNameMetaField }

    /// The introspection types in the order graphql-js lists them.
    public static var types: [GraphQLNamedType] {
        [
            .object(shared.schema), .object(shared.directive), .enum(shared.directiveLocation),
            .object(shared.type), .object(shared.field), .object(shared.inputValue),
            .object(shared.enumValue), .enum(shared.typeKind),
        ]
    }

    /// True for the names of the introspection types (`__Schema`, ...).
    public static func isIntrospectionType(_ name: String) -> Bool {
        introspectionTypeNames.contains(name)
    }

    static let introspectionTypeNames: Set<String> = [
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue",
        "__EnumValue", "__TypeKind",
    ]
}
