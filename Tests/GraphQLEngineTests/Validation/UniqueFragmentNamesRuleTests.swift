import Testing
@testable import GraphQLEngine

/// UniqueFragmentNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueFragmentNamesRuleTests {
    @Test("distinct") func distinct() throws {
        try expectValid(rule: UniqueFragmentNamesRule(), #"""
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { barks }
        """#)
    }

    @Test("inline fragments are not named") func inlineFragmentsAreNotNamed() throws {
        try expectValid(rule: UniqueFragmentNamesRule(), #"""
        { dog { ... on Dog { name } ... on Dog { barks } } }
        """#)
    }

    @Test("duplicate") func duplicate() throws {
        try expectErrors(rule: UniqueFragmentNamesRule(), document: #"""
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        """#, [
            (#"There can be only one fragment named "A"."#, [(2, 10), (3, 10)]),
        ])
    }

    @Test("three with the same name") func threeWithTheSameName() throws {
        try expectErrors(rule: UniqueFragmentNamesRule(), document: #"""
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        fragment A on Dog { nickname }
        """#, [
            (#"There can be only one fragment named "A"."#, [(2, 10), (3, 10)]),
            (#"There can be only one fragment named "A"."#, [(2, 10), (4, 10)]),
        ])
    }
}
