import Testing
@testable import GraphQLEngine

// The shared harness of the validation tests: one schema in the spirit of graphql-js's
// validation test schema (pets, people and a type full of argument shapes), and helpers
// that run one rule on a document and compare messages and locations exactly.

/// The SDL of `validationTestSchema`.
let validationTestSDL = #"""
    interface Being {
      name(surname: Boolean): String
    }

    interface Mammal {
      mother: Mammal
      father: Mammal
    }

    interface Pet implements Being {
      name(surname: Boolean): String
    }

    interface Canine implements Mammal {
      name(surname: Boolean): String
      mother: Canine
      father: Canine
    }

    enum DogCommand { SIT HEEL DOWN }

    enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }

    type Dog implements Being & Pet & Mammal & Canine {
      name(surname: Boolean): String
      nickname: String
      barkVolume: Int
      barks: Boolean
      doesKnowCommand(dogCommand: DogCommand): Boolean
      isHouseTrained(atOtherHomes: Boolean = true): Boolean
      isAtLocation(x: Int, y: Int): Boolean
      mother: Dog
      father: Dog
    }

    type Cat implements Being & Pet {
      name(surname: Boolean): String
      nickname: String
      meows: Boolean
      meowVolume: Int
      furColor: FurColor
    }

    type Human implements Being {
      name(surname: Boolean): String
      pets: [Pet]
      relatives: [Human]!
      iq: Int
    }

    type Alien implements Being {
      name(surname: Boolean): String
      numEyes: Int
    }

    union CatOrDog = Cat | Dog
    union DogOrHuman = Dog | Human
    union HumanOrAlien = Human | Alien

    input ComplexInput {
      requiredField: Boolean!
      nonNullField: Boolean! = false
      intField: Int
      stringField: String
      booleanField: Boolean
      stringListField: [String]
    }

    input OneOfInput @oneOf {
      stringField: String
      intField: Int
    }

    type ComplicatedArgs {
      intArgField(intArg: Int): String
      nonNullIntArgField(nonNullIntArg: Int!): String
      stringArgField(stringArg: String): String
      booleanArgField(booleanArg: Boolean): String
      enumArgField(enumArg: FurColor): String
      floatArgField(floatArg: Float): String
      idArgField(idArg: ID): String
      stringListArgField(stringListArg: [String]): String
      stringListNonNullArgField(stringListNonNullArg: [String!]): String
      complexArgField(complexArg: ComplexInput): String
      oneOfArgField(oneOfArg: OneOfInput): String
      multipleReqs(req1: Int!, req2: Int!): String
      nonNullFieldWithDefault(arg: Int! = 0): String
      multipleOpts(opt1: Int = 0, opt2: Int = 0): String
      multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
    }

    type Query {
      human(id: ID): Human
      alien: Alien
      dog: Dog
      cat: Cat
      pet: Pet
      catOrDog: CatOrDog
      dogOrHuman: DogOrHuman
      humanOrAlien: HumanOrAlien
      complicatedArgs: ComplicatedArgs
    }

    type Message {
      body: String
      sender: String
    }

    type Subscription {
      newMessage: Message
      disallowedSecondRootField: Boolean
      importantEmails: [String]
    }

    directive @onQuery on QUERY
    directive @onMutation on MUTATION
    directive @onSubscription on SUBSCRIPTION
    directive @onField on FIELD
    directive @onFragmentDefinition on FRAGMENT_DEFINITION
    directive @onFragmentSpread on FRAGMENT_SPREAD
    directive @onInlineFragment on INLINE_FRAGMENT
    directive @onVariableDefinition on VARIABLE_DEFINITION
    directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
    directive @withArgs(required: Int!, optional: String = "x") on FIELD
    """#

/// The schema every rule test validates against.
let validationTestSchema: GraphQLSchema = {
    do {
        return try buildSchema(validationTestSDL)
    } catch {
        preconditionFailure("validation test schema does not build: \(error)")
    }
}()

/// Validates `document` with the given rules (all specified rules by default).
func validationErrors(
    _ document: String,
    rules: [any ValidationRule] = specifiedRules,
    schema: GraphQLSchema = validationTestSchema,
    maxErrors: Int = 100
) throws -> [GraphQLError] {
    let parsed = try parse(document)
    return validate(schema: schema, document: parsed, rules: rules, maxErrors: maxErrors)
}

/// Expects `rule` to find nothing wrong with `document`.
func expectValid(
    rule: any ValidationRule,
    _ document: String,
    schema: GraphQLSchema = validationTestSchema,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let errors = try validationErrors(document, rules: [rule], schema: schema)
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
}

/// Expects `rule` to report exactly `expected` for `document`: each error's message and
/// its (line, column) locations, in order.
func expectErrors(
    rule: any ValidationRule,
    document: String,
    _ expected: [(String, [(Int, Int)])],
    schema: GraphQLSchema = validationTestSchema,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let errors = try validationErrors(document, rules: [rule], schema: schema)
    expectSame(errors, expected, sourceLocation: sourceLocation)
}

/// Compares errors with expected (message, locations) pairs, reporting each difference.
func expectSame(
    _ errors: [GraphQLError],
    _ expected: [(String, [(Int, Int)])],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let actual = errors.map { error in
        ErrorShape(message: error.message, locations: error.locations.map { [$0.line, $0.column] })
    }
    let wanted = expected.map { message, locations in
        ErrorShape(message: message, locations: locations.map { [$0.0, $0.1] })
    }
    #expect(actual == wanted, sourceLocation: sourceLocation)
}

/// An error reduced to what the tests compare, printable in failure messages.
struct ErrorShape: Equatable, CustomStringConvertible {
    var message: String
    var locations: [[Int]]

    var description: String {
        message + " @ " + locations.map { "\($0[0]):\($0[1])" }.joined(separator: ", ")
    }
}

/// Expects no error from all specified rules.
func expectAllRulesValid(
    _ document: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let errors = try validationErrors(document)
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
}

/// Expects exactly `expected` from all specified rules, in order.
func expectAllRulesErrors(
    _ document: String,
    _ expected: [(String, [(Int, Int)])],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    expectSame(try validationErrors(document), expected, sourceLocation: sourceLocation)
}
