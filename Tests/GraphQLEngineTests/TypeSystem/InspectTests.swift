import Testing
@testable import GraphQLEngine

/// Numbers and values in messages are written as graphql-js writes them.
@Suite struct InspectTests {
    @Test func numbersAreWrittenLikeJavaScript() {
        #expect(javaScriptNumberString(1) == "1")
        #expect(javaScriptNumberString(-0.0) == "0")
        #expect(javaScriptNumberString(1.5) == "1.5")
        #expect(javaScriptNumberString(100) == "100")
        #expect(javaScriptNumberString(1e20) == "100000000000000000000")
        #expect(javaScriptNumberString(1e21) == "1e+21")
        #expect(javaScriptNumberString(1.5e300) == "1.5e+300")
        #expect(javaScriptNumberString(0.000001) == "0.000001")
        #expect(javaScriptNumberString(1e-7) == "1e-7")
        #expect(javaScriptNumberString(1.25e-10) == "1.25e-10")
        #expect(javaScriptNumberString(123.456) == "123.456")
        #expect(javaScriptNumberString(0.1) == "0.1")
        #expect(javaScriptNumberString(Double.nan) == "NaN")
    }

    @Test func valuesAreInspectedLikeGraphQLJS() {
        #expect(inspect(.string("a\"b\n")) == "\"a\\\"b\\n\"")
        #expect(inspect(.list([.int(1), .null, .bool(true)])) == "[1, null, true]")
        #expect(inspect(.object(["a": .float(2.5), "b": .object([:])])) == "{ a: 2.5, b: {} }")
    }
}
