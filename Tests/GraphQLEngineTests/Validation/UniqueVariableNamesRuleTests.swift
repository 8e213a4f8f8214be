import Testing
@testable import GraphQLEngine

/// UniqueVariableNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueVariableNamesRuleTests {
    @Test("distinct") func distinct() throws {
        try expectValid(rule: UniqueVariableNamesRule(), #"""
        query A($x: Int, $y: String) { dog { name } }
        query B($x: String) { dog { name } }
        """#)
    }

    @Test("duplicates") func duplicates() throws {
        try expectErrors(rule: UniqueVariableNamesRule(), document: #"""
        query A($x: Int, $x: Int, $x: String) { dog { name } }
        query B($y: String, $y: Int) { dog { name } }
        """#, [
            (#"There can be only one variable named "$x"."#, [(1, 10), (1, 19), (1, 28)]),
            (#"There can be only one variable named "$y"."#, [(2, 10), (2, 22)]),
        ])
    }
}
