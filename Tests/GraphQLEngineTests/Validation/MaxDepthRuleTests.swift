import Testing
@testable import GraphQLEngine

/// MaxDepthRule: depth counted through fragments, introspection ignored by default.
@Suite struct MaxDepthRuleTests {
    @Test("within the limit") func withinLimit() throws {
        try expectValid(rule: MaxDepthRule(limit: 3), #"""
        { dog { mother { name } } }
        """#)
    }

    @Test("too deep, located at the first field past the limit") func tooDeep() throws {
        try expectErrors(rule: MaxDepthRule(limit: 2), document: #"""
        query Deep {
          dog { name }
          dog { mother { father { name } } }
        }
        """#, [
            (#"Operation "Deep" has depth 4, which exceeds the maximum allowed depth of 2."#, [(3, 18)]),
        ])
    }

    @Test("depth counted through fragments") func throughFragments() throws {
        try expectErrors(rule: MaxDepthRule(limit: 3), document: #"""
        { dog { ...A } }
        fragment A on Dog { mother { ... on Dog { ...B } } }
        fragment B on Dog { father { name } }
        """#, [
            (#"Anonymous operation has depth 4, which exceeds the maximum allowed depth of 3."#, [(3, 30)]),
        ])
    }

    @Test("introspection is ignored unless asked") func introspection() throws {
        let document = #"""
        { __schema { types { fields { type { name } } } } }
        """#
        try expectValid(rule: MaxDepthRule(limit: 1), document)
        try expectErrors(rule: MaxDepthRule(limit: 1, ignoresIntrospection: false), document: document, [
            (#"Anonymous operation has depth 5, which exceeds the maximum allowed depth of 1."#, [(1, 14)]),
        ])
    }

    @Test("fragment cycles do not loop") func cycles() throws {
        try expectValid(rule: MaxDepthRule(limit: 5), #"""
        { dog { ...A } }
        fragment A on Dog { mother { ...A } }
        """#)
    }
}
