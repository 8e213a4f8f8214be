import Testing
@testable import GraphQLEngine

/// LoneAnonymousOperationRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct LoneAnonymousOperationRuleTests {
    @Test("single anonymous") func singleAnonymous() throws {
        try expectValid(rule: LoneAnonymousOperationRule(), #"""
        { dog { name } }
        """#)
    }

    @Test("anonymous with fragment") func anonymousWithFragment() throws {
        try expectValid(rule: LoneAnonymousOperationRule(), #"""
        { dog { ...F } }
        fragment F on Dog { name }
        """#)
    }

    @Test("two anonymous") func twoAnonymous() throws {
        try expectErrors(rule: LoneAnonymousOperationRule(), document: #"""
        { dog { name } }
        { cat { name } }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
            (#"This anonymous operation must be the only defined operation."#, [(2, 1)]),
        ])
    }

    @Test("anonymous and named") func anonymousAndNamed() throws {
        try expectErrors(rule: LoneAnonymousOperationRule(), document: #"""
        { dog { name } }
        query Named { cat { name } }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
        ])
    }
}
