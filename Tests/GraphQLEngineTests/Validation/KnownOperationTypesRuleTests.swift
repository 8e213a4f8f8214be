import Testing
@testable import GraphQLEngine

/// KnownOperationTypesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct KnownOperationTypesRuleTests {
    @Test("query and subscription") func queryAndSubscription() throws {
        try expectValid(rule: KnownOperationTypesRule(), #"""
        query Q { dog { name } }
        subscription S { newMessage { body } }
        """#)
    }

    @Test("mutation without mutation type") func mutationWithoutMutationType() throws {
        try expectErrors(rule: KnownOperationTypesRule(), document: #"""
        mutation M { dog { name } }
        """#, [
            (#"The mutation operation is not supported by the schema."#, [(1, 1)]),
        ])
    }
}
