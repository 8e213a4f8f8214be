import Testing
@testable import GraphQLEngine

@Suite("Schema coordinates")
struct SchemaCoordinateTests {
    @Test func parsesEveryShape() throws {
        #expect(try parseSchemaCoordinate("MyType") == .type(name: "MyType"))
        #expect(try parseSchemaCoordinate("MyType.field") == .member(type: "MyType", member: "field"))
        #expect(try parseSchemaCoordinate("MyType.field(arg:)")
                == .argument(type: "MyType", field: "field", argument: "arg"))
        #expect(try parseSchemaCoordinate("@myDirective") == .directive(name: "myDirective"))
        #expect(try parseSchemaCoordinate("@myDirective(arg:)")
                == .directiveArgument(directive: "myDirective", argument: "arg"))
        #expect(try parseSchemaCoordinate("__Type.__metafield(arg:)")
                == .argument(type: "__Type", field: "__metafield", argument: "arg"))
    }

    @Test func recordsNameLocations() throws {
        guard case .argument(_, let field, let argument) = try parseSchemaCoordinate("Type.__metafield(arg:)") else {
            Issue.record("expected an argument coordinate")
            return
        }
        #expect(field.loc?.start == 5 && field.loc?.end == 16)
        #expect(argument.loc?.start == 17 && argument.loc?.end == 20)
    }

    @Test(arguments: ["MyType", "MyType.field", "MyType.field(arg:)", "@d", "@d(a:)"])
    func printsBackToTheSameText(text: String) throws {
        #expect(try parseSchemaCoordinate(text).description == text)
    }

    @Test(arguments: [
        SyntaxErrorCase("MyType.field.deep", "Expected <EOF>, found \".\".", 1, 13),
        SyntaxErrorCase("@myDirective.field", "Expected <EOF>, found \".\".", 1, 13),
        SyntaxErrorCase("MyType.field(arg: value)", "Invalid character: \" \".", 1, 18),
        SyntaxErrorCase(" MyType", "Invalid character: \" \".", 1, 1),
        SyntaxErrorCase("MyType\n", "Invalid character: U+000A.", 1, 7),
        SyntaxErrorCase("MyType(arg:)", "Expected <EOF>, found \"(\".", 1, 7),
        SyntaxErrorCase("MyType.field(arg)", "Expected \":\", found \")\".", 1, 17),
        SyntaxErrorCase("MyType.field(arg:", "Expected \")\", found <EOF>.", 1, 18),
        SyntaxErrorCase("", "Expected Name, found <EOF>.", 1, 1),
        SyntaxErrorCase("@", "Expected Name, found <EOF>.", 1, 2),
        SyntaxErrorCase("MyType.", "Expected Name, found <EOF>.", 1, 8),
        SyntaxErrorCase("1", "Invalid character: \"1\".", 1, 1),
    ])
    func rejectsMalformedCoordinates(expected: SyntaxErrorCase) {
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parseSchemaCoordinate(expected.source) }, expected)
    }
}
