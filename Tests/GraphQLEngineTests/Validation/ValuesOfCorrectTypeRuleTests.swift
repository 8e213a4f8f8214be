import Testing
@testable import GraphQLEngine

/// ValuesOfCorrectTypeRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct ValuesOfCorrectTypeRuleTests {
    @Test("good values") func goodValues() throws {
        try expectValid(rule: ValuesOfCorrectTypeRule(), #"""
        {
          complicatedArgs {
            intArgField(intArg: 2)
            floatArgField(floatArg: 1)
            f: floatArgField(floatArg: 1.5e3)
            idArgField(idArg: 1)
            i: idArgField(idArg: "x")
            enumArgField(enumArg: BROWN)
            stringListArgField(stringListArg: ["a", null])
            s: stringListArgField(stringListArg: "single")
            complexArgField(complexArg: { requiredField: true, intField: 4 })
            oneOfArgField(oneOfArg: { intField: 1 })
          }
        }
        """#)
    }

    @Test("int into string") func intIntoString() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { stringArgField(stringArg: 1) } }
        """#, [
            (#"String cannot represent a non string value: 1"#, [(1, 47)]),
        ])
    }

    @Test("string into int") func stringIntoInt() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { intArgField(intArg: "3") } }
        """#, [
            (#"Int cannot represent non-integer value: "3""#, [(1, 41)]),
        ])
    }

    @Test("float into int") func floatIntoInt() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { intArgField(intArg: 3.0) } }
        """#, [
            (#"Int cannot represent non-integer value: 3.0"#, [(1, 41)]),
        ])
    }

    @Test("int too large") func intTooLarge() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { intArgField(intArg: 2147483648) } }
        """#, [
            (#"Int cannot represent non 32-bit signed integer value: 2147483648"#, [(1, 41)]),
        ])
    }

    @Test("boolean into float") func booleanIntoFloat() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { floatArgField(floatArg: true) } }
        """#, [
            (#"Float cannot represent non numeric value: true"#, [(1, 45)]),
        ])
    }

    @Test("float into ID") func floatIntoID() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { idArgField(idArg: 1.0) } }
        """#, [
            (#"ID cannot represent a non-string and non-integer value: 1.0"#, [(1, 39)]),
        ])
    }

    @Test("enum into boolean") func enumIntoBoolean() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { booleanArgField(booleanArg: TRUE) } }
        """#, [
            (#"Boolean cannot represent a non boolean value: TRUE"#, [(1, 49)]),
        ])
    }

    @Test("string into enum") func stringIntoEnum() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { enumArgField(enumArg: "BROWN") } }
        """#, [
            (#"Enum "FurColor" cannot represent non-enum value: "BROWN". Did you mean the enum value "BROWN"?"#, [(1, 43)]),
        ])
    }

    @Test("unknown enum value") func unknownEnumValue() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { enumArgField(enumArg: BRWN) } }
        """#, [
            (#"Value "BRWN" does not exist in "FurColor" enum. Did you mean the enum value "BROWN"?"#, [(1, 43)]),
        ])
    }

    @Test("null into non-null") func nullIntoNonNull() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
        """#, [
            (#"Expected value of type "Int!", found null."#, [(1, 55)]),
        ])
    }

    @Test("bad list item") func badListItem() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { stringListArgField(stringListArg: ["one", 2]) } }
        """#, [
            (#"String cannot represent a non string value: 2"#, [(1, 63)]),
        ])
    }

    @Test("null item in non-null list") func nullItemInNonNullList() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["one", null]) } }
        """#, [
            (#"Expected value of type "String!", found null."#, [(1, 77)]),
        ])
    }

    @Test("list into scalar") func listIntoScalar() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { intArgField(intArg: [1, 2]) } }
        """#, [
            (#"Int cannot represent non-integer value: [1, 2]"#, [(1, 41)]),
        ])
    }

    @Test("object into scalar") func objectIntoScalar() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { intArgField(intArg: {a: 1}) } }
        """#, [
            (#"Int cannot represent non-integer value: {a: 1}"#, [(1, 41)]),
        ])
    }

    @Test("missing required input field") func missingRequiredInputField() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
        """#, [
            (#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, [(1, 49)]),
        ])
    }

    @Test("unknown input field") func unknownInputField() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, unknownField: "value", stringFeld: "x" }) } }
        """#, [
            (#"Field "unknownField" is not defined by type "ComplexInput"."#, [(1, 72)]),
            (#"Field "stringFeld" is not defined by type "ComplexInput". Did you mean "stringField", "intField", or "stringListField"?"#, [(1, 95)]),
        ])
    }

    @Test("bad nested value") func badNestedValue() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: ["a", 1] }) } }
        """#, [
            (#"String cannot represent a non string value: 1"#, [(1, 95)]),
        ])
    }

    @Test("bad variable default") func badVariableDefault() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        query Foo($a: Int = "one", $b: String = 4, $c: ComplexInput = { requiredField: 1, intField: "3" }) { dog { name } }
        """#, [
            (#"Int cannot represent non-integer value: "one""#, [(1, 21)]),
            (#"String cannot represent a non string value: 4"#, [(1, 41)]),
            (#"Boolean cannot represent a non boolean value: 1"#, [(1, 80)]),
            (#"Int cannot represent non-integer value: "3""#, [(1, 93)]),
        ])
    }

    @Test("bad directive argument") func badDirectiveArgument() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { dog @include(if: "yes") { name } }
        """#, [
            (#"Boolean cannot represent a non boolean value: "yes""#, [(1, 20)]),
        ])
    }

    @Test("oneOf with two fields") func oneofWithTwoFields() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "a", intField: 1 }) } }
        """#, [
            (#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 45)]),
        ])
    }

    @Test("oneOf with no field") func oneofWithNoField() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { oneOfArgField(oneOfArg: {}) } }
        """#, [
            (#"OneOf Input Object "OneOfInput" must specify exactly one key."#, [(1, 45)]),
        ])
    }

    @Test("oneOf with null") func oneofWithNull() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }
        """#, [
            (#"Field "OneOfInput.stringField" must be non-null."#, [(1, 45)]),
        ])
    }

    @Test("oneOf with nullable variable") func oneofWithNullableVariable() throws {
        try expectErrors(rule: ValuesOfCorrectTypeRule(), document: #"""
        query Foo($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """#, [
            (#"Variable "s" must be non-nullable to be used for OneOf Input Object "OneOfInput"."#, [(1, 67)]),
        ])
    }

    @Test("oneOf with non-null variable") func oneofWithNonNullVariable() throws {
        try expectValid(rule: ValuesOfCorrectTypeRule(), #"""
        query Foo($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """#)
    }

    @Test("block string into string") func blockStringIntoString() throws {
        try expectValid(rule: ValuesOfCorrectTypeRule(), #"""
        { complicatedArgs { stringArgField(stringArg: """block""") } }
        """#)
    }
}
