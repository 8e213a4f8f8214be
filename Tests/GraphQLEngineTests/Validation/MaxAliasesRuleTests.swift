import Testing
@testable import GraphQLEngine

/// MaxAliasesRule: aliases counted with fragments expanded at every spread.
@Suite struct MaxAliasesRuleTests {
    @Test("within the limit") func withinLimit() throws {
        try expectValid(rule: MaxAliasesRule(limit: 3), #"""
        { a: dog { name } b: dog { n: name } }
        """#)
    }

    @Test("too many aliases") func tooMany() throws {
        try expectErrors(rule: MaxAliasesRule(limit: 2), document: #"""
        query Q { a: dog { name } b: dog { name } c: dog { name } }
        """#, [
            (#"Operation "Q" uses 3 aliases, which exceeds the maximum allowed number of aliases of 2."#, [(1, 1)]),
        ])
    }

    @Test("fragments count at every spread") func fragmentsMultiply() throws {
        try expectErrors(rule: MaxAliasesRule(limit: 5), document: #"""
        { dog { ...A ...A ...A } }
        fragment A on Dog { x: name y: barks }
        """#, [
            (#"Anonymous operation uses 6 aliases, which exceeds the maximum allowed number of aliases of 5."#, [(1, 1)]),
        ])
    }
}
