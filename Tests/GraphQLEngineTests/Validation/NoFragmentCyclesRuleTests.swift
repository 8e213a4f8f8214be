import Testing
@testable import GraphQLEngine

/// NoFragmentCyclesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct NoFragmentCyclesRuleTests {
    @Test("no cycles") func noCycles() throws {
        try expectValid(rule: NoFragmentCyclesRule(), #"""
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        fragment C on Dog { ...B ...B }
        """#)
    }

    @Test("spread itself") func spreadItself() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself."#, [(1, 21)]),
        ])
    }

    @Test("spread itself inline") func spreadItselfInline() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Pet {
          ... on Dog { ...A }
        }
        """#, [
            (#"Cannot spread fragment "A" within itself."#, [(2, 16)]),
        ])
    }

    @Test("two-step cycle") func twoStepCycle() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B"."#, [(1, 21), (2, 21)]),
        ])
    }

    @Test("deep cycle") func deepCycle() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...D }
        fragment D on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B", "C", "D"."#, [(1, 21), (2, 21), (3, 21), (4, 21)]),
        ])
    }

    @Test("multiple cycles") func multipleCycles() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Dog { ...B ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B"."#, [(1, 21), (2, 21)]),
            (#"Cannot spread fragment "A" within itself via "C"."#, [(1, 26), (3, 21)]),
        ])
    }

    @Test("cycle not through start") func cycleNotThroughStart() throws {
        try expectErrors(rule: NoFragmentCyclesRule(), document: #"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...B }
        """#, [
            (#"Cannot spread fragment "B" within itself via "C"."#, [(2, 21), (3, 21)]),
        ])
    }

    @Test("unknown fragment") func unknownFragment() throws {
        try expectValid(rule: NoFragmentCyclesRule(), #"""
        fragment A on Dog { ...Unknown }
        """#)
    }
}
