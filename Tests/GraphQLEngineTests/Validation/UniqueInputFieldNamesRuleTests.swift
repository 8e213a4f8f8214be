import Testing
@testable import GraphQLEngine

/// UniqueInputFieldNamesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct UniqueInputFieldNamesRuleTests {
    @Test("distinct and nested") func distinctAndNested() throws {
        try expectValid(rule: UniqueInputFieldNamesRule(), #"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } }
        { dog { doesKnowCommand(dogCommand: SIT) } }
        """#)
    }

    @Test("duplicate") func duplicate() throws {
        try expectErrors(rule: UniqueInputFieldNamesRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }
        """#, [
            (#"There can be only one input field named "requiredField"."#, [(1, 51), (1, 72)]),
        ])
    }

    @Test("many duplicates") func manyDuplicates() throws {
        try expectErrors(rule: UniqueInputFieldNamesRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2, intField: 3 }) } }
        """#, [
            (#"There can be only one input field named "intField"."#, [(1, 51), (1, 64)]),
            (#"There can be only one input field named "intField"."#, [(1, 51), (1, 77)]),
        ])
    }

    @Test("nested duplicate") func nestedDuplicate() throws {
        try expectErrors(rule: UniqueInputFieldNamesRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: [], x: { a: 1, a: 2 } }) } }
        """#, [
            (#"There can be only one input field named "a"."#, [(1, 98), (1, 104)]),
        ])
    }
}
