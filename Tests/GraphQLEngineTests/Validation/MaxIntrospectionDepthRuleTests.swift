import Testing
@testable import GraphQLEngine

/// MaxIntrospectionDepthRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct MaxIntrospectionDepthRuleTests {
    @Test("normal introspection") func normalIntrospection() throws {
        try expectValid(rule: MaxIntrospectionDepthRule(), #"""
        { __schema { types { fields { type { name } } } } }
        """#)
    }

    @Test("too deep") func tooDeep() throws {
        try expectErrors(rule: MaxIntrospectionDepthRule(), document: #"""
        {
          __schema {
            types { fields { type { fields { type { fields { name } } } } } }
          }
        }
        """#, [
            (#"Maximum introspection depth exceeded"#, [(2, 3)]),
        ])
    }

    @Test("too deep through fragments") func tooDeepThroughFragments() throws {
        try expectErrors(rule: MaxIntrospectionDepthRule(), document: #"""
        {
          __type(name: "Dog") { ...A }
        }
        fragment A on __Type { interfaces { ...B } }
        fragment B on __Type { possibleTypes { inputFields { name } } }
        """#, [
            (#"Maximum introspection depth exceeded"#, [(2, 3)]),
        ])
    }
}
