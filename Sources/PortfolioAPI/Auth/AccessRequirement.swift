import GraphQLEngine
import PortfolioDomain

/// What a field demands of the caller, declared in `schema.graphql` with a directive:
/// `@authenticated` (any signed-in user) or `@requires(permission: P)` (a signed-in user
/// whose role in the request's organization has `P` in the `PermissionMatrix`).
public enum AccessRequirement: Sendable, Hashable {
    case authenticated
    case permission(Permission)

    /// Every requirement declared on object fields of an SDL document (definitions and
    /// extensions), keyed by schema coordinate `Type.field`. Throws when a directive names
    /// an unknown permission or a field carries both directives.
    public static func declared(in document: Document) throws -> [String: AccessRequirement] {
        var table: [String: AccessRequirement] = [:]
        func collect(_ typeName: String, _ fields: [FieldDefinition]) throws {
            for field in fields {
                let coordinate = "\(typeName).\(field.name.value)"
                var found: [AccessRequirement] = []
                for directive in field.directives {
                    switch directive.name.value {
                    case "authenticated":
                        found.append(.authenticated)
                    case "requires":
                        guard let argument = directive.arguments.first(where: { $0.name.value == "permission" }),
                            case .enumValue(let value) = argument.value,
                            let permission = Permission(graphQLName: value.value)
                        else { throw AccessDirectiveError(coordinate: coordinate, problem: "@requires needs a known permission") }
                        found.append(.permission(permission))
                    default:
                        continue
                    }
                }
                if found.count > 1 {
                    throw AccessDirectiveError(coordinate: coordinate, problem: "has more than one access directive")
                }
                if let requirement = found.first { table[coordinate] = requirement }
            }
        }
        for definition in document.definitions {
            switch definition {
            case .objectType(let type): try collect(type.name.value, type.fields)
            case .objectTypeExtension(let type): try collect(type.name.value, type.fields)
            default: continue
            }
        }
        return table
    }
}

/// An access directive in the schema that cannot be enforced; the API refuses to start.
public struct AccessDirectiveError: Error, CustomStringConvertible {
    public let coordinate: String
    public let problem: String
    public var description: String { "\(coordinate): \(problem)" }
}
