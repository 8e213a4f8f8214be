import Testing
@testable import GraphQLEngine

/// KnownTypeNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct KnownTypeNamesRuleTests {
    @Test("known types") func knownTypes() throws {
        try expectValid(rule: KnownTypeNamesRule(), #"""
        query Foo($var: String, $required: [Int!]!, $input: ComplexInput) {
          dog { ... on Pet { name } ...F }
        }
        fragment F on Dog { name }
        """#)
    }

    @Test("unknown types") func unknownTypes() throws {
        try expectErrors(rule: KnownTypeNamesRule(), document: #"""
        query Foo($var: JumbledUpLetters) {
          dog { name ... on Badger { name } ...F }
        }
        fragment F on Peat { name }
        """#, [
            (#"Unknown type "JumbledUpLetters"."#, [(1, 17)]),
            (#"Unknown type "Badger"."#, [(2, 21)]),
            (#"Unknown type "Peat". Did you mean "Pet" or "Cat"?"#, [(4, 15)]),
        ])
    }

    @Test("unknown type in list and non-null") func unknownTypeInListAndNonNull() throws {
        try expectErrors(rule: KnownTypeNamesRule(), document: #"""
        query Foo($var: [Dogg!]!) { dog { name } }
        """#, [
            (#"Unknown type "Dogg". Did you mean "Dog"?"#, [(1, 18)]),
        ])
    }

    @Test("standard scalars known in SDL") func standardScalarsKnownInSDL() throws {
        try expectValid(rule: KnownTypeNamesRule(), #"""
        type Query { name: String }
        scalar Int2
        """#)
    }

    @Test("unknown type in SDL") func unknownTypeInSDL() throws {
        try expectErrors(rule: KnownTypeNamesRule(), document: #"""
        type Query { name: Strin, other: Alian }
        """#, [
            (#"Unknown type "Strin". Did you mean "String"?"#, [(1, 20)]),
            (#"Unknown type "Alian". Did you mean "Alien", "Float", or "Human"?"#, [(1, 34)]),
        ])
    }
}
