import Testing
@testable import GraphQLEngine

/// NoUnusedVariablesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct NoUnusedVariablesRuleTests {
    @Test("all used") func allUsed() throws {
        try expectValid(rule: NoUnusedVariablesRule(), #"""
        query Foo($a: String, $b: Boolean) {
          complicatedArgs { stringArgField(stringArg: $a) }
          dog @include(if: $b) { name }
        }
        """#)
    }

    @Test("used in fragment") func usedInFragment() throws {
        try expectValid(rule: NoUnusedVariablesRule(), #"""
        query Foo($a: String) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#)
    }

    @Test("unused") func unused() throws {
        try expectErrors(rule: NoUnusedVariablesRule(), document: #"""
        query Foo($a: String, $b: String, $c: String) {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$c" is never used in operation "Foo"."#, [(1, 35)]),
        ])
    }

    @Test("unused in anonymous") func unusedInAnonymous() throws {
        try expectErrors(rule: NoUnusedVariablesRule(), document: #"""
        query ($a: String) { dog { name } }
        """#, [
            (#"Variable "$a" is never used."#, [(1, 8)]),
        ])
    }

    @Test("used by one operation only") func usedByOneOperationOnly() throws {
        try expectErrors(rule: NoUnusedVariablesRule(), document: #"""
        query Foo($a: String) { complicatedArgs { ...F } }
        query Bar($a: String) { dog { name } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#, [
            (#"Variable "$a" is never used in operation "Bar"."#, [(2, 11)]),
        ])
    }
}
