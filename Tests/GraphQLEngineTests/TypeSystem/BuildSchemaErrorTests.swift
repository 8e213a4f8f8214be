import Testing
@testable import GraphQLEngine

/// What `buildSchema` rejects, and how it words it.
@Suite struct BuildSchemaErrorTests {
    @Test func syntaxErrorsAreReported() {
        let errors = SchemaTesting.buildGraphQLErrors("type Query {")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("Syntax Error:") == true)
        #expect(errors.first?.locations.isEmpty == false)
    }

    @Test func unknownTypesWithSuggestions() {
        let errors = SchemaTesting.buildGraphQLErrors("""
        type Query { user: Usr, other: Missing }
        type User { id: ID }
        """)
        #expect(errors.map(\.message) == [
            "Unknown type \"Usr\". Did you mean \"User\"?",
            "Unknown type \"Missing\".",
        ])
        #expect(errors.first?.locations == [SourceLocation(line: 1, column: 20)])
    }

    @Test func duplicateDefinitions() {
        #expect(SchemaTesting.buildErrors("""
        type Query { a: Int a: String }
        type Query { b: Int }
        enum E { A A }
        input I { x: Int x: Int }
        type T { f(a: Int, a: Int): Int }
        directive @d on FIELD
        directive @d on FIELD
        """) == [
            "There can be only one type named \"Query\".",
            "There can be only one directive named \"@d\".",
            "Enum value \"E.A\" can only be defined once.",
            "Field \"I.x\" can only be defined once.",
            "Field \"Query.a\" can only be defined once.",
            "Argument \"T.f(a:)\" can only be defined once.",
        ])
    }

    @Test func badExtensions() {
        #expect(SchemaTesting.buildErrors("""
        type Query { a: Int }
        extend type Querry { b: Int }
        extend enum Query { X }
        extend scalar String @specifiedBy(url: "x")
        """).sorted() == [
            "Cannot extend non-enum type \"Query\".",
            "Cannot extend type \"Querry\" because it is not defined. Did you mean \"Query\"?",
            "Cannot extend type \"String\" because it is not defined.",
        ])
    }

    @Test func appliedDirectivesAreChecked() {
        #expect(SchemaTesting.buildErrors("""
        type Query {
          a: Int @unknown
          b: Int @specifiedBy(url: "x")
          c: Int @deprecated @deprecated
          d: Int @deprecated(reason: 1)
          e: Int @deprecated(why: "x")
        }
        scalar S @specifiedBy
        """) == [
            "Unknown directive \"@unknown\".",
            "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.",
            "The directive \"@deprecated\" can only be used once at this location.",
            "Expected value of type \"String\", found 1; String cannot represent a non string value: 1",
            "Unknown argument \"why\" on directive \"@deprecated\".",
            "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.",
        ])
    }

    @Test func invalidDefaultValues() {
        #expect(SchemaTesting.buildErrors("""
        type Query { f(a: Int = "x", b: In = {c: 1}, e: E = B, n: Int! = null): Int }
        input In { a: Int! }
        enum E { A }
        """) == [
            "Argument \"Query.f(a:)\" has invalid default value: Expected value of type \"Int\", found \"x\"; Int cannot represent non-integer value: \"x\"",
            "Argument \"Query.f(b:)\" has invalid default value: Field \"c\" is not defined by type \"In\". Did you mean \"a\"?",
            "Argument \"Query.f(e:)\" has invalid default value: Expected value of type \"E\", found B; Value \"B\" does not exist in \"E\" enum. Did you mean the enum value \"A\"?",
            "Argument \"Query.f(n:)\" has invalid default value: Expected value of type \"Int!\", found null.",
        ])
        #expect(SchemaTesting.buildErrors("""
        type Query { f(a: In = {}): Int }
        input In { a: Int! }
        """) == [
            "Argument \"Query.f(a:)\" has invalid default value: Field \"In.a\" of required type \"Int!\" was not provided.",
        ])
    }

    @Test func kindMismatches() {
        #expect(SchemaTesting.buildErrors("""
        schema { query: In }
        type Query implements Other { a: Int }
        type Other { a: Int }
        union U = In
        input In { a: Int }
        """) == [
            "Type Query must only implement Interface types, it cannot implement Other.",
            "Union type U can only include Object types, it cannot include In.",
            "Query root type must be Object type, it cannot be In.",
        ])
    }

    @Test func schemaDefinitionProblems() {
        #expect(SchemaTesting.buildErrors("""
        schema { query: Query }
        schema { query: Query }
        type Query { a: Int }
        """) == ["Must provide only one schema definition."])
        #expect(SchemaTesting.buildErrors("""
        schema { query: Query query: Query }
        type Query { a: Int }
        """) == ["There can be only one query type in schema."])
    }

    @Test func executableDefinitionsAreRejected() {
        #expect(SchemaTesting.buildErrors("type Query { a: Int } { a }") == ["An operation is not allowed in a schema document."])
    }

    @Test func introspectionTypeNamesAreTaken() {
        #expect(SchemaTesting.buildErrors("type Query { a: Int } type __Type { a: Int }").contains(
            "Type \"__Type\" already exists in the schema. It cannot also be defined in this type definition."))
    }

    @Test func optionsMustNameSchemaElements() {
        let options = SchemaBuildOptions(
            resolvers: ["Query.a": .constant(1), "Query.nope": .constant(1), "Nope.a": .constant(1)],
            scalars: ["Int": ScalarCoercion(), "Date": ScalarCoercion(), "Query": ScalarCoercion()],
            typeResolvers: ["Query": { _, _, _ in nil }, "Node": { _, _, _ in nil }],
            isTypeOf: ["Node": { _, _, _ in true }]
        )
        #expect(SchemaTesting.buildErrors("""
        type Query { a: Int }
        interface Node { id: ID }
        scalar Date
        """, options: options) == [
            "Type resolver given for \"Query\", which is not an interface or union type of the schema.",
            "isTypeOf given for \"Node\", which is not an object type of the schema.",
            "Resolver given for \"Nope.a\", which is not a field of an object or interface type of the schema.",
            "Resolver given for \"Query.nope\", which is not a field of an object or interface type of the schema.",
            "Coercion given for built-in scalar \"Int\", whose coercion is fixed by the specification.",
            "Coercion given for \"Query\", which is not a scalar type of the schema.",
        ])
    }

    @Test func validationErrorsAreThrownUnlessDisabled() throws {
        #expect(SchemaTesting.buildErrors("type Query") == ["Type Query must define one or more fields."])
        let schema = try buildSchema("type Query", options: SchemaBuildOptions(validate: false))
        #expect(schema.queryType?.fields.isEmpty == true)
    }
}

@Suite struct BuildSchemaBuiltInNameTests {
    @Test func builtInScalarNamesCannotBeOtherKinds() {
        #expect(SchemaTesting.buildErrors("type Query { a: String } type String { a: Int }") == [
            "Type \"String\" is a built-in scalar and cannot be redefined as object.",
        ])
    }

    @Test func declaringABuiltInScalarUsesTheBuiltIn() throws {
        let schema = try buildSchema("scalar Int type Query { a: Int }")
        #expect(schema.sdlScalar("Int") === GraphQLScalarType.int)
        #expect(printSchema(schema) == "type Query {\n  a: Int\n}")
    }
}

@Suite struct BuildSchemaDefaultValueTests {
    @Test func inputFieldAndDirectiveArgumentDefaultsAreChecked() {
        #expect(SchemaTesting.buildErrors("""
        type Query { f(i: In): Int }
        input In { x: Int = "a" }
        directive @d(n: Float = true) on FIELD
        """) == [
            "Input field \"In.x\" has invalid default value: Expected value of type \"Int\", found \"a\"; Int cannot represent non-integer value: \"a\"",
            "Argument \"@d(n:)\" has invalid default value: Expected value of type \"Float\", found true; Float cannot represent non numeric value: true",
        ])
    }
}
