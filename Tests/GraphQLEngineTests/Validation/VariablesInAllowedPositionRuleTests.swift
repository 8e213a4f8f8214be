import Testing
@testable import GraphQLEngine

/// VariablesInAllowedPositionRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct VariablesInAllowedPositionRuleTests {
    @Test("matching types") func matchingTypes() throws {
        try expectValid(rule: VariablesInAllowedPositionRule(), #"""
        query Q($b: Boolean, $nb: Boolean!, $l: [String], $i: Int) {
          complicatedArgs { booleanArgField(booleanArg: $b) b: booleanArgField(booleanArg: $nb) stringListArgField(stringListArg: $l) intArgField(intArg: $i) }
        }
        """#)
    }

    @Test("non-null into nullable and list item") func nonNullIntoNullableAndListItem() throws {
        try expectValid(rule: VariablesInAllowedPositionRule(), #"""
        query Q($s: String!) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }
        """#)
    }

    @Test("nullable into non-null with default") func nullableIntoNonNullWithDefault() throws {
        try expectValid(rule: VariablesInAllowedPositionRule(), #"""
        query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }
        """#)
    }

    @Test("nullable into argument with default") func nullableIntoArgumentWithDefault() throws {
        try expectValid(rule: VariablesInAllowedPositionRule(), #"""
        query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }
        """#)
    }

    @Test("nullable into non-null directive argument") func nullableIntoNonNullDirectiveArgument() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($b: Boolean) { dog @include(if: $b) { name } }
        """#, [
            (#"Variable "$b" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 9), (1, 41)]),
        ])
    }

    @Test("wrong type") func wrongType() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($i: Int) {
          complicatedArgs { booleanArgField(booleanArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Boolean"."#, [(1, 9), (2, 49)]),
        ])
    }

    @Test("nullable into non-null") func nullableIntoNonNull() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($i: Int) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Int!"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("nullable into non-null with null default") func nullableIntoNonNullWithNullDefault() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($i: Int = null) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Int!"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("list into scalar") func listIntoScalar() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($l: [String]) {
          complicatedArgs { stringArgField(stringArg: $l) }
        }
        """#, [
            (#"Variable "$l" of type "[String]" used in position expecting type "String"."#, [(1, 9), (2, 47)]),
        ])
    }

    @Test("scalar into list") func scalarIntoList() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($s: String) {
          complicatedArgs { stringListArgField(stringListArg: $s) }
        }
        """#, [
            (#"Variable "$s" of type "String" used in position expecting type "[String]"."#, [(1, 9), (2, 55)]),
        ])
    }

    @Test("nullable items into non-null items") func nullableItemsIntoNonNullItems() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($l: [String]) {
          complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) }
        }
        """#, [
            (#"Variable "$l" of type "[String]" used in position expecting type "[String!]"."#, [(1, 9), (2, 69)]),
        ])
    }

    @Test("through fragment") func throughFragment() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($i: Int) { complicatedArgs { ...F } }
        fragment F on ComplicatedArgs {
          booleanArgField(booleanArg: $i)
        }
        """#, [
            (#"Variable "$i" of type "Int" used in position expecting type "Boolean"."#, [(1, 9), (3, 31)]),
        ])
    }

    @Test("input object field") func inputObjectField() throws {
        try expectErrors(rule: VariablesInAllowedPositionRule(), document: #"""
        query Q($s: Boolean) {
          complicatedArgs { complexArgField(complexArg: { requiredField: $s }) }
        }
        """#, [
            (#"Variable "$s" of type "Boolean" used in position expecting type "Boolean!"."#, [(1, 9), (2, 66)]),
        ])
    }

    @Test("input field with default") func inputFieldWithDefault() throws {
        try expectValid(rule: VariablesInAllowedPositionRule(), #"""
        query Q($s: Boolean) {
          complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $s }) }
        }
        """#)
    }
}
