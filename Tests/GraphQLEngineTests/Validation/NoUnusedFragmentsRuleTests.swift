import Testing
@testable import GraphQLEngine

/// NoUnusedFragmentsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct NoUnusedFragmentsRuleTests {
    @Test("all used, also transitively") func allUsedAlsoTransitively() throws {
        try expectValid(rule: NoUnusedFragmentsRule(), #"""
        { human(id: 4) { ...A } }
        fragment A on Human { name ...B }
        fragment B on Human { iq }
        """#)
    }

    @Test("used in any of several operations") func usedInAnyOfSeveralOperations() throws {
        try expectValid(rule: NoUnusedFragmentsRule(), #"""
        query Q1 { human(id: 4) { ...A } }
        query Q2 { human(id: 4) { ...B } }
        fragment A on Human { name }
        fragment B on Human { iq }
        """#)
    }

    @Test("unused") func unused() throws {
        try expectErrors(rule: NoUnusedFragmentsRule(), document: #"""
        { human(id: 4) { ...A } }
        fragment A on Human { name }
        fragment Unused1 on Human { iq }
        fragment Unused2 on Human { name }
        """#, [
            (#"Fragment "Unused1" is never used."#, [(3, 1)]),
            (#"Fragment "Unused2" is never used."#, [(4, 1)]),
        ])
    }

    @Test("unused cycle") func unusedCycle() throws {
        try expectErrors(rule: NoUnusedFragmentsRule(), document: #"""
        { human(id: 4) { ...A } }
        fragment A on Human { name }
        fragment B on Human { ...C }
        fragment C on Human { ...B }
        """#, [
            (#"Fragment "B" is never used."#, [(3, 1)]),
            (#"Fragment "C" is never used."#, [(4, 1)]),
        ])
    }

    @Test("used by an unknown fragment only") func usedByAnUnknownFragmentOnly() throws {
        try expectErrors(rule: NoUnusedFragmentsRule(), document: #"""
        { human(id: 4) { ...Missing } }
        fragment A on Human { name }
        """#, [
            (#"Fragment "A" is never used."#, [(2, 1)]),
        ])
    }
}
