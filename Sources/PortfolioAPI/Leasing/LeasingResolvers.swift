import GraphQLEngine

/// Every resolver of the leasing area (schema/leasing.graphql), registered with one line in
/// `PortfolioAPI.resolvers`.
enum LeasingResolvers {
    static let table: [String: FieldResolver] = LeasingTypeResolvers.table
        .merging(LeasingQueries.table) { a, _ in a }
        .merging(TenantMutations.table) { a, _ in a }
        .merging(FamilyMemberMutations.table) { a, _ in a }
        .merging(LeaseMutations.table) { a, _ in a }
        .merging(LeasePartyMutations.table) { a, _ in a }
        .merging(OccupancyMutations.table) { a, _ in a }
}
