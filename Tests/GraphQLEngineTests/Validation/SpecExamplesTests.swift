import Testing
@testable import GraphQLEngine

/// Every executable example and counter-example of spec §5 (September 2025), validated with
/// all specified rules against the spec's example schema (plus the additions its text makes).
@Suite struct SpecExamplesTests {
    static let schemaSDL = #"""
    type Query {
      dog: Dog
      findDog(searchBy: FindDogInput): Dog
    }

    type Mutation {
      addPet(pet: PetInput!): Pet
      addPets(pets: [PetInput!]!): [Pet]
    }

    enum DogCommand {
      SIT
      DOWN
      HEEL
    }

    type Dog implements Pet {
      name: String!
      nickname: String
      barkVolume: Int
      doesKnowCommand(dogCommand: DogCommand!): Boolean!
      isHouseTrained(atOtherHomes: Boolean): Boolean!
      owner: Human
    }

    interface Sentient {
      name: String!
    }

    interface Pet {
      name: String!
    }

    type Alien implements Sentient {
      name: String!
      homePlanet: String
    }

    type Human implements Sentient {
      name: String!
      pets: [Pet!]
    }

    enum CatCommand {
      JUMP
    }

    type Cat implements Pet {
      name: String!
      nickname: String
      doesKnowCommand(catCommand: CatCommand!): Boolean!
      meowVolume: Int
    }

    union CatOrDog = Cat | Dog
    union DogOrHuman = Dog | Human
    union HumanOrAlien = Human | Alien

    input FindDogInput {
      name: String
      owner: String
    }

    input CatInput {
      name: String!
      nickname: String
      meowVolume: Int
    }

    input DogInput {
      name: String!
      nickname: String
      barkVolume: Int
    }

    input PetInput @oneOf {
      cat: CatInput
      dog: DogInput
    }

    extend type Query {
      human: Human
      pet: Pet
      catOrDog: CatOrDog
      arguments: Arguments
      booleanList(booleanListArg: [Boolean!]): Boolean
    }

    type Arguments {
      multipleRequirements(x: Int!, y: Int!): Int!
      booleanArgField(booleanArg: Boolean): Boolean
      floatArgField(floatArg: Float): Float
      intArgField(intArg: Int): Int
      nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
      booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
      optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
      nonNullBooleanListField(nonNullBooleanListArg: [Boolean]!): Boolean
    }

    type Message {
      body: String
      sender: String
    }

    type Subscription {
      newMessage: Message
      disallowedSecondRootField: Boolean
    }
    """#

    static let schema: GraphQLSchema = {
        do {
            return try buildSchema(schemaSDL)
        } catch {
            preconditionFailure("spec example schema does not build: \(error)")
        }
    }()

    func expectSpecExampleErrors(
        _ document: String,
        _ expected: [(String, [(Int, Int)])],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        expectSame(try validationErrors(document, schema: Self.schema), expected, sourceLocation: sourceLocation)
    }

    @Test("counter-example 1: query getDogName {") func example1() throws {
        try expectSpecExampleErrors(#"""
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """#, [
            (#"The "Dog" definition is not executable."#, [(8, 1)]),
            (#"Cannot query field "color" on type "Dog"."#, [(4, 5)]),
        ])
    }

    @Test("example 2: query helloQuery {") func example2() throws {
        try expectSpecExampleErrors(#"""
        query helloQuery {
          hello
        }
        """#, [
            (#"Cannot query field "hello" on type "Query"."#, [(2, 3)]),
        ])
    }

    @Test("counter-example 3: mutation goodbyeMutation {") func example3() throws {
        try expectSpecExampleErrors(#"""
        mutation goodbyeMutation {
          goodbye
        }
        """#, [
            (#"Cannot query field "goodbye" on type "Mutation"."#, [(2, 3)]),
        ])
    }

    @Test("example 4: query getDogName {") func example4() throws {
        try expectSpecExampleErrors(#"""
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """#, [])
    }

    @Test("counter-example 5: query getName {") func example5() throws {
        try expectSpecExampleErrors(#"""
        query getName {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """#, [
            (#"There can be only one operation named "getName"."#, [(1, 7), (7, 7)]),
        ])
    }

    @Test("counter-example 6: query dogOperation {") func example6() throws {
        try expectSpecExampleErrors(#"""
        query dogOperation {
          dog {
            name
          }
        }

        mutation dogOperation {
          mutateDog {
            id
          }
        }
        """#, [
            (#"There can be only one operation named "dogOperation"."#, [(1, 7), (7, 10)]),
            (#"Cannot query field "mutateDog" on type "Mutation"."#, [(8, 3)]),
        ])
    }

    @Test("example 7: {") func example7() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            name
          }
        }
        """#, [])
    }

    @Test("counter-example 8: {") func example8() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """#, [
            (#"This anonymous operation must be the only defined operation."#, [(1, 1)]),
        ])
    }

    @Test("example 9: subscription sub {") func example9() throws {
        try expectSpecExampleErrors(#"""
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """#, [])
    }

    @Test("example 10: subscription sub {") func example10() throws {
        try expectSpecExampleErrors(#"""
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """#, [])
    }

    @Test("counter-example 11: subscription sub {") func example11() throws {
        try expectSpecExampleErrors(#"""
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """#, [
            (#"Subscription "sub" must select only one top level field."#, [(6, 3)]),
        ])
    }

    @Test("counter-example 12: subscription sub {") func example12() throws {
        try expectSpecExampleErrors(#"""
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """#, [
            (#"Subscription "sub" must select only one top level field."#, [(10, 3)]),
        ])
    }

    @Test("counter-example 13: subscription requiredRuntimeValidation($bool: Boolean!) {") func example13() throws {
        try expectSpecExampleErrors(#"""
        subscription requiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
            sender
          }
          disallowedSecondRootField @skip(if: $bool)
        }
        """#, [
            // graphql-core 3.2 cannot check this one (it evaluates the directives); the
            // spec (CollectSubscriptionFields) forbids them, worded as graphql-js v17.
            (#"Subscription "requiredRuntimeValidation" must not use `@skip` or `@include` directives in the top level selection."#, [(2, 14), (6, 29)]),
        ])
    }

    @Test("counter-example 14: subscription sub {") func example14() throws {
        try expectSpecExampleErrors(#"""
        subscription sub {
          __typename
        }
        """#, [
            (#"Subscription "sub" must not select an introspection top level field."#, [(2, 3)]),
        ])
    }

    @Test("counter-example 15: fragment fieldNotDefined on Dog {") func example15() throws {
        try expectSpecExampleErrors(#"""
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """#, [
            (#"Cannot query field "meowVolume" on type "Dog". Did you mean "barkVolume"?"#, [(2, 3)]),
            (#"Cannot query field "kawVolume" on type "Dog". Did you mean "barkVolume"?"#, [(6, 3)]),
            (#"Fragment "fieldNotDefined" is never used."#, [(1, 1)]),
            (#"Fragment "aliasedLyingFieldTargetNotDefined" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 16: fragment interfaceFieldSelection on Pet {") func example16() throws {
        try expectSpecExampleErrors(#"""
        fragment interfaceFieldSelection on Pet {
          name
        }
        """#, [
            (#"Fragment "interfaceFieldSelection" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 17: fragment definedOnImplementersButNotInterface on Pet {") func example17() throws {
        try expectSpecExampleErrors(#"""
        fragment definedOnImplementersButNotInterface on Pet {
          nickname
        }
        """#, [
            (#"Cannot query field "nickname" on type "Pet". Did you mean to use an inline fragment on "Cat" or "Dog"?"#, [(2, 3)]),
            (#"Fragment "definedOnImplementersButNotInterface" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 18: fragment inDirectFieldSelectionOnUnion on CatOrDog {") func example18() throws {
        try expectSpecExampleErrors(#"""
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """#, [
            (#"Fragment "inDirectFieldSelectionOnUnion" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 19: fragment directFieldSelectionOnUnion on CatOrDog {") func example19() throws {
        try expectSpecExampleErrors(#"""
        fragment directFieldSelectionOnUnion on CatOrDog {
          name
          barkVolume
        }
        """#, [
            (#"Cannot query field "name" on type "CatOrDog". Did you mean to use an inline fragment on "Pet", "Cat", or "Dog"?"#, [(2, 3)]),
            (#"Cannot query field "barkVolume" on type "CatOrDog". Did you mean to use an inline fragment on "Dog"?"#, [(3, 3)]),
            (#"Fragment "directFieldSelectionOnUnion" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 20: fragment mergeIdenticalFields on Dog {") func example20() throws {
        try expectSpecExampleErrors(#"""
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """#, [
            (#"Fragment "mergeIdenticalFields" is never used."#, [(1, 1)]),
            (#"Fragment "mergeIdenticalAliasesAndFields" is never used."#, [(6, 1)]),
        ])
    }

    @Test("counter-example 21: fragment conflictingBecauseAlias on Dog {") func example21() throws {
        try expectSpecExampleErrors(#"""
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """#, [
            (#"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fragment "conflictingBecauseAlias" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 22: fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {") func example22() throws {
        try expectSpecExampleErrors(#"""
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """#, [
            (#"Fragment "mergeIdenticalFieldsWithIdenticalArgs" is never used."#, [(1, 1)]),
            (#"Fragment "mergeIdenticalFieldsWithIdenticalValues" is never used."#, [(6, 1)]),
        ])
    }

    @Test("counter-example 23: fragment conflictingArgsOnValues on Dog {") func example23() throws {
        try expectSpecExampleErrors(#"""
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(7, 3), (8, 3)]),
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(12, 3), (13, 3)]),
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(17, 3), (18, 3)]),
            (#"Field "doesKnowCommand" argument "dogCommand" of type "DogCommand!" is required, but it was not provided."#, [(18, 3)]),
            (#"Fragment "conflictingArgsOnValues" is never used."#, [(1, 1)]),
            (#"Fragment "conflictingArgsValueAndVar" is never used."#, [(6, 1)]),
            (#"Fragment "conflictingArgsWithVars" is never used."#, [(11, 1)]),
            (#"Fragment "differingArgs" is never used."#, [(16, 1)]),
        ])
    }

    @Test("example 24: fragment safeDifferingFields on Pet {") func example24() throws {
        try expectSpecExampleErrors(#"""
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """#, [
            (#"Fragment "safeDifferingFields" is never used."#, [(1, 1)]),
            (#"Fragment "safeDifferingArgs" is never used."#, [(10, 1)]),
        ])
    }

    @Test("counter-example 25: fragment conflictingDifferingResponses on Pet {") func example25() throws {
        try expectSpecExampleErrors(#"""
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """#, [
            (#"Fields "someValue" conflict because they return conflicting types "String" and "Int". Use different aliases on the fields to fetch both if this was intentional."#, [(3, 5), (6, 5)]),
            (#"Fragment "conflictingDifferingResponses" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 26: fragment scalarSelection on Dog {") func example26() throws {
        try expectSpecExampleErrors(#"""
        fragment scalarSelection on Dog {
          barkVolume
        }
        """#, [
            (#"Fragment "scalarSelection" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 27: fragment scalarSelectionsNotAllowedOnInt on Dog {") func example27() throws {
        try expectSpecExampleErrors(#"""
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """#, [
            (#"Field "barkVolume" must not have a selection since type "Int" has no subfields."#, [(2, 14)]),
            (#"Fragment "scalarSelectionsNotAllowedOnInt" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 28: query directQueryOnObjectWithoutSubFields {") func example28() throws {
        try expectSpecExampleErrors(#"""
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }
        """#, [
            (#"Field "human" of type "Human" must have a selection of subfields. Did you mean "human { ... }"?"#, [(2, 3)]),
            (#"Field "pet" of type "Pet" must have a selection of subfields. Did you mean "pet { ... }"?"#, [(6, 3)]),
            (#"Field "catOrDog" of type "CatOrDog" must have a selection of subfields. Did you mean "catOrDog { ... }"?"#, [(10, 3)]),
        ])
    }

    @Test("example 29: query directQueryOnObjectWithSubFields {") func example29() throws {
        try expectSpecExampleErrors(#"""
        query directQueryOnObjectWithSubFields {
          human {
            name
          }
        }
        """#, [])
    }

    @Test("example 30: fragment argOnRequiredArg on Dog {") func example30() throws {
        try expectSpecExampleErrors(#"""
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """#, [
            (#"Fragment "argOnRequiredArg" is never used."#, [(1, 1)]),
            (#"Fragment "argOnOptional" is never used."#, [(5, 1)]),
        ])
    }

    @Test("counter-example 31: fragment invalidArgName on Dog {") func example31() throws {
        try expectSpecExampleErrors(#"""
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """#, [
            (#"Unknown argument "command" on field "Dog.doesKnowCommand". Did you mean "dogCommand"?"#, [(2, 19)]),
            (#"Field "doesKnowCommand" argument "dogCommand" of type "DogCommand!" is required, but it was not provided."#, [(2, 3)]),
            (#"Fragment "invalidArgName" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 32: fragment invalidArgName on Dog {") func example32() throws {
        try expectSpecExampleErrors(#"""
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """#, [
            (#"Unknown argument "unless" on directive "@include"."#, [(2, 47)]),
            (#"Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided."#, [(2, 38)]),
            (#"Fragment "invalidArgName" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 33: fragment multipleArgs on Arguments {") func example33() throws {
        try expectSpecExampleErrors(#"""
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """#, [
            (#"Fragment "multipleArgs" is never used."#, [(1, 1)]),
            (#"Fragment "multipleArgsReverseOrder" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 34: fragment goodBooleanArg on Arguments {") func example34() throws {
        try expectSpecExampleErrors(#"""
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }
        """#, [
            (#"Fragment "goodBooleanArg" is never used."#, [(1, 1)]),
            (#"Fragment "goodNonNullArg" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 35: fragment goodBooleanArgDefault on Arguments {") func example35() throws {
        try expectSpecExampleErrors(#"""
        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }
        """#, [
            (#"Fragment "goodBooleanArgDefault" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 36: fragment missingRequiredArg on Arguments {") func example36() throws {
        try expectSpecExampleErrors(#"""
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """#, [
            (#"Field "nonNullBooleanArgField" argument "nonNullBooleanArg" of type "Boolean!" is required, but it was not provided."#, [(2, 3)]),
            (#"Fragment "missingRequiredArg" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 37: fragment missingRequiredArg on Arguments {") func example37() throws {
        try expectSpecExampleErrors(#"""
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """#, [
            (#"Expected value of type "Boolean!", found null."#, [(2, 45)]),
            (#"Fragment "missingRequiredArg" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 38: {") func example38() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """#, [])
    }

    @Test("counter-example 39: {") func example39() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """#, [
            (#"There can be only one fragment named "fragmentOne"."#, [(7, 10), (11, 10)]),
        ])
    }

    @Test("example 40: fragment correctType on Dog {") func example40() throws {
        try expectSpecExampleErrors(#"""
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """#, [
            (#"Fragment "correctType" is never used."#, [(1, 1)]),
            (#"Fragment "inlineFragment" is never used."#, [(5, 1)]),
            (#"Fragment "inlineFragment2" is never used."#, [(11, 1)]),
        ])
    }

    @Test("counter-example 41: fragment notOnExistingType on NotInSchema {") func example41() throws {
        try expectSpecExampleErrors(#"""
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """#, [
            (#"Unknown type "NotInSchema". Did you mean "__Schema"?"#, [(1, 31)]),
            (#"Unknown type "NotInSchema". Did you mean "__Schema"?"#, [(6, 10)]),
            (#"Fragment "notOnExistingType" is never used."#, [(1, 1)]),
            (#"Fragment "inlineNotExistingType" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 42: fragment fragOnObject on Dog {") func example42() throws {
        try expectSpecExampleErrors(#"""
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }
        """#, [
            (#"Fragment "fragOnObject" is never used."#, [(1, 1)]),
            (#"Fragment "fragOnInterface" is never used."#, [(5, 1)]),
            (#"Fragment "fragOnUnion" is never used."#, [(9, 1)]),
        ])
    }

    @Test("counter-example 43: fragment fragOnScalar on Int {") func example43() throws {
        try expectSpecExampleErrors(#"""
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """#, [
            (#"Fragment "fragOnScalar" cannot condition on non composite type "Int"."#, [(1, 26)]),
            (#"Fragment cannot condition on non composite type "Boolean"."#, [(6, 10)]),
            (#"Fragment "fragOnScalar" is never used."#, [(1, 1)]),
            (#"Fragment "inlineFragOnScalar" is never used."#, [(5, 1)]),
        ])
    }

    @Test("counter-example 44: fragment nameFragment on Dog { # unused") func example44() throws {
        try expectSpecExampleErrors(#"""
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """#, [
            (#"Fragment "nameFragment" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 45: {") func example45() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            ...undefinedFragment
          }
        }
        """#, [
            (#"Unknown fragment "undefinedFragment"."#, [(3, 8)]),
        ])
    }

    @Test("counter-example 46: {") func example46() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """#, [
            (#"Cannot spread fragment "nameFragment" within itself via "barkVolumeFragment"."#, [(9, 3), (14, 3)]),
        ])
    }

    @Test("example 47: {") func example47() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            name
            barkVolume
            name
            barkVolume
            name
            barkVolume
            name
            # forever...
          }
        }
        """#, [])
    }

    @Test("counter-example 48: {") func example48() throws {
        try expectSpecExampleErrors(#"""
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """#, [
            (#"Cannot spread fragment "dogFragment" within itself via "ownerFragment"."#, [(10, 5), (17, 5)]),
        ])
    }

    @Test("example 49: fragment dogFragment on Dog {") func example49() throws {
        try expectSpecExampleErrors(#"""
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }
        """#, [
            (#"Fragment "dogFragment" is never used."#, [(1, 1)]),
        ])
    }

    @Test("counter-example 50: fragment catInDogFragmentInvalid on Dog {") func example50() throws {
        try expectSpecExampleErrors(#"""
        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """#, [
            (#"Fragment cannot be spread here as objects of type "Dog" can never be of type "Cat"."#, [(2, 3)]),
            (#"Fragment "catInDogFragmentInvalid" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 51: fragment petNameFragment on Pet {") func example51() throws {
        try expectSpecExampleErrors(#"""
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }
        """#, [
            (#"Fragment "petNameFragment" is never used."#, [(1, 1)]),
            (#"Fragment "interfaceWithinObjectFragment" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 52: fragment catOrDogNameFragment on CatOrDog {") func example52() throws {
        try expectSpecExampleErrors(#"""
        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """#, [
            (#"Fragment "catOrDogNameFragment" is never used."#, [(1, 1)]),
            (#"Fragment "unionWithObjectFragment" is never used."#, [(7, 1)]),
        ])
    }

    @Test("example 53: fragment petFragment on Pet {") func example53() throws {
        try expectSpecExampleErrors(#"""
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }
        """#, [
            (#"Fragment "petFragment" is never used."#, [(1, 1)]),
            (#"Fragment "catOrDogFragment" is never used."#, [(8, 1)]),
        ])
    }

    @Test("counter-example 54: fragment sentientFragment on Sentient {") func example54() throws {
        try expectSpecExampleErrors(#"""
        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """#, [
            (#"Fragment cannot be spread here as objects of type "Sentient" can never be of type "Dog"."#, [(2, 3)]),
            (#"Fragment cannot be spread here as objects of type "HumanOrAlien" can never be of type "Cat"."#, [(8, 3)]),
            (#"Fragment "sentientFragment" is never used."#, [(1, 1)]),
            (#"Fragment "humanOrAlienFragment" is never used."#, [(7, 1)]),
        ])
    }

    @Test("example 55: fragment unionWithInterface on Pet {") func example55() throws {
        try expectSpecExampleErrors(#"""
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }
        """#, [
            (#"Fragment "unionWithInterface" is never used."#, [(1, 1)]),
            (#"Fragment "dogOrHumanFragment" is never used."#, [(5, 1)]),
        ])
    }

    @Test("counter-example 56: fragment nonIntersectingInterfaces on Pet {") func example56() throws {
        try expectSpecExampleErrors(#"""
        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """#, [
            (#"Fragment "sentientFragment" cannot be spread here as objects of type "Pet" can never be of type "Sentient"."#, [(2, 3)]),
            (#"Fragment "nonIntersectingInterfaces" is never used."#, [(1, 1)]),
            (#"Fragment "sentientFragment" is never used."#, [(5, 1)]),
        ])
    }

    @Test("example 57: fragment goodBooleanArg on Arguments {") func example57() throws {
        try expectSpecExampleErrors(#"""
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          # Note: The input coercion rules for Float allow Int literals.
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
          addPet(pet: $pet) {
            name
          }
        }
        """#, [
            (#"Fragment "goodBooleanArg" is never used."#, [(1, 1)]),
            (#"Fragment "coercedIntIntoFloatArg" is never used."#, [(5, 1)]),
        ])
    }

    @Test("counter-example 58: fragment stringIntoInt on Arguments {") func example58() throws {
        try expectSpecExampleErrors(#"""
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }

        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }

        mutation oneOfWithNoFields {
          addPet(pet: {}) {
            name
          }
        }

        mutation oneOfWithTwoFields($dog: DogInput) {
          addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
            name
          }
        }

        mutation listOfOneOfWithNullableVariable($dog: DogInput) {
          addPets(pets: [{ dog: $dog }]) {
            name
          }
        }
        """#, [
            (#"Int cannot represent non-integer value: "123""#, [(2, 23)]),
            (#"String cannot represent a non string value: 123"#, [(6, 29)]),
            (#"OneOf Input Object "PetInput" must specify exactly one key."#, [(12, 15)]),
            (#"OneOf Input Object "PetInput" must specify exactly one key."#, [(18, 15)]),
            (#"Variable "dog" must be non-nullable to be used for OneOf Input Object "PetInput"."#, [(24, 18)]),
            (#"Fragment "stringIntoInt" is never used."#, [(1, 1)]),
        ])
    }

    @Test("example 59: {") func example59() throws {
        try expectSpecExampleErrors(#"""
        {
          findDog(searchBy: { name: "Fido" }) {
            name
          }
        }
        """#, [])
    }

    @Test("counter-example 60: {") func example60() throws {
        try expectSpecExampleErrors(#"""
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """#, [
            (#"Field "favoriteCookieFlavor" is not defined by type "FindDogInput"."#, [(2, 23)]),
        ])
    }

    @Test("counter-example 61: {") func example61() throws {
        try expectSpecExampleErrors(#"""
        {
          field(arg: { field: true, field: false })
        }
        """#, [
            (#"Cannot query field "field" on type "Query"."#, [(2, 3)]),
            (#"There can be only one input field named "field"."#, [(2, 16), (2, 29)]),
        ])
    }

    @Test("counter-example 62: query @skip(if: $foo) {") func example62() throws {
        try expectSpecExampleErrors(#"""
        query @skip(if: $foo) {
          field
        }
        """#, [
            (#"Directive "@skip" may not be used on QUERY."#, [(1, 7)]),
            (#"Cannot query field "field" on type "Query"."#, [(2, 3)]),
            (#"Variable "$foo" is not defined."#, [(1, 17), (1, 1)]),
        ])
    }

    @Test("counter-example 63: query ($foo: Boolean = true, $bar: Boolean = false) {") func example63() throws {
        try expectSpecExampleErrors(#"""
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """#, [
            (#"Cannot query field "field" on type "Query"."#, [(2, 3)]),
            (#"The directive "@skip" can only be used once at this location."#, [(2, 9), (2, 25)]),
        ])
    }

    @Test("example 64: query ($foo: Boolean = true, $bar: Boolean = false) {") func example64() throws {
        try expectSpecExampleErrors(#"""
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """#, [
            (#"Cannot query field "field" on type "Query"."#, [(2, 3)]),
            (#"Cannot query field "field" on type "Query"."#, [(5, 3)]),
        ])
    }

    @Test("counter-example 65: query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {") func example65() throws {
        try expectSpecExampleErrors(#"""
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """#, [
            (#"There can be only one variable named "$atOtherHomes"."#, [(1, 26), (1, 50)]),
        ])
    }

    @Test("example 66: query A($atOtherHomes: Boolean) {") func example66() throws {
        try expectSpecExampleErrors(#"""
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """#, [])
    }

    @Test("example 67: query takesBoolean($atOtherHomes: Boolean) {") func example67() throws {
        try expectSpecExampleErrors(#"""
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($search: FindDogInput) {
          findDog(searchBy: $search) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }
        """#, [])
    }

    @Test("example 68: query variableIsDefined($atOtherHomes: Boolean) {") func example68() throws {
        try expectSpecExampleErrors(#"""
        query variableIsDefined($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """#, [])
    }

    @Test("counter-example 69: query variableIsNotDefined {") func example69() throws {
        try expectSpecExampleErrors(#"""
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """#, [
            (#"Variable "$atOtherHomes" is not defined by operation "variableIsNotDefined"."#, [(3, 34), (1, 1)]),
        ])
    }

    @Test("example 70: query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {") func example70() throws {
        try expectSpecExampleErrors(#"""
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [])
    }

    @Test("counter-example 71: query variableIsNotDefinedUsedInSingleFragment {") func example71() throws {
        try expectSpecExampleErrors(#"""
        query variableIsNotDefinedUsedInSingleFragment {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [
            (#"Variable "$atOtherHomes" is not defined by operation "variableIsNotDefinedUsedInSingleFragment"."#, [(8, 32), (1, 1)]),
        ])
    }

    @Test("counter-example 72: query variableIsNotDefinedUsedInNestedFragment {") func example72() throws {
        try expectSpecExampleErrors(#"""
        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [
            (#"Variable "$atOtherHomes" is not defined by operation "variableIsNotDefinedUsedInNestedFragment"."#, [(12, 32), (1, 1)]),
        ])
    }

    @Test("example 73: query houseTrainedQueryOne($atOtherHomes: Boolean) {") func example73() throws {
        try expectSpecExampleErrors(#"""
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwo($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [])
    }

    @Test("counter-example 74: query houseTrainedQueryOne($atOtherHomes: Boolean) {") func example74() throws {
        try expectSpecExampleErrors(#"""
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [
            (#"Variable "$atOtherHomes" is not defined by operation "houseTrainedQueryTwoNotDefined"."#, [(14, 32), (7, 1)]),
        ])
    }

    @Test("counter-example 75: query variableUnused($atOtherHomes: Boolean) {") func example75() throws {
        try expectSpecExampleErrors(#"""
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """#, [
            (#"Variable "$atOtherHomes" is never used in operation "variableUnused"."#, [(1, 22)]),
        ])
    }

    @Test("example 76: query variableUsedInFragment($atOtherHomes: Boolean) {") func example76() throws {
        try expectSpecExampleErrors(#"""
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [])
    }

    @Test("counter-example 77: query variableNotUsedWithinFragment($atOtherHomes: Boolean) {") func example77() throws {
        try expectSpecExampleErrors(#"""
        query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedWithoutVariableFragment
          }
        }

        fragment isHouseTrainedWithoutVariableFragment on Dog {
          isHouseTrained
        }
        """#, [
            (#"Variable "$atOtherHomes" is never used in operation "variableNotUsedWithinFragment"."#, [(1, 37)]),
        ])
    }

    @Test("counter-example 78: query queryWithUsedVar($atOtherHomes: Boolean) {") func example78() throws {
        try expectSpecExampleErrors(#"""
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """#, [
            (#"Variable "$extra" is never used in operation "queryWithExtraVar"."#, [(7, 49)]),
        ])
    }

    @Test("counter-example 79: query intCannotGoIntoBoolean($intArg: Int) {") func example79() throws {
        try expectSpecExampleErrors(#"""
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """#, [
            (#"Variable "$intArg" of type "Int" used in position expecting type "Boolean"."#, [(1, 30), (3, 33)]),
        ])
    }

    @Test("counter-example 80: query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {") func example80() throws {
        try expectSpecExampleErrors(#"""
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """#, [
            (#"Variable "$booleanListArg" of type "[Boolean]" used in position expecting type "Boolean"."#, [(1, 38), (3, 33)]),
        ])
    }

    @Test("counter-example 81: query booleanArgQuery($booleanArg: Boolean) {") func example81() throws {
        try expectSpecExampleErrors(#"""
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """#, [
            (#"Variable "$booleanArg" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 23), (3, 47)]),
        ])
    }

    @Test("example 82: query nonNullListToList($nonNullBooleanList: [Boolean]!) {") func example82() throws {
        try expectSpecExampleErrors(#"""
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """#, [])
    }

    @Test("counter-example 83: query listToNonNullList($booleanList: [Boolean]) {") func example83() throws {
        try expectSpecExampleErrors(#"""
        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }
        """#, [
            (#"Variable "$booleanList" of type "[Boolean]" used in position expecting type "[Boolean]!"."#, [(1, 25), (3, 52)]),
        ])
    }

    @Test("example 84: mutation addCat($cat: CatInput!) {") func example84() throws {
        try expectSpecExampleErrors(#"""
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """#, [])
    }

    @Test("counter-example 85: mutation addNullableCat($cat: CatInput) {") func example85() throws {
        try expectSpecExampleErrors(#"""
        mutation addNullableCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """#, [
            (#"Variable "cat" must be non-nullable to be used for OneOf Input Object "PetInput"."#, [(2, 15)]),
        ])
    }

    @Test("example 86: query booleanArgQueryWithDefault($booleanArg: Boolean) {") func example86() throws {
        try expectSpecExampleErrors(#"""
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """#, [])
    }

    @Test("example 87: query booleanArgQueryWithDefault($booleanArg: Boolean = true) {") func example87() throws {
        try expectSpecExampleErrors(#"""
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """#, [])
    }
}
