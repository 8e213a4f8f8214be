import Testing
@testable import GraphQLEngine

/// UniqueOperationNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueOperationNamesRuleTests {
    @Test("distinct names") func distinctNames() throws {
        try expectValid(rule: UniqueOperationNamesRule(), #"""
        query A { dog { name } }
        query B { dog { name } }
        """#)
    }

    @Test("one anonymous") func oneAnonymous() throws {
        try expectValid(rule: UniqueOperationNamesRule(), #"""
        { dog { name } }
        """#)
    }

    @Test("fragment may share an operation name") func fragmentMayShareAnOperationName() throws {
        try expectValid(rule: UniqueOperationNamesRule(), #"""
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """#)
    }

    @Test("duplicate names") func duplicateNames() throws {
        try expectErrors(rule: UniqueOperationNamesRule(), document: #"""
        query Foo { dog { name } }
        query Foo { cat { name } }
        """#, [
            (#"There can be only one operation named "Foo"."#, [(1, 7), (2, 7)]),
        ])
    }

    @Test("duplicate across operation types") func duplicateAcrossOperationTypes() throws {
        try expectErrors(rule: UniqueOperationNamesRule(), document: #"""
        query Foo { dog { name } }
        subscription Foo { newMessage { body } }
        """#, [
            (#"There can be only one operation named "Foo"."#, [(1, 7), (2, 14)]),
        ])
    }
}
