import Testing
@testable import GraphQLEngine

/// FragmentsOnCompositeTypesRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct FragmentsOnCompositeTypesRuleTests {
    @Test("object, interface, union and inline without type") func objectInterfaceUnionAndInlineWithoutType() throws {
        try expectValid(rule: FragmentsOnCompositeTypesRule(), #"""
        fragment A on Dog { barks }
        fragment B on Pet { name }
        fragment C on CatOrDog { __typename }
        fragment D on Dog { ... { barks } ... on Dog { barks } }
        """#)
    }

    @Test("on scalar") func onScalar() throws {
        try expectErrors(rule: FragmentsOnCompositeTypesRule(), document: #"""
        fragment scalarFragment on Boolean { bad }
        """#, [
            (#"Fragment "scalarFragment" cannot condition on non composite type "Boolean"."#, [(1, 28)]),
        ])
    }

    @Test("on enum") func onEnum() throws {
        try expectErrors(rule: FragmentsOnCompositeTypesRule(), document: #"""
        fragment enumFragment on FurColor { bad }
        """#, [
            (#"Fragment "enumFragment" cannot condition on non composite type "FurColor"."#, [(1, 26)]),
        ])
    }

    @Test("on input object") func onInputObject() throws {
        try expectErrors(rule: FragmentsOnCompositeTypesRule(), document: #"""
        fragment inputFragment on ComplexInput { stringField }
        """#, [
            (#"Fragment "inputFragment" cannot condition on non composite type "ComplexInput"."#, [(1, 27)]),
        ])
    }

    @Test("inline on scalar") func inlineOnScalar() throws {
        try expectErrors(rule: FragmentsOnCompositeTypesRule(), document: #"""
        fragment invalid on Pet {
          ... on String { barks }
        }
        """#, [
            (#"Fragment cannot condition on non composite type "String"."#, [(2, 10)]),
        ])
    }
}
