import Testing
@testable import GraphQLEngine

/// KnownArgumentNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct KnownArgumentNamesRuleTests {
    @Test("known arguments") func knownArguments() throws {
        try expectValid(rule: KnownArgumentNamesRule(), #"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          isAtLocation(y: 1, x: 2) @include(if: true) @skip(if: false)
        }
        """#)
    }

    @Test("unknown field argument") func unknownFieldArgument() throws {
        try expectErrors(rule: KnownArgumentNamesRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(unknown: true)
        }
        """#, [
            (#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, [(2, 19)]),
        ])
    }

    @Test("misspelled field argument") func misspelledFieldArgument() throws {
        try expectErrors(rule: KnownArgumentNamesRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(DogCommand: SIT)
        }
        """#, [
            (#"Unknown argument "DogCommand" on field "Dog.doesKnowCommand". Did you mean "dogCommand"?"#, [(2, 19)]),
        ])
    }

    @Test("unknown directive argument") func unknownDirectiveArgument() throws {
        try expectErrors(rule: KnownArgumentNamesRule(), document: #"""
        {
          dog @skip(iff: true) { name }
        }
        """#, [
            (#"Unknown argument "iff" on directive "@skip". Did you mean "if"?"#, [(2, 13)]),
        ])
    }

    @Test("unknown arguments on unknown field or directive are left alone") func unknownArgumentsOnUnknownFieldOrDirectiveAreLeftAlone() throws {
        try expectValid(rule: KnownArgumentNamesRule(), #"""
        fragment F on Dog { unknownField(arg: 1) name @unknown(arg: 1) }
        """#)
    }

    @Test("deep unknown arguments") func deepUnknownArguments() throws {
        try expectErrors(rule: KnownArgumentNamesRule(), document: #"""
        {
          dog { doesKnowCommand(unknown: true) }
          human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT, other: 1) } } }
        }
        """#, [
            (#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, [(2, 25)]),
            (#"Unknown argument "other" on field "Dog.doesKnowCommand"."#, [(3, 64)]),
        ])
    }
}
