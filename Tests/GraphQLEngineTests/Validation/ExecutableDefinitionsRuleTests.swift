import Testing
@testable import GraphQLEngine

/// ExecutableDefinitionsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct ExecutableDefinitionsRuleTests {
    @Test("only operations and fragments") func onlyOperationsAndFragments() throws {
        try expectValid(rule: ExecutableDefinitionsRule(), #"""
        query Foo {
          dog { name }
        }
        fragment Frag on Dog { name }
        """#)
    }

    @Test("type definition") func typeDefinition() throws {
        try expectErrors(rule: ExecutableDefinitionsRule(), document: #"""
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """#, [
            (#"The "Cow" definition is not executable."#, [(2, 1)]),
            (#"The "Dog" definition is not executable."#, [(3, 1)]),
        ])
    }

    @Test("schema definition and extension") func schemaDefinitionAndExtension() throws {
        try expectErrors(rule: ExecutableDefinitionsRule(), document: #"""
        { dog { name } }
        schema { query: Query }
        extend schema @onQuery
        """#, [
            (#"The schema definition is not executable."#, [(2, 1)]),
            (#"The schema definition is not executable."#, [(3, 1)]),
        ])
    }
}
