import Testing
@testable import GraphQLEngine

/// Default values printed back as literals, as introspection's `defaultValue` and the
/// schema printer show them.
@Suite struct ValueToLiteralTests {
    let schema: GraphQLSchema

    init() throws {
        schema = try buildSchema("""
        type Query { a(x: In): Int }
        input In { n: Int, f: Float, s: String, id: ID, e: E, l: [Int], nn: Int!, nested: In }
        enum E { A B }
        scalar JSON
        """)
    }

    private func printed(_ value: Value, _ typeText: String) throws -> String? {
        let type = try #require(schema.type(from: try parseType(typeText)))
        return printDefaultValue(value, type: type)
    }

    @Test func leaves() throws {
        #expect(try printed(.int(3), "Int") == "3")
        #expect(try printed(.float(2), "Float") == "2")
        #expect(try printed(.float(2.5), "Float") == "2.5")
        #expect(try printed(.float(1e25), "Float") == "1e+25")
        #expect(try printed(.string("a\"b\n"), "String") == #""a\"b\n""#)
        #expect(try printed(.string("123"), "ID") == "123")
        #expect(try printed(.string("01"), "ID") == "\"01\"")
        #expect(try printed(.string("abc"), "ID") == "\"abc\"")
        #expect(try printed(.bool(true), "Boolean") == "true")
        #expect(try printed(.string("A"), "E") == "A")
        #expect(try printed(.string("Z"), "E") == nil)
        #expect(try printed(.null, "Int") == "null")
        #expect(try printed(.null, "Int!") == nil)
    }

    @Test func listsAndInputObjects() throws {
        #expect(try printed(.list([.int(1), .int(2)]), "[Int]") == "[1, 2]")
        #expect(try printed(.int(1), "[Int]") == "1")
        #expect(try printed(.list([]), "[Int]") == "[]")
        #expect(try printed(.object(["e": .string("B"), "n": .int(1), "unknown": .int(2)]), "In") == "{n: 1, e: B}")
        #expect(try printed(.object(["nested": .object(["l": .list([.null])])]), "In") == "{nested: {l: [null]}}")
        #expect(try printed(.int(1), "In") == nil)
    }

    @Test func customScalarsPrintTheirSerializedValue() throws {
        #expect(try printed(.object(["k": .list([.int(1)])]), "JSON") == "{k: [1]}")
        #expect(try printed(.string("x"), "JSON") == "\"x\"")
    }
}
