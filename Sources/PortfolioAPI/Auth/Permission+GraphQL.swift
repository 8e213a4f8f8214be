import PortfolioDomain

/// The `Permission` enum of `schema.graphql`: each case of the domain's `Permission` under its
/// Swift name in UPPER_SNAKE_CASE (`orgRead` → `ORG_READ`). A test keeps the schema's enum
/// and the domain's cases identical.
extension Permission {
    public var graphQLName: String {
        var name = ""
        for character in String(describing: self) {
            if character.isUppercase { name += "_" }
            name += character.uppercased()
        }
        return name
    }

    static let byGraphQLName: [String: Permission] = Dictionary(
        uniqueKeysWithValues: Permission.allCases.map { ($0.graphQLName, $0) })

    public init?(graphQLName: String) {
        guard let permission = Self.byGraphQLName[graphQLName] else { return nil }
        self = permission
    }
}
