import Testing
@testable import GraphQLEngine

/// PossibleFragmentSpreadsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct PossibleFragmentSpreadsRuleTests {
    @Test("same object, interface, union") func sameObjectInterfaceUnion() throws {
        try expectValid(rule: PossibleFragmentSpreadsRule(), #"""
        fragment A on Dog { ... on Dog { barks } ... on Pet { name } ... on CatOrDog { __typename } }
        fragment B on Pet { ... on Dog { barks } }
        fragment C on CatOrDog { ... on Cat { meows } }
        fragment D on Pet { ...E }
        fragment E on DogOrHuman { __typename }
        """#)
    }

    @Test("interface into implemented interface") func interfaceIntoImplementedInterface() throws {
        try expectValid(rule: PossibleFragmentSpreadsRule(), #"""
        fragment A on Mammal { ...B }
        fragment B on Canine { name }
        """#)
    }

    @Test("unknown types are left alone") func unknownTypesAreLeftAlone() throws {
        try expectValid(rule: PossibleFragmentSpreadsRule(), #"""
        fragment A on Dog { ... on Unknown { name } ...B }
        fragment B on Unknown2 { name }
        """#)
    }

    @Test("object into object") func objectIntoObject() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Dog {
          ... on Cat { meows }
        }
        """#, [
            (#"Fragment cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(2, 3)]),
        ])
    }

    @Test("named object into object") func namedObjectIntoObject() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Dog { ...B }
        fragment B on Cat { meows }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(1, 21)]),
        ])
    }

    @Test("object into interface") func objectIntoInterface() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Pet { ...B }
        fragment B on Human { iq }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Pet" can never be of type "Human"."#, [(1, 21)]),
        ])
    }

    @Test("object into union") func objectIntoUnion() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on CatOrDog { ... on Human { iq } }
        """#, [
            (#"Fragment cannot be spread here as objects of type "CatOrDog" can never be of type "Human"."#, [(1, 26)]),
        ])
    }

    @Test("union into object") func unionIntoObject() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Human { ...B }
        fragment B on CatOrDog { __typename }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Human" can never be of type "CatOrDog"."#, [(1, 23)]),
        ])
    }

    @Test("interface into non-implementing object") func interfaceIntoNonImplementingObject() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Cat { ...B }
        fragment B on Canine { name }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Cat" can never be of type "Canine"."#, [(1, 21)]),
        ])
    }

    @Test("union into non-overlapping interface") func unionIntoNonOverlappingInterface() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on Pet { ...B }
        fragment B on HumanOrAlien { __typename }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Pet" can never be of type "HumanOrAlien"."#, [(1, 21)]),
        ])
    }

    @Test("union into non-overlapping union") func unionIntoNonOverlappingUnion() throws {
        try expectErrors(rule: PossibleFragmentSpreadsRule(), document: #"""
        fragment A on CatOrDog { ... on HumanOrAlien { __typename } }
        """#, [
            (#"Fragment cannot be spread here as objects of type "CatOrDog" can never be of type "HumanOrAlien"."#, [(1, 26)]),
        ])
    }
}
