import Testing
@testable import GraphQLEngine

/// Every specified rule at once over a corpus of documents: checks that the rules run
/// in graphql-js order and that the whole error list (messages, locations, order) matches.
@Suite struct SpecifiedRulesCorpusTests {
    @Test("ExecutableDefinitionsRule: only operations and fragments") func executabledefinitionsruleOnlyOperationsAndFragments() throws {
        try expectAllRulesErrors(#"""
        query Foo {
          dog { name }
        }
        fragment Frag on Dog { name }
        """#, [
            (#"Fragment "Frag" is never used."#, [(4, 1)]),
        ])
    }

    @Test("ExecutableDefinitionsRule: type definition") func executabledefinitionsruleTypeDefinition() throws {
        try expectAllRulesErrors(#"""
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """#, [
            (#"The "Cow" definition is not executable."#, [(2, 1)]),
            (#"The "Dog" definition is not executable."#, [(3, 1)]),
        ])
    }

    @Test("ExecutableDefinitionsRule: schema definition and extension") func executabledefinitionsruleSchemaDefinitionAndExtension() throws {
        try expectAllRulesErrors(#"""
        { dog { name } }
        schema { query: Query }
        extend schema @onQuery
        """#, [
            (#"The schema definition is not executable."#, [(2, 1)]),
            (#"The schema definition is not executable."#, [(3, 1)]),
            (#"Directive "@onQuery" may not be used on SCHEMA."#, [(3, 15)]),
        ])
    }

    @Test("UniqueOperationNamesRule: distinct names") func uniqueoperationnamesruleDistinctNames() throws {
        try expectAllRulesValid(#"""
        query A { dog { name } }
        query B { dog { name } }
        """#)
    }

    @Test("UniqueOperationNamesRule: one anonymous") func uniqueoperationnamesruleOneAnonymous() throws {
        try expectAllRulesValid(#"""
        { dog { name } }
        """#)
    }

    @Test("UniqueOperationNamesRule: fragment may share an operation name") func uniqueoperationnamesruleFragmentMayShareAnOperationName() throws {
        try expectAllRulesValid(#"""
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """#)
    }

    @Test("UniqueOperationNamesRule: duplicate names") func uniqueoperationnamesruleDuplicateNames() throws {
        try expectAllRulesErrors(#"""
        query Foo { dog { name } }
        query Foo { cat { name } }
        """#, [
            (#"There can be only one operation named "Foo"."#, [(1, 7), (2, 7)]),
        ])
    }

    @Test("UniqueOperationNamesRule: duplicate across operation types") func uniqueoperationnamesruleDuplicateAcrossOperationTypes() throws {
        try expectAllRulesErrors(#"""
        query Foo { dog { name } }
        subscription Foo { newMessage { body } }
        """#, [
            (#"There can be only one operation named "Foo"."#, [(1, 7), (2, 14)]),
        ])
    }

    @Test("LoneAnonymousOperationRule: single anonymous") func loneanonymousoperationruleSingleAnonymous() throws {
        try expectAllRulesValid(#"""
        { dog { name } }
        """#)
    }

    @Test("LoneAnonymousOperationRule: anonymous with fragment") func loneanonymousoperationruleAnonymousWithFragment() throws {
        try expectAllRulesValid(#"""
        { dog { ...F } }
        fragment F on Dog { name }
        """#)
    }

    @Test("LoneAnonymousOperationRule: two anonymous") func loneanonymousoperationruleTwoAnonymous() throws {
        try expectAllRulesErrors(#"""
        { dog { name } }
        { cat { name } }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
            (#"This anonymous operation must be the only defined operation."#, [(2, 1)]),
        ])
    }

    @Test("LoneAnonymousOperationRule: anonymous and named") func loneanonymousoperationruleAnonymousAndNamed() throws {
        try expectAllRulesErrors(#"""
        { dog { name } }
        query Named { cat { name } }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
        ])
    }

    @Test("KnownTypeNamesRule: known types") func knowntypenamesruleKnownTypes() throws {
        try expectAllRulesErrors(#"""
        query Foo($var: String, $required: [Int!]!, $input: ComplexInput) {
          dog { ... on Pet { name } ...F }
        }
        fragment F on Dog { name }
        """#, [
            (#"Variable "$var" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$required" is never used in operation "Foo"."#, [(1, 25)]),
            (#"Variable "$input" is never used in operation "Foo"."#, [(1, 45)]),
        ])
    }

    @Test("KnownTypeNamesRule: unknown types") func knowntypenamesruleUnknownTypes() throws {
        try expectAllRulesErrors(#"""
        query Foo($var: JumbledUpLetters) {
          dog { name ... on Badger { name } ...F }
        }
        fragment F on Peat { name }
        """#, [
            (#"Unknown type "JumbledUpLetters"."#, [(1, 17)]),
            (#"Unknown type "Badger"."#, [(2, 21)]),
            (#"Variable "$var" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Unknown type "Peat". Did you mean "Pet" or "Cat"?"#, [(4, 15)]),
        ])
    }

    @Test("KnownTypeNamesRule: unknown type in list and non-null") func knowntypenamesruleUnknownTypeInListAndNonNull() throws {
        try expectAllRulesErrors(#"""
        query Foo($var: [Dogg!]!) { dog { name } }
        """#, [
            (#"Unknown type "Dogg". Did you mean "Dog"?"#, [(1, 18)]),
            (#"Variable "$var" is never used in operation "Foo"."#, [(1, 11)]),
        ])
    }

    @Test("KnownTypeNamesRule: standard scalars known in SDL") func knowntypenamesruleStandardScalarsKnownInSDL() throws {
        try expectAllRulesErrors(#"""
        type Query { name: String }
        scalar Int2
        """#, [
            (#"The "Query" definition is not executable."#, [(1, 1)]),
            (#"The "Int2" definition is not executable."#, [(2, 1)]),
        ])
    }

    @Test("KnownTypeNamesRule: unknown type in SDL") func knowntypenamesruleUnknownTypeInSDL() throws {
        try expectAllRulesErrors(#"""
        type Query { name: Strin, other: Alian }
        """#, [
            (#"The "Query" definition is not executable."#, [(1, 1)]),
            (#"Unknown type "Strin". Did you mean "String"?"#, [(1, 20)]),
            (#"Unknown type "Alian". Did you mean "Alien", "Float", or "Human"?"#, [(1, 34)]),
        ])
    }

    @Test("FragmentsOnCompositeTypesRule: object, interface, union and inline without type") func fragmentsoncompositetypesruleObjectInterfaceUnionAndInlineWithoutType() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { barks }
        fragment B on Pet { name }
        fragment C on CatOrDog { __typename }
        fragment D on Dog { ... { barks } ... on Dog { barks } }
        """#, [
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
            (#"Fragment "D" is never used."#, [(4, 1)]),
        ])
    }

    @Test("FragmentsOnCompositeTypesRule: on scalar") func fragmentsoncompositetypesruleOnScalar() throws {
        try expectAllRulesErrors(#"""
        fragment scalarFragment on Boolean { bad }
        """#, [
            (#"Fragment "scalarFragment" cannot condition on non composite type "Boolean"."#, [(1, 28)]),
            (#"Fragment "scalarFragment" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FragmentsOnCompositeTypesRule: on enum") func fragmentsoncompositetypesruleOnEnum() throws {
        try expectAllRulesErrors(#"""
        fragment enumFragment on FurColor { bad }
        """#, [
            (#"Fragment "enumFragment" cannot condition on non composite type "FurColor"."#, [(1, 26)]),
            (#"Fragment "enumFragment" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FragmentsOnCompositeTypesRule: on input object") func fragmentsoncompositetypesruleOnInputObject() throws {
        try expectAllRulesErrors(#"""
        fragment inputFragment on ComplexInput { stringField }
        """#, [
            (#"Fragment "inputFragment" cannot condition on non composite type "ComplexInput"."#, [(1, 27)]),
            (#"Fragment "inputFragment" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FragmentsOnCompositeTypesRule: inline on scalar") func fragmentsoncompositetypesruleInlineOnScalar() throws {
        try expectAllRulesErrors(#"""
        fragment invalid on Pet {
          ... on String { barks }
        }
        """#, [
            (#"Fragment cannot condition on non composite type "String"."#, [(2, 10)]),
            (#"Fragment "invalid" is never used."#, [(1, 1)]),
        ])
    }

    @Test("VariablesAreInputTypesRule: input types") func variablesareinputtypesruleInputTypes() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }
        """#, [
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$b" is never used in operation "Foo"."#, [(1, 23)]),
            (#"Variable "$c" is never used in operation "Foo"."#, [(1, 40)]),
            (#"Variable "$d" is never used in operation "Foo"."#, [(1, 58)]),
        ])
    }

    @Test("VariablesAreInputTypesRule: output types") func variablesareinputtypesruleOutputTypes() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """#, [
            (#"Variable "$a" cannot be non-input type "Dog"."#, [(1, 15)]),
            (#"Variable "$b" cannot be non-input type "[[CatOrDog!]]!"."#, [(1, 24)]),
            (#"Variable "$c" cannot be non-input type "Pet"."#, [(1, 44)]),
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$b" is never used in operation "Foo"."#, [(1, 20)]),
            (#"Variable "$c" is never used in operation "Foo"."#, [(1, 40)]),
        ])
    }

    @Test("VariablesAreInputTypesRule: unknown type is left alone") func variablesareinputtypesruleUnknownTypeIsLeftAlone() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: Unknown) { dog { name } }
        """#, [
            (#"Unknown type "Unknown"."#, [(1, 15)]),
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
        ])
    }

    @Test("ScalarLeafsRule: scalar and enum leaves") func scalarleafsruleScalarAndEnumLeaves() throws {
        try expectAllRulesValid(#"""
        { dog { barks } cat { furColor } }
        """#)
    }

    @Test("ScalarLeafsRule: object without selection") func scalarleafsruleObjectWithoutSelection() throws {
        try expectAllRulesErrors(#"""
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """#, [
            (#"Field "human" of type "Human" must have a selection of subfields. Did you mean "human { ... }"?"#, [(2, 3)]),
        ])
    }

    @Test("ScalarLeafsRule: interface and union without selection") func scalarleafsruleInterfaceAndUnionWithoutSelection() throws {
        try expectAllRulesErrors(#"""
        { pet
          catOrDog }
        """#, [
            (#"Field "pet" of type "Pet" must have a selection of subfields. Did you mean "pet { ... }"?"#, [(1, 3)]),
            (#"Field "catOrDog" of type "CatOrDog" must have a selection of subfields. Did you mean "catOrDog { ... }"?"#, [(2, 3)]),
        ])
    }

    @Test("ScalarLeafsRule: list type without selection") func scalarleafsruleListTypeWithoutSelection() throws {
        try expectAllRulesErrors(#"""
        { human { pets } }
        """#, [
            (#"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"?"#, [(1, 11)]),
        ])
    }

    @Test("ScalarLeafsRule: non-null list without selection") func scalarleafsruleNonNullListWithoutSelection() throws {
        try expectAllRulesErrors(#"""
        { human { relatives } }
        """#, [
            (#"Field "relatives" of type "[Human]!" must have a selection of subfields. Did you mean "relatives { ... }"?"#, [(1, 11)]),
        ])
    }

    @Test("ScalarLeafsRule: selection on scalar") func scalarleafsruleSelectionOnScalar() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          barks { sinceWhen }
        }
        """#, [
            (#"Field "barks" must not have a selection since type "Boolean" has no subfields."#, [(2, 9)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("ScalarLeafsRule: selection on enum") func scalarleafsruleSelectionOnEnum() throws {
        try expectAllRulesErrors(#"""
        fragment F on Cat {
          furColor { inHexDec }
        }
        """#, [
            (#"Field "furColor" must not have a selection since type "FurColor" has no subfields."#, [(2, 12)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("ScalarLeafsRule: selection on scalar with arguments") func scalarleafsruleSelectionOnScalarWithArguments() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """#, [
            (#"Field "doesKnowCommand" must not have a selection since type "Boolean" has no subfields."#, [(2, 36)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: known fields, aliases and typename") func fieldsoncorrecttyperuleKnownFieldsAliasesAndTypename() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { name tn: __typename volume: barkVolume }
        fragment G on CatOrDog { __typename ... on Dog { name } }
        { __schema { queryType { name } } __type(name: "Dog") { name } }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
            (#"Fragment "G" is never used."#, [(2, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: unknown field") func fieldsoncorrecttyperuleUnknownField() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { meowVolume }
        """#, [
            (#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, [(1, 21)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: unknown aliased field") func fieldsoncorrecttyperuleUnknownAliasedField() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { volume: kawVolume }
        """#, [
            (#"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"?"#, [(1, 21)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: unknown nested fields") func fieldsoncorrecttyperuleUnknownNestedFields() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          unknownField {
            deeperUnknownField
          }
        }
        """#, [
            (#"Cannot query field "unknownField" on type "Dog"."#, [(2, 3)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: field on interface defined by implementers") func fieldsoncorrecttyperuleFieldOnInterfaceDefinedByImplementers() throws {
        try expectAllRulesErrors(#"""
        fragment F on Pet { nickname }
        """#, [
            (#"Cannot query field "nickname" on type "Pet". Did you mean to use an inline fragment on "Cat" or "Dog"?"#, [(1, 21)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: field on interface suggests types") func fieldsoncorrecttyperuleFieldOnInterfaceSuggestsTypes() throws {
        try expectAllRulesErrors(#"""
        fragment F on Being { barkVolume }
        """#, [
            (#"Cannot query field "barkVolume" on type "Being". Did you mean to use an inline fragment on "Dog"?"#, [(1, 23)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: direct field on union") func fieldsoncorrecttyperuleDirectFieldOnUnion() throws {
        try expectAllRulesErrors(#"""
        fragment F on CatOrDog { name }
        """#, [
            (#"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Being", "Pet", "Canine", "Cat", or "Dog"?"#, [(1, 26)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: field on union defined by one member") func fieldsoncorrecttyperuleFieldOnUnionDefinedByOneMember() throws {
        try expectAllRulesErrors(#"""
        fragment F on DogOrHuman { barkVolume }
        """#, [
            (#"Cannot query field "barkVolume" on type "DogOrHuman". Did you mean to use an inline fragment on "Dog"?"#, [(1, 28)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: typo suggestion") func fieldsoncorrecttyperuleTypoSuggestion() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { nicknam }
        """#, [
            (#"Cannot query field "nicknam" on type "Dog". Did you mean "nickname"?"#, [(1, 21)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: suggested types in graphql-js order") func fieldsoncorrecttyperuleSuggestedTypesInGraphqlJsOrder() throws {
        try expectAllRulesErrors(#"""
        fragment F on DogOrHuman { name }
        """#, [
            (#"Cannot query field "name" on type "DogOrHuman". Did you mean to use an inline fragment on "Being", "Canine", "Human", "Pet", or "Dog"?"#, [(1, 28)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("FieldsOnCorrectTypeRule: meta field on wrong type") func fieldsoncorrecttyperuleMetaFieldOnWrongType() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { __schema { queryType { name } } }
        """#, [
            (#"Cannot query field "__schema" on type "Dog"."#, [(1, 21)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueFragmentNamesRule: distinct") func uniquefragmentnamesruleDistinct() throws {
        try expectAllRulesValid(#"""
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { barks }
        """#)
    }

    @Test("UniqueFragmentNamesRule: inline fragments are not named") func uniquefragmentnamesruleInlineFragmentsAreNotNamed() throws {
        try expectAllRulesValid(#"""
        { dog { ... on Dog { name } ... on Dog { barks } } }
        """#)
    }

    @Test("UniqueFragmentNamesRule: duplicate") func uniquefragmentnamesruleDuplicate() throws {
        try expectAllRulesErrors(#"""
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        """#, [
            (#"There can be only one fragment named "A"."#, [(2, 10), (3, 10)]),
        ])
    }

    @Test("UniqueFragmentNamesRule: three with the same name") func uniquefragmentnamesruleThreeWithTheSameName() throws {
        try expectAllRulesErrors(#"""
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        fragment A on Dog { nickname }
        """#, [
            (#"There can be only one fragment named "A"."#, [(2, 10), (3, 10)]),
            (#"There can be only one fragment named "A"."#, [(2, 10), (4, 10)]),
        ])
    }

    @Test("KnownFragmentNamesRule: known") func knownfragmentnamesruleKnown() throws {
        try expectAllRulesValid(#"""
        { human(id: 4) { ...HumanFields ... on Human { ...HumanFields } } }
        fragment HumanFields on Human { name }
        """#)
    }

    @Test("KnownFragmentNamesRule: unknown") func knownfragmentnamesruleUnknown() throws {
        try expectAllRulesErrors(#"""
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human { ...UnknownFragment2 }
          }
        }
        """#, [
            (#"Unknown fragment "UnknownFragment1"."#, [(3, 8)]),
            (#"Unknown fragment "UnknownFragment2"."#, [(4, 23)]),
        ])
    }

    @Test("NoUnusedFragmentsRule: all used, also transitively") func nounusedfragmentsruleAllUsedAlsoTransitively() throws {
        try expectAllRulesValid(#"""
        { human(id: 4) { ...A } }
        fragment A on Human { name ...B }
        fragment B on Human { iq }
        """#)
    }

    @Test("NoUnusedFragmentsRule: used in any of several operations") func nounusedfragmentsruleUsedInAnyOfSeveralOperations() throws {
        try expectAllRulesValid(#"""
        query Q1 { human(id: 4) { ...A } }
        query Q2 { human(id: 4) { ...B } }
        fragment A on Human { name }
        fragment B on Human { iq }
        """#)
    }

    @Test("NoUnusedFragmentsRule: unused") func nounusedfragmentsruleUnused() throws {
        try expectAllRulesErrors(#"""
        { human(id: 4) { ...A } }
        fragment A on Human { name }
        fragment Unused1 on Human { iq }
        fragment Unused2 on Human { name }
        """#, [
            (#"Fragment "Unused1" is never used."#, [(3, 1)]),
            (#"Fragment "Unused2" is never used."#, [(4, 1)]),
        ])
    }

    @Test("NoUnusedFragmentsRule: unused cycle") func nounusedfragmentsruleUnusedCycle() throws {
        try expectAllRulesErrors(#"""
        { human(id: 4) { ...A } }
        fragment A on Human { name }
        fragment B on Human { ...C }
        fragment C on Human { ...B }
        """#, [
            (#"Cannot spread fragment "B" within itself via "C"."#, [(3, 23), (4, 23)]),
            (#"Fragment "B" is never used."#, [(3, 1)]),
            (#"Fragment "C" is never used."#, [(4, 1)]),
        ])
    }

    @Test("NoUnusedFragmentsRule: used by an unknown fragment only") func nounusedfragmentsruleUsedByAnUnknownFragmentOnly() throws {
        try expectAllRulesErrors(#"""
        { human(id: 4) { ...Missing } }
        fragment A on Human { name }
        """#, [
            (#"Unknown fragment "Missing"."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: same object, interface, union") func possiblefragmentspreadsruleSameObjectInterfaceUnion() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ... on Dog { barks } ... on Pet { name } ... on CatOrDog { __typename } }
        fragment B on Pet { ... on Dog { barks } }
        fragment C on CatOrDog { ... on Cat { meows } }
        fragment D on Pet { ...E }
        fragment E on DogOrHuman { __typename }
        """#, [
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
            (#"Fragment "D" is never used."#, [(4, 1)]),
            (#"Fragment "E" is never used."#, [(5, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: interface into implemented interface") func possiblefragmentspreadsruleInterfaceIntoImplementedInterface() throws {
        try expectAllRulesErrors(#"""
        fragment A on Mammal { ...B }
        fragment B on Canine { name }
        """#, [
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: unknown types are left alone") func possiblefragmentspreadsruleUnknownTypesAreLeftAlone() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ... on Unknown { name } ...B }
        fragment B on Unknown2 { name }
        """#, [
            (#"Unknown type "Unknown"."#, [(1, 28)]),
            (#"Unknown type "Unknown2"."#, [(2, 15)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: object into object") func possiblefragmentspreadsruleObjectIntoObject() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog {
          ... on Cat { meows }
        }
        """#, [
            (#"Fragment cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(2, 3)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: named object into object") func possiblefragmentspreadsruleNamedObjectIntoObject() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B }
        fragment B on Cat { meows }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: object into interface") func possiblefragmentspreadsruleObjectIntoInterface() throws {
        try expectAllRulesErrors(#"""
        fragment A on Pet { ...B }
        fragment B on Human { iq }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Pet" can never be of type "Human"."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: object into union") func possiblefragmentspreadsruleObjectIntoUnion() throws {
        try expectAllRulesErrors(#"""
        fragment A on CatOrDog { ... on Human { iq } }
        """#, [
            (#"Fragment cannot be spread here as objects of type "CatOrDog" can never be of type "Human"."#, [(1, 26)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: union into object") func possiblefragmentspreadsruleUnionIntoObject() throws {
        try expectAllRulesErrors(#"""
        fragment A on Human { ...B }
        fragment B on CatOrDog { __typename }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Human" can never be of type "CatOrDog"."#, [(1, 23)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: interface into non-implementing object") func possiblefragmentspreadsruleInterfaceIntoNonImplementingObject() throws {
        try expectAllRulesErrors(#"""
        fragment A on Cat { ...B }
        fragment B on Canine { name }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Cat" can never be of type "Canine"."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: union into non-overlapping interface") func possiblefragmentspreadsruleUnionIntoNonOverlappingInterface() throws {
        try expectAllRulesErrors(#"""
        fragment A on Pet { ...B }
        fragment B on HumanOrAlien { __typename }
        """#, [
            (#"Fragment "B" cannot be spread here as objects of type "Pet" can never be of type "HumanOrAlien"."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("PossibleFragmentSpreadsRule: union into non-overlapping union") func possiblefragmentspreadsruleUnionIntoNonOverlappingUnion() throws {
        try expectAllRulesErrors(#"""
        fragment A on CatOrDog { ... on HumanOrAlien { __typename } }
        """#, [
            (#"Fragment cannot be spread here as objects of type "CatOrDog" can never be of type "HumanOrAlien"."#, [(1, 26)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: no cycles") func nofragmentcyclesruleNoCycles() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        fragment C on Dog { ...B ...B }
        """#, [
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: spread itself") func nofragmentcyclesruleSpreadItself() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself."#, [(1, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: spread itself inline") func nofragmentcyclesruleSpreadItselfInline() throws {
        try expectAllRulesErrors(#"""
        fragment A on Pet {
          ... on Dog { ...A }
        }
        """#, [
            (#"Cannot spread fragment "A" within itself."#, [(2, 16)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: two-step cycle") func nofragmentcyclesruleTwoStepCycle() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B"."#, [(1, 21), (2, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: deep cycle") func nofragmentcyclesruleDeepCycle() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...D }
        fragment D on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B", "C", "D"."#, [(1, 21), (2, 21), (3, 21), (4, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
            (#"Fragment "D" is never used."#, [(4, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: multiple cycles") func nofragmentcyclesruleMultipleCycles() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...A }
        """#, [
            (#"Cannot spread fragment "A" within itself via "B"."#, [(1, 21), (2, 21)]),
            (#"Cannot spread fragment "A" within itself via "C"."#, [(1, 26), (3, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: cycle not through start") func nofragmentcyclesruleCycleNotThroughStart() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...B }
        """#, [
            (#"Cannot spread fragment "B" within itself via "C"."#, [(2, 21), (3, 21)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
            (#"Fragment "B" is never used."#, [(2, 1)]),
            (#"Fragment "C" is never used."#, [(3, 1)]),
        ])
    }

    @Test("NoFragmentCyclesRule: unknown fragment") func nofragmentcyclesruleUnknownFragment() throws {
        try expectAllRulesErrors(#"""
        fragment A on Dog { ...Unknown }
        """#, [
            (#"Unknown fragment "Unknown"."#, [(1, 24)]),
            (#"Fragment "A" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueVariableNamesRule: distinct") func uniquevariablenamesruleDistinct() throws {
        try expectAllRulesErrors(#"""
        query A($x: Int, $y: String) { dog { name } }
        query B($x: String) { dog { name } }
        """#, [
            (#"Variable "$x" is never used in operation "A"."#, [(1, 9)]),
            (#"Variable "$y" is never used in operation "A"."#, [(1, 18)]),
            (#"Variable "$x" is never used in operation "B"."#, [(2, 9)]),
        ])
    }

    @Test("UniqueVariableNamesRule: duplicates") func uniquevariablenamesruleDuplicates() throws {
        try expectAllRulesErrors(#"""
        query A($x: Int, $x: Int, $x: String) { dog { name } }
        query B($y: String, $y: Int) { dog { name } }
        """#, [
            (#"There can be only one variable named "$x"."#, [(1, 10), (1, 19), (1, 28)]),
            (#"Variable "$x" is never used in operation "A"."#, [(1, 9)]),
            (#"Variable "$x" is never used in operation "A"."#, [(1, 18)]),
            (#"Variable "$x" is never used in operation "A"."#, [(1, 27)]),
            (#"There can be only one variable named "$y"."#, [(2, 10), (2, 22)]),
            (#"Variable "$y" is never used in operation "B"."#, [(2, 9)]),
            (#"Variable "$y" is never used in operation "B"."#, [(2, 21)]),
        ])
    }

    @Test("NoUndefinedVariablesRule: all defined") func noundefinedvariablesruleAllDefined() throws {
        try expectAllRulesValid(#"""
        query Foo($a: String, $b: String) {
          complicatedArgs { stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) }
        }
        """#)
    }

    @Test("NoUndefinedVariablesRule: defined through fragments") func noundefinedvariablesruleDefinedThroughFragments() throws {
        try expectAllRulesValid(#"""
        query Foo($a: String) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#)
    }

    @Test("NoUndefinedVariablesRule: undefined") func noundefinedvariablesruleUndefined() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String) {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$b" is not defined by operation "Foo"."#, [(2, 47), (1, 1)]),
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
        ])
    }

    @Test("NoUndefinedVariablesRule: undefined in anonymous") func noundefinedvariablesruleUndefinedInAnonymous() throws {
        try expectAllRulesErrors(#"""
        {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$b" is not defined."#, [(2, 47), (1, 1)]),
        ])
    }

    @Test("NoUndefinedVariablesRule: undefined in directive and list") func noundefinedvariablesruleUndefinedInDirectiveAndList() throws {
        try expectAllRulesErrors(#"""
        query Foo {
          dog @include(if: $cond) { name }
          complicatedArgs { stringListArgField(stringListArg: [$item]) }
        }
        """#, [
            (#"Variable "$cond" is not defined by operation "Foo"."#, [(2, 20), (1, 1)]),
            (#"Variable "$item" is not defined by operation "Foo"."#, [(3, 56), (1, 1)]),
        ])
    }

    @Test("NoUndefinedVariablesRule: undefined in fragment used by two operations") func noundefinedvariablesruleUndefinedInFragmentUsedByTwoOperations() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String) { complicatedArgs { ...F } }
        query Bar { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#, [
            (#"Variable "$a" is not defined by operation "Bar"."#, [(3, 59), (2, 1)]),
        ])
    }

    @Test("NoUnusedVariablesRule: all used") func nounusedvariablesruleAllUsed() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String, $b: Boolean) {
          complicatedArgs { stringArgField(stringArg: $a) }
          dog @include(if: $b) { name }
        }
        """#, [
            (#"Variable "$b" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 23), (3, 20)]),
        ])
    }

    @Test("NoUnusedVariablesRule: used in fragment") func nounusedvariablesruleUsedInFragment() throws {
        try expectAllRulesValid(#"""
        query Foo($a: String) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#)
    }

    @Test("NoUnusedVariablesRule: unused") func nounusedvariablesruleUnused() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String, $b: String, $c: String) {
          complicatedArgs { stringArgField(stringArg: $b) }
        }
        """#, [
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$c" is never used in operation "Foo"."#, [(1, 35)]),
        ])
    }

    @Test("NoUnusedVariablesRule: unused in anonymous") func nounusedvariablesruleUnusedInAnonymous() throws {
        try expectAllRulesErrors(#"""
        query ($a: String) { dog { name } }
        """#, [
            (#"Variable "$a" is never used."#, [(1, 8)]),
        ])
    }

    @Test("NoUnusedVariablesRule: used by one operation only") func nounusedvariablesruleUsedByOneOperationOnly() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: String) { complicatedArgs { ...F } }
        query Bar($a: String) { dog { name } }
        fragment F on ComplicatedArgs { stringArgField(stringArg: $a) }
        """#, [
            (#"Variable "$a" is never used in operation "Bar"."#, [(2, 11)]),
        ])
    }

    @Test("KnownDirectivesRule: known directives in valid places") func knowndirectivesruleKnownDirectivesInValidPlaces() throws {
        try expectAllRulesErrors(#"""
        query Foo($v: Int @onVariableDefinition) @onQuery {
          dog @include(if: true) { name @onField ...F @onFragmentSpread ... @onInlineFragment { barks } }
        }
        fragment F on Dog @onFragmentDefinition { name }
        subscription S @onSubscription { newMessage { body } }
        """#, [
            (#"Variable "$v" is never used in operation "Foo"."#, [(1, 11)]),
        ])
    }

    @Test("KnownDirectivesRule: unknown directive") func knowndirectivesruleUnknownDirective() throws {
        try expectAllRulesErrors(#"""
        {
          dog @unknown(directive: "value") { name }
        }
        """#, [
            (#"Unknown directive "@unknown"."#, [(2, 7)]),
        ])
    }

    @Test("KnownDirectivesRule: misplaced directives") func knowndirectivesruleMisplacedDirectives() throws {
        try expectAllRulesErrors(#"""
        query Foo($v: Int @onField) @include(if: true) {
          dog @onQuery { name ...F @onField }
        }
        fragment F on Dog @onQuery { name }
        """#, [
            (#"Directive "@onField" may not be used on VARIABLE_DEFINITION."#, [(1, 19)]),
            (#"Directive "@include" may not be used on QUERY."#, [(1, 29)]),
            (#"Directive "@onQuery" may not be used on FIELD."#, [(2, 7)]),
            (#"Directive "@onField" may not be used on FRAGMENT_SPREAD."#, [(2, 28)]),
            (#"Variable "$v" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Directive "@onQuery" may not be used on FRAGMENT_DEFINITION."#, [(4, 19)]),
        ])
    }

    @Test("KnownDirectivesRule: SDL locations") func knowndirectivesruleSDLLocations() throws {
        try expectAllRulesErrors(#"""
        type Query @onQuery { name: String @deprecated(reason: "old") @onField }
        directive @custom on OBJECT
        extend type Query @custom
        """#, [
            (#"The "Query" definition is not executable."#, [(1, 1)]),
            (#"The "custom" definition is not executable."#, [(2, 1)]),
            (#"The "Query" definition is not executable."#, [(3, 1)]),
            (#"Directive "@onQuery" may not be used on OBJECT."#, [(1, 12)]),
            (#"Directive "@onField" may not be used on FIELD_DEFINITION."#, [(1, 63)]),
        ])
    }

    @Test("UniqueDirectivesPerLocationRule: distinct and repeatable") func uniquedirectivesperlocationruleDistinctAndRepeatable() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog @onFragmentDefinition {
          name @onField @repeatable @repeatable
          barks @skip(if: true) @include(if: true)
        }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueDirectivesPerLocationRule: same directive on different fields") func uniquedirectivesperlocationruleSameDirectiveOnDifferentFields() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { name @skip(if: true) barks @skip(if: false) }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueDirectivesPerLocationRule: duplicate") func uniquedirectivesperlocationruleDuplicate() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          name @onField @onField @onField
        }
        """#, [
            (#"The directive "@onField" can only be used once at this location."#, [(2, 8), (2, 17)]),
            (#"The directive "@onField" can only be used once at this location."#, [(2, 8), (2, 26)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueDirectivesPerLocationRule: duplicates of two directives") func uniquedirectivesperlocationruleDuplicatesOfTwoDirectives() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          name @skip(if: true) @include(if: true) @skip(if: false) @include(if: false)
        }
        """#, [
            (#"The directive "@skip" can only be used once at this location."#, [(2, 8), (2, 43)]),
            (#"The directive "@include" can only be used once at this location."#, [(2, 24), (2, 60)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("UniqueDirectivesPerLocationRule: duplicate across type and extension") func uniquedirectivesperlocationruleDuplicateAcrossTypeAndExtension() throws {
        try expectAllRulesErrors(#"""
        type Foo @onQueryType
        extend type Foo @onQueryType
        directive @onQueryType on OBJECT
        """#, [
            (#"The "Foo" definition is not executable."#, [(1, 1)]),
            (#"The "Foo" definition is not executable."#, [(2, 1)]),
            (#"The "onQueryType" definition is not executable."#, [(3, 1)]),
            (#"The directive "@onQueryType" can only be used once at this location."#, [(1, 10), (2, 17)]),
        ])
    }

    @Test("KnownArgumentNamesRule: known arguments") func knownargumentnamesruleKnownArguments() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          isAtLocation(y: 1, x: 2) @include(if: true) @skip(if: false)
        }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("KnownArgumentNamesRule: unknown field argument") func knownargumentnamesruleUnknownFieldArgument() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(unknown: true)
        }
        """#, [
            (#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, [(2, 19)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("KnownArgumentNamesRule: misspelled field argument") func knownargumentnamesruleMisspelledFieldArgument() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(DogCommand: SIT)
        }
        """#, [
            (#"Unknown argument "DogCommand" on field "Dog.doesKnowCommand". Did you mean "dogCommand"?"#, [(2, 19)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("KnownArgumentNamesRule: unknown directive argument") func knownargumentnamesruleUnknownDirectiveArgument() throws {
        try expectAllRulesErrors(#"""
        {
          dog @skip(iff: true) { name }
        }
        """#, [
            (#"Unknown argument "iff" on directive "@skip". Did you mean "if"?"#, [(2, 13)]),
            (#"Directive "@skip" argument "if" of type "Boolean!" is required, but it was not provided."#, [(2, 7)]),
        ])
    }

    @Test("KnownArgumentNamesRule: unknown arguments on unknown field or directive are left alone") func knownargumentnamesruleUnknownArgumentsOnUnknownFieldOrDirectiveAreLeftAlone() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { unknownField(arg: 1) name @unknown(arg: 1) }
        """#, [
            (#"Cannot query field "unknownField" on type "Dog"."#, [(1, 21)]),
            (#"Unknown directive "@unknown"."#, [(1, 47)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("KnownArgumentNamesRule: deep unknown arguments") func knownargumentnamesruleDeepUnknownArguments() throws {
        try expectAllRulesErrors(#"""
        {
          dog { doesKnowCommand(unknown: true) }
          human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT, other: 1) } } }
        }
        """#, [
            (#"Unknown argument "unknown" on field "Dog.doesKnowCommand"."#, [(2, 25)]),
            (#"Unknown argument "other" on field "Dog.doesKnowCommand"."#, [(3, 64)]),
        ])
    }

    @Test("UniqueArgumentNamesRule: distinct") func uniqueargumentnamesruleDistinct() throws {
        try expectAllRulesValid(#"""
        { dog { isAtLocation(x: 1, y: 2) @skip(if: true) } }
        """#)
    }

    @Test("UniqueArgumentNamesRule: duplicate field arguments") func uniqueargumentnamesruleDuplicateFieldArguments() throws {
        try expectAllRulesErrors(#"""
        { dog { isAtLocation(x: 1, x: 2, x: 3) } }
        """#, [
            (#"There can be only one argument named "x"."#, [(1, 22), (1, 28), (1, 34)]),
        ])
    }

    @Test("UniqueArgumentNamesRule: duplicate directive arguments") func uniqueargumentnamesruleDuplicateDirectiveArguments() throws {
        try expectAllRulesErrors(#"""
        { dog @skip(if: true, if: false) { name } }
        """#, [
            (#"There can be only one argument named "if"."#, [(1, 13), (1, 23)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: good values") func valuesofcorrecttyperuleGoodValues() throws {
        try expectAllRulesValid(#"""
        {
          complicatedArgs {
            intArgField(intArg: 2)
            floatArgField(floatArg: 1)
            f: floatArgField(floatArg: 1.5e3)
            idArgField(idArg: 1)
            i: idArgField(idArg: "x")
            enumArgField(enumArg: BROWN)
            stringListArgField(stringListArg: ["a", null])
            s: stringListArgField(stringListArg: "single")
            complexArgField(complexArg: { requiredField: true, intField: 4 })
            oneOfArgField(oneOfArg: { intField: 1 })
          }
        }
        """#)
    }

    @Test("ValuesOfCorrectTypeRule: int into string") func valuesofcorrecttyperuleIntIntoString() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { stringArgField(stringArg: 1) } }
        """#, [
            (#"String cannot represent a non string value: 1"#, [(1, 47)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: string into int") func valuesofcorrecttyperuleStringIntoInt() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { intArgField(intArg: "3") } }
        """#, [
            (#"Int cannot represent non-integer value: "3""#, [(1, 41)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: float into int") func valuesofcorrecttyperuleFloatIntoInt() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { intArgField(intArg: 3.0) } }
        """#, [
            (#"Int cannot represent non-integer value: 3.0"#, [(1, 41)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: int too large") func valuesofcorrecttyperuleIntTooLarge() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { intArgField(intArg: 2147483648) } }
        """#, [
            (#"Int cannot represent non 32-bit signed integer value: 2147483648"#, [(1, 41)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: boolean into float") func valuesofcorrecttyperuleBooleanIntoFloat() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { floatArgField(floatArg: true) } }
        """#, [
            (#"Float cannot represent non numeric value: true"#, [(1, 45)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: float into ID") func valuesofcorrecttyperuleFloatIntoID() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { idArgField(idArg: 1.0) } }
        """#, [
            (#"ID cannot represent a non-string and non-integer value: 1.0"#, [(1, 39)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: enum into boolean") func valuesofcorrecttyperuleEnumIntoBoolean() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { booleanArgField(booleanArg: TRUE) } }
        """#, [
            (#"Boolean cannot represent a non boolean value: TRUE"#, [(1, 49)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: string into enum") func valuesofcorrecttyperuleStringIntoEnum() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { enumArgField(enumArg: "BROWN") } }
        """#, [
            (#"Enum "FurColor" cannot represent non-enum value: "BROWN". Did you mean the enum value "BROWN"?"#, [(1, 43)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: unknown enum value") func valuesofcorrecttyperuleUnknownEnumValue() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { enumArgField(enumArg: BRWN) } }
        """#, [
            (#"Value "BRWN" does not exist in "FurColor" enum. Did you mean the enum value "BROWN"?"#, [(1, 43)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: null into non-null") func valuesofcorrecttyperuleNullIntoNonNull() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
        """#, [
            (#"Expected value of type "Int!", found null."#, [(1, 55)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: bad list item") func valuesofcorrecttyperuleBadListItem() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }
        """#, [
            (#"String cannot represent a non string value: 2"#, [(1, 63)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: null item in non-null list") func valuesofcorrecttyperuleNullItemInNonNullList() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["one", null]) } }
        """#, [
            (#"Expected value of type "String!", found null."#, [(1, 77)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: list into scalar") func valuesofcorrecttyperuleListIntoScalar() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { intArgField(intArg: [1, 2]) } }
        """#, [
            (#"Int cannot represent non-integer value: [1, 2]"#, [(1, 41)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: object into scalar") func valuesofcorrecttyperuleObjectIntoScalar() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { intArgField(intArg: {a: 1}) } }
        """#, [
            (#"Int cannot represent non-integer value: {a: 1}"#, [(1, 41)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: missing required input field") func valuesofcorrecttyperuleMissingRequiredInputField() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
        """#, [
            (#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, [(1, 49)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: unknown input field") func valuesofcorrecttyperuleUnknownInputField() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, unknownField: "value", stringFeld: "x" }) } }
        """#, [
            (#"Field "unknownField" is not defined by type "ComplexInput"."#, [(1, 72)]),
            (#"Field "stringFeld" is not defined by type "ComplexInput". Did you mean "stringField", "intField", or "stringListField"?"#, [(1, 95)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: bad nested value") func valuesofcorrecttyperuleBadNestedValue() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: ["a", 1] }) } }
        """#, [
            (#"String cannot represent a non string value: 1"#, [(1, 95)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: bad variable default") func valuesofcorrecttyperuleBadVariableDefault() throws {
        try expectAllRulesErrors(#"""
        query Foo($a: Int = "one", $b: String = 4, $c: ComplexInput = { requiredField: 1, intField: "3" }) { dog { name } }
        """#, [
            (#"Int cannot represent non-integer value: "one""#, [(1, 21)]),
            (#"String cannot represent a non string value: 4"#, [(1, 41)]),
            (#"Boolean cannot represent a non boolean value: 1"#, [(1, 80)]),
            (#"Int cannot represent non-integer value: "3""#, [(1, 93)]),
            (#"Variable "$a" is never used in operation "Foo"."#, [(1, 11)]),
            (#"Variable "$b" is never used in operation "Foo"."#, [(1, 28)]),
            (#"Variable "$c" is never used in operation "Foo"."#, [(1, 44)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: bad directive argument") func valuesofcorrecttyperuleBadDirectiveArgument() throws {
        try expectAllRulesErrors(#"""
        { dog @include(if: "yes") { name } }
        """#, [
            (#"Boolean cannot represent a non boolean value: "yes""#, [(1, 20)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: oneOf with two fields") func valuesofcorrecttyperuleOneOfWithTwoFields() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "a", intField: 1 }) } }
        """#, [
            (#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 45)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: oneOf with no field") func valuesofcorrecttyperuleOneOfWithNoField() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { oneOfArgField(oneOfArg: {}) } }
        """#, [
            (#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 45)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: oneOf with null") func valuesofcorrecttyperuleOneOfWithNull() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }
        """#, [
            (#"Field "OneOfInput.stringField" must be non-null."#, [(1, 45)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: oneOf with nullable variable") func valuesofcorrecttyperuleOneOfWithNullableVariable() throws {
        try expectAllRulesErrors(#"""
        query Foo($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """#, [
            (#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 67)]),
        ])
    }

    @Test("ValuesOfCorrectTypeRule: oneOf with non-null variable") func valuesofcorrecttyperuleOneOfWithNonNullVariable() throws {
        try expectAllRulesValid(#"""
        query Foo($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """#)
    }

    @Test("ValuesOfCorrectTypeRule: block string into string") func valuesofcorrecttyperuleBlockStringIntoString() throws {
        try expectAllRulesValid(#"""
        { complicatedArgs { stringArgField(stringArg: """block""") } }
        """#)
    }

    @Test("ProvidedRequiredArgumentsRule: all required given") func providedrequiredargumentsruleAllRequiredGiven() throws {
        try expectAllRulesValid(#"""
        { complicatedArgs { multipleReqs(req2: 2, req1: 1) nonNullFieldWithDefault multipleOpts } dog @withArgs(required: 1) { name } }
        """#)
    }

    @Test("ProvidedRequiredArgumentsRule: unknown field is left alone") func providedrequiredargumentsruleUnknownFieldIsLeftAlone() throws {
        try expectAllRulesErrors(#"""
        { dog { unknown } }
        """#, [
            (#"Cannot query field "unknown" on type "Dog"."#, [(1, 9)]),
        ])
    }

    @Test("ProvidedRequiredArgumentsRule: one missing") func providedrequiredargumentsruleOneMissing() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { multipleReqs(req2: 2) } }
        """#, [
            (#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, [(1, 21)]),
        ])
    }

    @Test("ProvidedRequiredArgumentsRule: all missing") func providedrequiredargumentsruleAllMissing() throws {
        try expectAllRulesErrors(#"""
        {
          complicatedArgs {
            multipleReqs
            multipleOptAndReq(opt1: 1)
          }
        }
        """#, [
            (#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, [(3, 5)]),
            (#"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided."#, [(3, 5)]),
            (#"Field "multipleOptAndReq" argument "req1" of type "Int!" is required, but it was not provided."#, [(4, 5)]),
            (#"Field "multipleOptAndReq" argument "req2" of type "Int!" is required, but it was not provided."#, [(4, 5)]),
        ])
    }

    @Test("ProvidedRequiredArgumentsRule: missing directive argument") func providedrequiredargumentsruleMissingDirectiveArgument() throws {
        try expectAllRulesErrors(#"""
        {
          dog @include { name @withArgs(optional: "y") }
        }
        """#, [
            (#"Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided."#, [(2, 7)]),
            (#"Directive "@withArgs" argument "required" of type "Int!" is required, but it was not provided."#, [(2, 23)]),
        ])
    }

    @Test("ProvidedRequiredArgumentsRule: null for required argument is not missing") func providedrequiredargumentsruleNullForRequiredArgumentIsNotMissing() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { multipleReqs(req1: null, req2: 1) } }
        """#, [
            (#"Expected value of type "Int!", found null."#, [(1, 40)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: matching types") func variablesinallowedpositionruleMatchingTypes() throws {
        try expectAllRulesValid(#"""
        query Q($b: Boolean, $nb: Boolean!, $l: [String], $i: Int) {
          complicatedArgs { booleanArgField(booleanArg: $b) b: booleanArgField(booleanArg: $nb) stringListArgField(stringListArg: $l) intArgField(intArg: $i) }
        }
        """#)
    }

    @Test("VariablesInAllowedPositionRule: non-null into nullable and list item") func variablesinallowedpositionruleNonNullIntoNullableAndListItem() throws {
        try expectAllRulesValid(#"""
        query Q($s: String!) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }
        """#)
    }

    @Test("VariablesInAllowedPositionRule: nullable into non-null with default") func variablesinallowedpositionruleNullableIntoNonNullWithDefault() throws {
        try expectAllRulesValid(#"""
        query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }
        """#)
    }

    @Test("VariablesInAllowedPositionRule: nullable into argument with default") func variablesinallowedpositionruleNullableIntoArgumentWithDefault() throws {
        try expectAllRulesValid(#"""
        query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }
        """#)
    }

    @Test("VariablesInAllowedPositionRule: nullable into non-null directive argument") func variablesinallowedpositionruleNullableIntoNonNullDirectiveArgument() throws {
        try expectAllRulesErrors(#"""
        query Q($b: Boolean) { dog @include(if: $b) { name } }
        """#, [
            (#"Variable "$b" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 9), (1, 41)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: wrong type") func variablesinallowedpositionruleWrongType() throws {
        try expectAllRulesErrors(#"""
        query Q($i: Int) {
          complicatedArgs { booleanArgField(booleanArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Boolean"."#, [(1, 9), (2, 49)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: nullable into non-null") func variablesinallowedpositionruleNullableIntoNonNull() throws {
        try expectAllRulesErrors(#"""
        query Q($i: Int) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Int!"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: nullable into non-null with null default") func variablesinallowedpositionruleNullableIntoNonNullWithNullDefault() throws {
        try expectAllRulesErrors(#"""
        query Q($i: Int = null) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Int!"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: list into scalar") func variablesinallowedpositionruleListIntoScalar() throws {
        try expectAllRulesErrors(#"""
        query Q($l: [String]) {
          complicatedArgs { stringArgField(stringArg: $l) }
        }
        """#, [
            (#"Variable "$l" of type "[String]" used in position expecting type "String"."#, [(1, 9), (2, 47)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: scalar into list") func variablesinallowedpositionruleScalarIntoList() throws {
        try expectAllRulesErrors(#"""
        query Q($s: String) {
          complicatedArgs { stringListArgField(stringListArg: $s) }
        }
        """#, [
            (#"Variable "$s" of type "String" used in position expecting type "[String]"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: nullable items into non-null items") func variablesinallowedpositionruleNullableItemsIntoNonNullItems() throws {
        try expectAllRulesErrors(#"""
        query Q($l: [String]) {
          complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) }
        }
        """#, [
            (#"Variable "$l" of type "[String]" used in position expecting type "[String!]"."#, [(1, 9), (2, 69)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: through fragment") func variablesinallowedpositionruleThroughFragment() throws {
        try expectAllRulesErrors(#"""
        query Q($i: Int) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs {
          booleanArgField(booleanArg: $i)
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Boolean"."#, [(1, 9), (3, 31)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: input object field") func variablesinallowedpositionruleInputObjectField() throws {
        try expectAllRulesErrors(#"""
        query Q($s: Boolean) {
          complicatedArgs { complexArgField(complexArg: { requiredField: $s }) }
        }
        """#, [
            (#"Variable "$s" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 9), (2, 66)]),
        ])
    }

    @Test("VariablesInAllowedPositionRule: input field with default") func variablesinallowedpositionruleInputFieldWithDefault() throws {
        try expectAllRulesValid(#"""
        query Q($s: Boolean) {
          complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $s }) }
        }
        """#)
    }

    @Test("OverlappingFieldsCanBeMergedRule: identical fields, aliases, arguments") func overlappingfieldscanbemergedruleIdenticalFieldsAliasesArguments() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          name
          name
          otherName: name
          otherName: name
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: different object types may differ") func overlappingfieldscanbemergedruleDifferentObjectTypesMayDiffer() throws {
        try expectAllRulesErrors(#"""
        fragment F on Pet {
          ... on Dog { volume: barkVolume }
          ... on Cat { volume: meowVolume }
          ... on Dog { doesKnowCommand(dogCommand: SIT) }
          ... on Cat { doesKnowCommand: meows }
        }
        """#, [
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: alias conflict") func overlappingfieldscanbemergedruleAliasConflict() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          name: nickname
          name
        }
        """#, [
            (#"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: different arguments") func overlappingfieldscanbemergedruleDifferentArguments() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: argument missing on one") func overlappingfieldscanbemergedruleArgumentMissingOnOne() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: value and variable") func overlappingfieldscanbemergedruleValueAndVariable() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: same input object in another field order") func overlappingfieldscanbemergedruleSameInputObjectInAnotherFieldOrder() throws {
        try expectAllRulesValid(#"""
        { complicatedArgs {
          complexArgField(complexArg: { requiredField: true, intField: 1 })
          complexArgField(complexArg: { intField: 1, requiredField: true })
        } }
        """#)
    }

    @Test("OverlappingFieldsCanBeMergedRule: conflicting leaf types on different objects") func overlappingfieldscanbemergedruleConflictingLeafTypesOnDifferentObjects() throws {
        try expectAllRulesErrors(#"""
        fragment F on Pet {
          ... on Dog { someValue: nickname }
          ... on Cat { someValue: meowVolume }
        }
        """#, [
            (#"Fields "someValue" conflict because they return conflicting types "String" and "Int". Use different aliases on the fields to fetch both if this was intentional."#, [(2, 16), (3, 16)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: conflict through fragments") func overlappingfieldscanbemergedruleConflictThroughFragments() throws {
        try expectAllRulesErrors(#"""
        {
          dog { ...A ...B }
        }
        fragment A on Dog { x: name }
        fragment B on Dog { x: barks }
        """#, [
            (#"Fields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(4, 21), (5, 21)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: conflict between field and fragment") func overlappingfieldscanbemergedruleConflictBetweenFieldAndFragment() throws {
        try expectAllRulesErrors(#"""
        {
          dog {
            x: name
            ...A
          }
        }
        fragment A on Dog { x: nickname }
        """#, [
            (#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(3, 5), (7, 21)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: deep conflict") func overlappingfieldscanbemergedruleDeepConflict() throws {
        try expectAllRulesErrors(#"""
        {
          dog {
            mother { x: name }
          }
          dog {
            mother { x: barks }
          }
        }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 5), (3, 14), (5, 3), (6, 5), (6, 14)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: deep conflict with several subfields") func overlappingfieldscanbemergedruleDeepConflictWithSeveralSubfields() throws {
        try expectAllRulesErrors(#"""
        {
          dog {
            mother { x: name y: barks }
          }
          dog {
            mother { x: nickname y: barkVolume }
          }
        }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "nickname" are different fields and subfields "y" conflict because "barks" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 5), (3, 14), (3, 22), (5, 3), (6, 5), (6, 14), (6, 26)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: deep conflict in fragments") func overlappingfieldscanbemergedruleDeepConflictInFragments() throws {
        try expectAllRulesErrors(#"""
        {
          dog { ...A }
          dog { ...B }
        }
        fragment A on Dog { mother { ...C } }
        fragment B on Dog { mother { ...D } }
        fragment C on Dog { x: name }
        fragment D on Dog { x: barks }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (5, 21), (7, 21), (3, 3), (6, 21), (8, 21)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: list and non-list") func overlappingfieldscanbemergedruleListAndNonList() throws {
        try expectAllRulesErrors(#"""
        {
          human { rel: pets { name } }
          human { rel: relatives { name } }
        }
        """#, [
            (#"Fields "human" conflict because subfields "rel" conflict because "pets" and "relatives" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (2, 11), (3, 3), (3, 11)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: nullability differs on interfaces") func overlappingfieldscanbemergedruleNullabilityDiffersOnInterfaces() throws {
        try expectAllRulesErrors(#"""
        {
          pet { ... on Dog { mother { name } } ... on Cat { mother: nickname } }
        }
        """#, [
            (#"Fields "mother" conflict because they return conflicting types "Dog" and "String". Use different aliases on the fields to fetch both if this was intentional."#, [(2, 22), (2, 53)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: unknown fields with the same name") func overlappingfieldscanbemergedruleUnknownFieldsWithTheSameName() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { unknown unknown(a: 1) }
        """#, [
            (#"Fields "unknown" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(1, 21), (1, 29)]),
            (#"Cannot query field "unknown" on type "Dog"."#, [(1, 21)]),
            (#"Cannot query field "unknown" on type "Dog"."#, [(1, 29)]),
            (#"Fragment "F" is never used."#, [(1, 1)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: spread of itself") func overlappingfieldscanbemergedruleSpreadOfItself() throws {
        try expectAllRulesErrors(#"""
        fragment F on Dog { name ...F }
        { dog { ...F } }
        """#, [
            (#"Cannot spread fragment "F" within itself."#, [(1, 26)]),
        ])
    }

    @Test("OverlappingFieldsCanBeMergedRule: repeated fragment spread") func overlappingfieldscanbemergedruleRepeatedFragmentSpread() throws {
        try expectAllRulesValid(#"""
        { dog { ...A ...A } }
        fragment A on Dog { name }
        """#)
    }

    @Test("OverlappingFieldsCanBeMergedRule: compares nested fragments once") func overlappingfieldscanbemergedruleComparesNestedFragmentsOnce() throws {
        try expectAllRulesErrors(#"""
        { dog { ...A ...B } }
        fragment A on Dog { ...C }
        fragment B on Dog { ...C x: name }
        fragment C on Dog { x: barks }
        """#, [
            (#"Fields "x" conflict because "barks" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(4, 21), (3, 26)]),
            (#"Fields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(3, 26), (4, 21)]),
        ])
    }

    @Test("UniqueInputFieldNamesRule: distinct and nested") func uniqueinputfieldnamesruleDistinctAndNested() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } }
        { dog { doesKnowCommand(dogCommand: SIT) } }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
            (#"This anonymous operation must be the only defined operation."#, [(2, 1)]),
        ])
    }

    @Test("UniqueInputFieldNamesRule: duplicate") func uniqueinputfieldnamesruleDuplicate() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }
        """#, [
            (#"There can be only one input field named "requiredField"."#, [(1, 51), (1, 72)]),
        ])
    }

    @Test("UniqueInputFieldNamesRule: many duplicates") func uniqueinputfieldnamesruleManyDuplicates() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2, intField: 3 }) } }
        """#, [
            (#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, [(1, 49)]),
            (#"There can be only one input field named "intField"."#, [(1, 51), (1, 64)]),
            (#"There can be only one input field named "intField"."#, [(1, 51), (1, 77)]),
        ])
    }

    @Test("UniqueInputFieldNamesRule: nested duplicate") func uniqueinputfieldnamesruleNestedDuplicate() throws {
        try expectAllRulesErrors(#"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [], x: { a: 1, a: 2 } }) } }
        """#, [
            (#"Field "x" is not defined by type "ComplexInput"."#, [(1, 93)]),
            (#"There can be only one input field named "a"."#, [(1, 98), (1, 104)]),
        ])
    }

    @Test("MaxIntrospectionDepthRule: normal introspection") func maxintrospectiondepthruleNormalIntrospection() throws {
        try expectAllRulesValid(#"""
        { __schema { types { fields { type { name } } } } }
        """#)
    }

    @Test("MaxIntrospectionDepthRule: too deep") func maxintrospectiondepthruleTooDeep() throws {
        try expectAllRulesErrors(#"""
        {
          __schema {
            types { fields { type { fields { type { fields { name } } } } } }
          }
        }
        """#, [
            (#"Maximum introspection depth exceeded"#, [(2, 3)]),
        ])
    }

    @Test("MaxIntrospectionDepthRule: too deep through fragments") func maxintrospectiondepthruleTooDeepThroughFragments() throws {
        try expectAllRulesErrors(#"""
        {
          __type(name: "Dog") { ...A }
        }
        fragment A on __Type { interfaces { ...B } }
        fragment B on __Type { possibleTypes { inputFields { name } } }
        """#, [
            (#"Maximum introspection depth exceeded"#, [(2, 3)]),
        ])
    }

    @Test("spec example: fields on correct type") func specExampleFieldsOnCorrectType() throws {
        try expectAllRulesErrors(#"""
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        { dog { ...fieldNotDefined ...aliasedLyingFieldTargetNotDefined } }
        """#, [
            (#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, [(2, 3)]),
            (#"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"?"#, [(6, 3)]),
        ])
    }

    @Test("many problems at once") func manyProblemsAtOnce() throws {
        try expectAllRulesErrors(#"""
        query Q($a: Int, $a: String, $unused: Dog) {
          dog(x: 1) @skip(if: $b) @skip(if: true) {
            name { first }
            barkVolume: name
            ...Missing
            ... on Cat { meows }
          }
          human { pets }
          catOrDog { name }
        }
        fragment Orphan on Dog { ...Orphan }
        """#, [
            (#"There can be only one variable named "$a"."#, [(1, 10), (1, 19)]),
            (#"Variable "$unused" cannot be non-input type "Dog"."#, [(1, 39)]),
            (#"The directive "@skip" can only be used once at this location."#, [(2, 13), (2, 27)]),
            (#"Unknown argument "x" on field "Query.dog"."#, [(2, 7)]),
            (#"Field "name" must not have a selection since type "String" has no subfields."#, [(3, 10)]),
            (#"Unknown fragment "Missing"."#, [(5, 8)]),
            (#"Fragment cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(6, 5)]),
            (#"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"?"#, [(8, 11)]),
            (#"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Being", "Pet", "Canine", "Cat", or "Dog"?"#, [(9, 14)]),
            (#"Variable "$b" is not defined by operation "Q"."#, [(2, 23), (1, 1)]),
            (#"Variable "$a" is never used in operation "Q"."#, [(1, 9)]),
            (#"Variable "$a" is never used in operation "Q"."#, [(1, 18)]),
            (#"Variable "$unused" is never used in operation "Q"."#, [(1, 30)]),
            (#"Cannot spread fragment "Orphan" within itself."#, [(11, 26)]),
            (#"Fragment "Orphan" is never used."#, [(11, 1)]),
        ])
    }

    @Test("unknown everything") func unknownEverything() throws {
        try expectAllRulesErrors(#"""
        query ($v: Unknown = 3) @what {
          nothing(at: all) { really }
          dog { doesKnowCommand(dogCommand: JUMP, dogCommand: SIT) }
        }
        """#, [
            (#"Unknown type "Unknown"."#, [(1, 12)]),
            (#"Unknown directive "@what"."#, [(1, 25)]),
            (#"Cannot query field "nothing" on type "Query"."#, [(2, 3)]),
            (#"There can be only one argument named "dogCommand"."#, [(3, 25), (3, 43)]),
            (#"Value "JUMP" does not exist in "DogCommand" enum."#, [(3, 37)]),
            (#"Variable "$v" is never used."#, [(1, 8)]),
        ])
    }

    @Test("values and variables") func valuesAndVariables() throws {
        try expectAllRulesErrors(#"""
        query V($c: ComplexInput = {intField: "x"}, $s: String) {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: $s, requiredField: true, stringListField: [1]})
            oneOfArgField(oneOfArg: {stringField: $s})
            multipleReqs(req1: $c)
          }
        }
        """#, [
            (#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, [(1, 28)]),
            (#"Int cannot represent non-integer value: "x""#, [(1, 39)]),
            (#"There can be only one input field named "requiredField"."#, [(3, 34), (3, 53)]),
            (#"String cannot represent a non string value: 1"#, [(3, 92)]),
            (#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(4, 29)]),
            (#"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided."#, [(5, 5)]),
            (#"Variable "$s" of type "String" used in position expecting type "Boolean!"."#, [(1, 45), (3, 49)]),
            (#"Variable "$c" of type "ComplexInput" used in position expecting type "Int!"."#, [(1, 9), (5, 24)]),
        ])
    }

    @Test("overlap with unknown types and fragments") func overlapWithUnknownTypesAndFragments() throws {
        try expectAllRulesErrors(#"""
        {
          dog { ...A x: name }
          pet { ... on Dog { x: barks } ... on Unknown { x: y } }
        }
        fragment A on Dog { x: nickname ...A }
        """#, [
            (#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 14), (5, 21)]),
            (#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 14), (5, 21)]),
            (#"Fields "x" conflict because "barks" and "y" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(3, 22), (3, 50)]),
            (#"Unknown type "Unknown"."#, [(3, 40)]),
            (#"Cannot spread fragment "A" within itself."#, [(5, 33)]),
        ])
    }

    @Test("type system definitions in request") func typeSystemDefinitionsInRequest() throws {
        try expectAllRulesErrors(#"""
        { dog { name } }
        type Query @onField { x(a: Int @deprecated(reason: 1)): Strng @skip(if: true) }
        directive @custom(arg: Int!) repeatable on FIELD
        extend type Dog @custom @custom
        """#, [
            (#"The "Query" definition is not executable."#, [(2, 1)]),
            (#"The "custom" definition is not executable."#, [(3, 1)]),
            (#"The "Dog" definition is not executable."#, [(4, 1)]),
            (#"Directive "@onField" may not be used on OBJECT."#, [(2, 12)]),
            (#"String cannot represent a non string value: 1"#, [(2, 52)]),
            (#"Unknown type "Strng". Did you mean "String" or "Being"?"#, [(2, 57)]),
            (#"Directive "@skip" may not be used on FIELD_DEFINITION."#, [(2, 63)]),
            (#"Directive "@custom" may not be used on OBJECT."#, [(4, 17)]),
            (#"Directive "@custom" argument "arg" of type "Int!" is required, but it was not provided."#, [(4, 17)]),
            (#"Directive "@custom" may not be used on OBJECT."#, [(4, 25)]),
            (#"Directive "@custom" argument "arg" of type "Int!" is required, but it was not provided."#, [(4, 25)]),
        ])
    }

    @Test("introspection query") func introspectionQuery() throws {
        try expectAllRulesValid(#"""
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              locations
              args { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """#)
    }
}
