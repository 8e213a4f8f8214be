import GraphQLEngine

/// `Query.me`: the verified viewer itself (behind `@authenticated`).
enum ViewerResolvers {
    static let table: [String: FieldResolver] = [
        "Query.me": .sync { _, _, context, _ in try APIContext.from(context).requireViewer() },
    ]
}
