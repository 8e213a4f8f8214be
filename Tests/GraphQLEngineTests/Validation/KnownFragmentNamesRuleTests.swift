import Testing
@testable import GraphQLEngine

/// KnownFragmentNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct KnownFragmentNamesRuleTests {
    @Test("known") func known() throws {
        try expectValid(rule: KnownFragmentNamesRule(), #"""
        { human(id: 4) { ...HumanFields ... on Human { ...HumanFields } } }
        fragment HumanFields on Human { name }
        """#)
    }

    @Test("unknown") func unknown() throws {
        try expectErrors(rule: KnownFragmentNamesRule(), document: #"""
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
}
