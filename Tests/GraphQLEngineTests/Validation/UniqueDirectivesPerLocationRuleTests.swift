import Testing
@testable import GraphQLEngine

/// UniqueDirectivesPerLocationRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueDirectivesPerLocationRuleTests {
    @Test("distinct and repeatable") func distinctAndRepeatable() throws {
        try expectValid(rule: UniqueDirectivesPerLocationRule(), #"""
        fragment F on Dog @onFragmentDefinition {
          name @onField @repeatable @repeatable
          barks @skip(if: true) @include(if: true)
        }
        """#)
    }

    @Test("same directive on different fields") func sameDirectiveOnDifferentFields() throws {
        try expectValid(rule: UniqueDirectivesPerLocationRule(), #"""
        fragment F on Dog { name @skip(if: true) barks @skip(if: false) }
        """#)
    }

    @Test("duplicate") func duplicate() throws {
        try expectErrors(rule: UniqueDirectivesPerLocationRule(), document: #"""
        fragment F on Dog {
          name @onField @onField @onField
        }
        """#, [
            (#"The directive "@onField" can only be used once at this location."#, [(2, 8), (2, 17)]),
            (#"The directive "@onField" can only be used once at this location."#, [(2, 8), (2, 26)]),
        ])
    }

    @Test("duplicates of two directives") func duplicatesOfTwoDirectives() throws {
        try expectErrors(rule: UniqueDirectivesPerLocationRule(), document: #"""
        fragment F on Dog {
          name @skip(if: true) @include(if: true) @skip(if: false) @include(if: false)
        }
        """#, [
            (#"The directive "@skip" can only be used once at this location."#, [(2, 8), (2, 43)]),
            (#"The directive "@include" can only be used once at this location."#, [(2, 24), (2, 60)]),
        ])
    }

    @Test("duplicate across type and extension") func duplicateAcrossTypeAndExtension() throws {
        try expectErrors(rule: UniqueDirectivesPerLocationRule(), document: #"""
        type Foo @onQueryType
        extend type Foo @onQueryType
        directive @onQueryType on OBJECT
        """#, [
            (#"The directive "@onQueryType" can only be used once at this location."#, [(1, 10), (2, 17)]),
        ])
    }
}
