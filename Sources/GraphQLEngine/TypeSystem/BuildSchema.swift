/// Builds an executable schema from SDL text (spec §3): every type definition and
/// extension, descriptions, directive definitions, `@deprecated`, `@specifiedBy` and
/// `@oneOf`, with the resolvers, scalar coercions and type resolution of `options`
/// attached. The introspection types and the built-in directives are added; built-in
/// scalars are included when referenced.
///
/// Throws every problem found at once: syntax errors, unknown types or directives,
/// duplicate definitions, bad extensions, options naming nothing in the SDL, invalid
/// default values, and (unless `options.validate` is false) `validateSchema` errors.
public func buildSchema(
    _ sdl: String,
    options: SchemaBuildOptions = SchemaBuildOptions()
) throws(SchemaError) -> GraphQLSchema {
    let document: Document
    do {
        document = try parse(Source(sdl, name: "schema"))
    } catch {
        throw SchemaError([error])
    }
    return try buildSchema(document, options: options)
}

/// Builds a schema from a parsed SDL document; see `buildSchema(_:options:)`.
public func buildSchema(
    _ document: Document,
    options: SchemaBuildOptions = SchemaBuildOptions()
) throws(SchemaError) -> GraphQLSchema {
    let builder = SchemaBuilder(options: options)
    let schema = builder.build(document)
    if !builder.errors.isEmpty { throw SchemaError(builder.errors) }
    if options.validate {
        let errors = validateSchema(schema)
        if !errors.isEmpty { throw SchemaError(errors) }
    }
    return schema
}

extension GraphQLSchema {
    /// The schema coordinates (`"Type.field"`) of the fields of object types, introspection
    /// types excepted, that have no resolver and so fall back to the default resolver.
    /// The API layer refuses to start when it expects none.
    public func fieldsWithoutResolver() -> [String] {
        var coordinates: [String] = []
        for case .object(let object) in types where !Introspection.isIntrospectionType(object.name) {
            for field in object.fields where field.resolve == nil {
                coordinates.append("\(object.name).\(field.name)")
            }
        }
        return coordinates
    }
}
