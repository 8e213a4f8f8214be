@testable import GraphQLEngine

/// Helpers shared by the type-system tests.
enum SchemaTesting {
    /// The messages `buildSchema` throws for `sdl`; empty when it builds.
    static func buildErrors(_ sdl: String, options: SchemaBuildOptions = SchemaBuildOptions()) -> [String] {
        do {
            _ = try buildSchema(sdl, options: options)
            return []
        } catch {
            return error.errors.map(\.message)
        }
    }

    /// The errors `buildSchema` throws for `sdl`, with locations; empty when it builds.
    static func buildGraphQLErrors(_ sdl: String, options: SchemaBuildOptions = SchemaBuildOptions()) -> [GraphQLError] {
        do {
            _ = try buildSchema(sdl, options: options)
            return []
        } catch {
            return error.errors
        }
    }

    /// The `validateSchema` messages of a schema built without validation.
    static func validationMessages(_ sdl: String) throws -> [String] {
        let schema = try buildSchema(sdl, options: SchemaBuildOptions(validate: false))
        return validateSchema(schema).map(\.message)
    }
}

extension GraphQLSchema {
    /// The object type named `name`; `nil` when there is none (or it is another kind).
    func sdlObject(_ name: String) -> GraphQLObjectType? {
        if case .object(let type) = type(named: name) { return type }
        return nil
    }

    func sdlInterface(_ name: String) -> GraphQLInterfaceType? {
        if case .interface(let type) = type(named: name) { return type }
        return nil
    }

    func sdlInputObject(_ name: String) -> GraphQLInputObjectType? {
        if case .inputObject(let type) = type(named: name) { return type }
        return nil
    }

    func sdlEnum(_ name: String) -> GraphQLEnumType? {
        if case .enum(let type) = type(named: name) { return type }
        return nil
    }

    func sdlScalar(_ name: String) -> GraphQLScalarType? {
        if case .scalar(let type) = type(named: name) { return type }
        return nil
    }

    func sdlUnion(_ name: String) -> GraphQLUnionType? {
        if case .union(let type) = type(named: name) { return type }
        return nil
    }
}
