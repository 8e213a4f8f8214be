import Testing
@testable import GraphQLEngine

/// KnownDirectivesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct KnownDirectivesRuleTests {
    @Test("known directives in valid places") func knownDirectivesInValidPlaces() throws {
        try expectValid(rule: KnownDirectivesRule(), #"""
        query Foo($v: Int @onVariableDefinition) @onQuery {
          dog @include(if: true) { name @onField ...F @onFragmentSpread ... @onInlineFragment { barks } }
        }
        fragment F on Dog @onFragmentDefinition { name }
        subscription S @onSubscription { newMessage { body } }
        """#)
    }

    @Test("unknown directive") func unknownDirective() throws {
        try expectErrors(rule: KnownDirectivesRule(), document: #"""
        {
          dog @unknown(directive: "value") { name }
        }
        """#, [
            (#"Unknown directive "@unknown"."#, [(2, 7)]),
        ])
    }

    @Test("misplaced directives") func misplacedDirectives() throws {
        try expectErrors(rule: KnownDirectivesRule(), document: #"""
        query Foo($v: Int @onField) @include(if: true) {
          dog @onQuery { name ...F @onField }
        }
        fragment F on Dog @onQuery { name }
        """#, [
            (#"Directive "@onField" may not be used on VARIABLE_DEFINITION."#, [(1, 19)]),
            (#"Directive "@include" may not be used on QUERY."#, [(1, 29)]),
            (#"Directive "@onQuery" may not be used on FIELD."#, [(2, 7)]),
            (#"Directive "@onField" may not be used on FRAGMENT_SPREAD."#, [(2, 28)]),
            (#"Directive "@onQuery" may not be used on FRAGMENT_DEFINITION."#, [(4, 19)]),
        ])
    }

    @Test("SDL locations") func sdlLocations() throws {
        try expectErrors(rule: KnownDirectivesRule(), document: #"""
        type Query @onQuery { name: String @deprecated(reason: "old") @onField }
        directive @custom on OBJECT
        extend type Query @custom
        """#, [
            (#"Directive "@onQuery" may not be used on OBJECT."#, [(1, 12)]),
            (#"Directive "@onField" may not be used on FIELD_DEFINITION."#, [(1, 63)]),
        ])
    }
}
