import GraphQLEngine

/// Every resolver of schema/portfolio.graphql, registered with one entry in `PortfolioAPI.resolvers`.
enum PortfolioResolvers {
    static var table: [String: FieldResolver] {
        var table = PortfolioQueries.table
        for part in [PortfolioTypeResolvers.table, BuildingMutations.table, FloorMutations.table, UnitTypeMutations.table,
                     UnitMutations.table, BulkUnitMutation.table] {
            table.merge(part) { a, _ in a }
        }
        return table
    }
}
