import Testing
@testable import GraphQLEngine

/// MaxFieldCountRule: fields counted with fragments expanded, fragment bombs included.
@Suite struct MaxFieldCountRuleTests {
    @Test("within the limit") func withinLimit() throws {
        try expectValid(rule: MaxFieldCountRule(limit: 3), #"""
        { dog { name barks } }
        """#)
    }

    @Test("too many fields") func tooMany() throws {
        try expectErrors(rule: MaxFieldCountRule(limit: 3), document: #"""
        query Q { dog { name barks nickname } }
        """#, [
            (#"Operation "Q" selects 4 fields, which exceeds the maximum allowed number of fields of 3."#, [(1, 1)]),
        ])
    }

    @Test("a fragment bomb is counted fully and quickly") func fragmentBomb() throws {
        // Each level doubles: 2^40 fields once expanded, measured without expanding.
        var document = "{ dog { ...F0 } }\n"
        for level in 0..<40 {
            document += "fragment F\(level) on Dog { ...F\(level + 1) ...F\(level + 1) }\n"
        }
        document += "fragment F40 on Dog { name }\n"
        try expectErrors(rule: MaxFieldCountRule(limit: 1_000_000), document: document, [
            (#"Anonymous operation selects 1099511627777 fields, which exceeds the maximum allowed number of fields of 1000000."#, [(1, 1)]),
        ])
    }

    @Test("a long chain of fragments is measured without deep recursion") func longChain() throws {
        var document = "{ dog { ...F0 } }\n"
        for index in 0..<3000 { document += "fragment F\(index) on Dog { name ...F\(index + 1) }\n" }
        document += "fragment F3000 on Dog { mother { mother { name } } }\n"
        try expectErrors(rule: MaxFieldCountRule(limit: 10), document: document, [
            (#"Anonymous operation selects 3004 fields, which exceeds the maximum allowed number of fields of 10."#, [(1, 1)]),
        ])
        try expectErrors(rule: MaxDepthRule(limit: 3), document: document, [
            (#"Anonymous operation has depth 4, which exceeds the maximum allowed depth of 3."#, [(3002, 43)]),
        ])
    }
}
