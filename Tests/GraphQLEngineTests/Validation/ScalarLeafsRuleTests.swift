import Testing
@testable import GraphQLEngine

/// ScalarLeafsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct ScalarLeafsRuleTests {
    @Test("scalar and enum leaves") func scalarAndEnumLeaves() throws {
        try expectValid(rule: ScalarLeafsRule(), #"""
        { dog { barks } cat { furColor } }
        """#)
    }

    @Test("object without selection") func objectWithoutSelection() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """#, [
            (#"Field "human" of type "Human" must have a selection of subfields. Did you mean "human { ... }"?"#, [(2, 3)]),
        ])
    }

    @Test("interface and union without selection") func interfaceAndUnionWithoutSelection() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        { pet
          catOrDog }
        """#, [
            (#"Field "pet" of type "Pet" must have a selection of subfields. Did you mean "pet { ... }"?"#, [(1, 3)]),
            (#"Field "catOrDog" of type "CatOrDog" must have a selection of subfields. Did you mean "catOrDog { ... }"?"#, [(2, 3)]),
        ])
    }

    @Test("list type without selection") func listTypeWithoutSelection() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        { human { pets } }
        """#, [
            (#"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"?"#, [(1, 11)]),
        ])
    }

    @Test("non-null list without selection") func nonNullListWithoutSelection() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        { human { relatives } }
        """#, [
            (#"Field "relatives" of type "[Human]!" must have a selection of subfields. Did you mean "relatives { ... }"?"#, [(1, 11)]),
        ])
    }

    @Test("selection on scalar") func selectionOnScalar() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        fragment F on Dog {
          barks { sinceWhen }
        }
        """#, [
            (#"Field "barks" must not have a selection since type "Boolean" has no subfields."#, [(2, 9)]),
        ])
    }

    @Test("selection on enum") func selectionOnEnum() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        fragment F on Cat {
          furColor { inHexDec }
        }
        """#, [
            (#"Field "furColor" must not have a selection since type "FurColor" has no subfields."#, [(2, 12)]),
        ])
    }

    @Test("selection on scalar with arguments") func selectionOnScalarWithArguments() throws {
        try expectErrors(rule: ScalarLeafsRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """#, [
            (#"Field "doesKnowCommand" must not have a selection since type "Boolean" has no subfields."#, [(2, 36)]),
        ])
    }
}
