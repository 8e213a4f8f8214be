import Testing
@testable import GraphQLEngine

/// `validateSchema` rules (spec §3 "Type Validation"), worded as graphql-js words them.
@Suite struct ValidateSchemaTests {
    @Test func validSchemaHasNoErrors() throws {
        let schema = try buildSchema(RepresentativeSchema.sdl)
        #expect(validateSchema(schema).isEmpty)
    }

    @Test func requiresAQueryRootType() throws {
        #expect(try SchemaTesting.validationMessages("type Mutation { a: Int }") == ["Query root type must be provided."])
    }

    @Test func rootTypesMustDiffer() throws {
        #expect(try SchemaTesting.validationMessages("""
        schema { query: Q mutation: Q subscription: Q }
        type Q { a: Int }
        """) == ["All root types must be different, \"Q\" type is used as query, mutation, and subscription root types."])
        #expect(try SchemaTesting.validationMessages("""
        schema { query: Q mutation: Q }
        type Q { a: Int }
        """) == ["All root types must be different, \"Q\" type is used as query and mutation root types."])
    }

    @Test func reservedNames() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { __a: Int, b(__c: Int): Int }
        type __T { a: Int }
        enum E { __V }
        input I { __f: Int }
        directive @__d(__x: Int) on FIELD
        """).sorted() == [
            "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
        ])
    }

    @Test func typesMustHaveMembers() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { a: Int }
        type Empty
        interface I
        union U
        enum E
        input In
        """) == [
            "Type Empty must define one or more fields.",
            "Type I must define one or more fields.",
            "Union type U must define one or more member types.",
            "Enum type E must define one or more values.",
            "Input Object type In must define one or more fields.",
        ])
    }

    @Test func inputAndOutputPositions() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { a(x: Query): In, b: Int }
        input In { f: Query }
        directive @d(x: Query) on FIELD
        """) == [
            "The type of @d(x:) must be Input Type but got: Query.",
            "The type of Query.a must be Output Type but got: In.",
            "The type of Query.a(x:) must be Input Type but got: Query.",
            "The type of In.f must be Input Type but got: Query.",
        ])
    }

    @Test func requiredArgumentsAndFieldsCannotBeDeprecated() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated): Int }
        input In { f: Int! @deprecated, g: Int @deprecated }
        directive @d(x: Int! @deprecated) on FIELD
        """) == [
            "Required argument @d(x:) cannot be deprecated.",
            "Required argument Query.a(x:) cannot be deprecated.",
            "Required input field In.f cannot be deprecated.",
        ])
    }

    @Test func interfaceImplementation() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: I }
        interface I { a: Int, b(x: Int): String, c: [Int], d(x: Int): Int, e: Int }
        type T implements I {
          b(x: String): String
          c: [String]
          d(x: Int, y: Int!): Int
          e: Int @deprecated
        }
        """) == [
            "Interface field I.a expected but T does not provide it.",
            "Interface field argument I.b(x:) expects type Int but T.b(x:) is type String.",
            "Interface field I.c expects type [Int] but T.c is type [String].",
            "Object field T.d includes required argument y that is missing from the Interface field I.d.",
            "Interface field I.e is not deprecated, so T.e cannot be deprecated.",
        ])
    }

    @Test func covariantFieldTypesAreAccepted() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: Node }
        interface Node { self: Node, list: [Node], id: ID }
        type T implements Node { self: T!, list: [T!]!, id: ID!, extra(x: Int): Int }
        """).isEmpty)
    }

    @Test func missingArgumentOnImplementation() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: I }
        interface I { a(x: Int): Int }
        type T implements I { a: Int }
        """) == ["Interface field argument I.a(x:) expected but T.a does not provide it."])
    }

    @Test func transitiveAndCircularInterfaces() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: A }
        interface A { a: Int }
        interface B implements A { a: Int }
        type T implements B { a: Int }
        """) == ["Type T must implement A because it is implemented by B."])
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: A }
        interface A implements A { a: Int }
        """) == ["Type A cannot implement itself because it would create a circular reference."])
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: A }
        interface A implements B { a: Int }
        interface B implements A { a: Int }
        """) == [
            "Type A cannot implement B because it would create a circular reference.",
            "Type B cannot implement A because it would create a circular reference.",
        ])
        #expect(try SchemaTesting.validationMessages("""
        type Query { n: A }
        interface A { a: Int }
        type T implements A & A { a: Int }
        """) == ["Type T can only implement A once."])
    }

    @Test func unionMembersAreUnique() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { u: U }
        union U = Query | Query
        """) == ["Union type U can only include type Query once."])
    }

    @Test func oneOfFieldsMustBeNullableWithoutDefaults() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { f(x: In): Int }
        input In @oneOf { a: Int!, b: Int = 1, c: String }
        """) == [
            "OneOf input field In.a must be nullable.",
            "OneOf input field In.b cannot have a default value.",
        ])
    }

    @Test func nonNullInputCycles() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { f(x: A): Int }
        input A { b: B!, self: A }
        input B { a: A!, list: [B!]! }
        """) == [
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
        ])
        #expect(try SchemaTesting.validationMessages("""
        type Query { f(x: A): Int }
        input A { self: A! }
        """) == [
            "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".",
        ])
    }

    @Test func defaultValueCycles() throws {
        let messages = try SchemaTesting.validationMessages("""
        type Query { f(x: A): Int }
        input A { b: B = {} }
        input B { a: A = {} }
        """)
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { $0.hasPrefix("Invalid circular reference. The default value of Input Object field") })
        #expect(try SchemaTesting.validationMessages("""
        type Query { f(x: A): Int }
        input A { b: B = {a: null} }
        input B { a: A = {} }
        """).isEmpty)
    }

    @Test func errorsCarrySDLLocations() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        type Empty
        """, options: SchemaBuildOptions(validate: false))
        let errors = validateSchema(schema)
        #expect(errors.first?.locations == [SourceLocation(line: 2, column: 1)])
    }
}

@Suite struct ValidateSchemaDirectiveTests {
    @Test func directivesMustNotReferenceThemselves() throws {
        #expect(try SchemaTesting.validationMessages("""
        type Query { a: Int }
        directive @direct(x: Int @direct) on ARGUMENT_DEFINITION
        """) == ["Directive \"@direct\" must not reference itself, directly or through the types and directives its arguments use."])
        #expect(try SchemaTesting.validationMessages("""
        type Query { a: Int }
        directive @viaType(x: In) on INPUT_FIELD_DEFINITION
        input In { f: Int @viaType }
        """) == ["Directive \"@viaType\" must not reference itself, directly or through the types and directives its arguments use."])
        let messages = try SchemaTesting.validationMessages("""
        type Query { a: Int }
        directive @a(x: Int @b) on ARGUMENT_DEFINITION
        directive @b(y: Int @a) on ARGUMENT_DEFINITION
        """)
        #expect(messages.count == 2)
        #expect(try SchemaTesting.validationMessages("""
        type Query { a: Int }
        directive @fine(x: In) on FIELD
        input In { f: Int @deprecated }
        """).isEmpty)
    }

    @Test func oneOfCannotBeAddedByAnExtension() {
        #expect(SchemaTesting.buildErrors("""
        type Query { f(i: I): Int }
        input I { a: Int }
        extend input I @oneOf
        """) == ["The @oneOf directive must not be provided by an Input Object type extension (\"I\")."])
    }

    @Test func oneOfRulesApplyToExtensionFields() {
        #expect(SchemaTesting.buildErrors("""
        type Query { f(i: I): Int }
        input I @oneOf { a: Int }
        extend input I { b: Int! }
        """) == ["OneOf input field I.b must be nullable."])
    }
}
