import Testing
@testable import GraphQLEngine

/// NoUndefinedVariablesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct NoUndefinedVariablesRuleTests {
    @Test("all defined") func allDefined() throws {
        try expectValid(rule: NoUndefinedVariablesRule(), #"""
        query Foo($a: String, $b: String) {
          complicatedArgs { stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) }
        }
        """#)
    }

    @Test("defined through fragments") func definedThroughFragments() throws {
        try expectValid(rule: NoUndefinedVariablesRule(), #"""
        query Foo($a: String) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#)
    }

    @Test("undefined") func undefined() throws {
        try expectErrors(rule: NoUndefinedVariablesRule(), document: #"""
        query Foo($a: String) {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$b" is not defined by operation "Foo"."#, [(2, 47), (1, 1)]),
        ])
    }

    @Test("undefined in anonymous") func undefinedInAnonymous() throws {
        try expectErrors(rule: NoUndefinedVariablesRule(), document: #"""
        {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$b" is not defined."#, [(2, 47), (1, 1)]),
        ])
    }

    @Test("undefined in directive and list") func undefinedInDirectiveAndList() throws {
        try expectErrors(rule: NoUndefinedVariablesRule(), document: #"""
        query Foo {
          dog @include(if: $cond) { name }
          complicatedArgs { stringListArgField(stringListArg: [$item]) }
        }
        """#, [
            (#"Variable "$cond" is not defined by operation "Foo"."#, [(2, 20), (1, 1)]),
            (#"Variable "$item" is not defined by operation "Foo"."#, [(3, 56), (1, 1)]),
        ])
    }

    @Test("undefined in fragment used by two operations") func undefinedInFragmentUsedByTwoOperations() throws {
        try expectErrors(rule: NoUndefinedVariablesRule(), document: #"""
        query Foo($a: String) { complicatedArgs { ...F } }
        query Bar { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#, [
            (#"Variable "$a" is not defined by operation "Bar"."#, [(3, 59), (2, 1)]),
        ])
    }
}
