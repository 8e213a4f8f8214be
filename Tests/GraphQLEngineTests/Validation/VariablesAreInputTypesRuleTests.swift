import Testing
@testable import GraphQLEngine

/// VariablesAreInputTypesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct VariablesAreInputTypesRuleTests {
    @Test("input types") func inputTypes() throws {
        try expectValid(rule: VariablesAreInputTypesRule(), #"""
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }
        """#)
    }

    @Test("output types") func outputTypes() throws {
        try expectErrors(rule: VariablesAreInputTypesRule(), document: #"""
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """#, [
            (#"Variable "$a" cannot be non-input type "Dog"."#, [(1, 15)]),
            (#"Variable "$b" cannot be non-input type "[[CatOrDog!]]!"."#, [(1, 24)]),
            (#"Variable "$c" cannot be non-input type "Pet"."#, [(1, 44)]),
        ])
    }

    @Test("unknown type is left alone") func unknownTypeIsLeftAlone() throws {
        try expectValid(rule: VariablesAreInputTypesRule(), #"""
        query Foo($a: Unknown) { dog { name } }
        """#)
    }
}
