import Testing
@testable import GraphQLEngine

/// UniqueArgumentNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueArgumentNamesRuleTests {
    @Test("distinct") func distinct() throws {
        try expectValid(rule: UniqueArgumentNamesRule(), #"""
        { dog { isAtLocation(x: 1, y: 2) @skip(if: true) } }
        """#)
    }

    @Test("duplicate field arguments") func duplicateFieldArguments() throws {
        try expectErrors(rule: UniqueArgumentNamesRule(), document: #"""
        { dog { isAtLocation(x: 1, x: 2, x: 3) } }
        """#, [
            (#"There can be only one argument named "x"."#, [(1, 22), (1, 28), (1, 34)]),
        ])
    }

    @Test("duplicate directive arguments") func duplicateDirectiveArguments() throws {
        try expectErrors(rule: UniqueArgumentNamesRule(), document: #"""
        { dog @skip(if: true, if: false) { name } }
        """#, [
            (#"There can be only one argument named "if"."#, [(1, 13), (1, 23)]),
        ])
    }
}
