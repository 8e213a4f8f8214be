import Testing
@testable import GraphQLEngine

/// FieldsOnCorrectTypeRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct FieldsOnCorrectTypeRuleTests {
    @Test("known fields, aliases and typename") func knownFieldsAliasesAndTypename() throws {
        try expectValid(rule: FieldsOnCorrectTypeRule(), #"""
        fragment F on Dog { name tn: __typename volume: barkVolume }
        fragment G on CatOrDog { __typename ... on Dog { name } }
        { __schema { queryType { name } } __type(name: "Dog") { name } }
        """#)
    }

    @Test("unknown field") func unknownField() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Dog { meowVolume }
        """#, [
            (#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, [(1, 21)]),
        ])
    }

    @Test("unknown aliased field") func unknownAliasedField() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Dog { volume: kawVolume }
        """#, [
            (#"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"?"#, [(1, 21)]),
        ])
    }

    @Test("unknown nested fields") func unknownNestedFields() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Dog {
          unknownField {
            deeperUnknownField
          }
        }
        """#, [
            (#"Cannot query field "unknownField" on type "Dog"."#, [(2, 3)]),
        ])
    }

    @Test("field on interface defined by implementers") func fieldOnInterfaceDefinedByImplementers() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Pet { nickname }
        """#, [
            (#"Cannot query field "nickname" on type "Pet". Did you mean to use an inline fragment on "Cat" or "Dog"?"#, [(1, 21)]),
        ])
    }

    @Test("field on interface suggests types") func fieldOnInterfaceSuggestsTypes() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Being { barkVolume }
        """#, [
            (#"Cannot query field "barkVolume" on type "Being". Did you mean to use an inline fragment on "Dog"?"#, [(1, 23)]),
        ])
    }

    @Test("direct field on union") func directFieldOnUnion() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on CatOrDog { name }
        """#, [
            (#"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Being", "Pet", "Canine", "Cat", or "Dog"?"#, [(1, 26)]),
        ])
    }

    @Test("field on union defined by one member") func fieldOnUnionDefinedByOneMember() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on DogOrHuman { barkVolume }
        """#, [
            (#"Cannot query field "barkVolume" on type "DogOrHuman". Did you mean to use an inline fragment on "Dog"?"#, [(1, 28)]),
        ])
    }

    @Test("typo suggestion") func typoSuggestion() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Dog { nicknam }
        """#, [
            (#"Cannot query field "nicknam" on type "Dog". Did you mean "nickname"?"#, [(1, 21)]),
        ])
    }

    @Test("suggested types in graphql-js order") func suggestedTypesInGraphqlJsOrder() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on DogOrHuman { name }
        """#, [
            (#"Cannot query field "name" on type "DogOrHuman". Did you mean to use an inline fragment on "Being", "Canine", "Human", "Pet", or "Dog"?"#, [(1, 28)]),
        ])
    }

    @Test("meta field on wrong type") func metaFieldOnWrongType() throws {
        try expectErrors(rule: FieldsOnCorrectTypeRule(), document: #"""
        fragment F on Dog { __schema { queryType { name } } }
        """#, [
            (#"Cannot query field "__schema" on type "Dog"."#, [(1, 21)]),
        ])
    }
}
