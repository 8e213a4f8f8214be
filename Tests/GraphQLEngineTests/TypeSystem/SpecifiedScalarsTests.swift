import Testing
@testable import GraphQLEngine

/// Coercion tables for the built-in scalars (spec §3.5.1–§3.5.5), with graphql-js's
/// error messages.
@Suite struct SpecifiedScalarsTests {
    private func literal(_ text: String) throws -> ValueNode { try parseConstValue(text) }

    private func serializeError(_ scalar: GraphQLScalarType, _ value: any Sendable) -> String? {
        do {
            _ = try scalar.serialize(value)
            return nil
        } catch {
            return error.message
        }
    }

    private func parseValueError(_ scalar: GraphQLScalarType, _ value: Value) -> String? {
        do {
            _ = try scalar.parseValue(value)
            return nil
        } catch {
            return error.message
        }
    }

    private func parseLiteralError(_ scalar: GraphQLScalarType, _ text: String) throws -> String? {
        let node = try literal(text)
        do {
            _ = try scalar.parseLiteral(node)
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: Int

    @Test func intSerializesIntegralValues() throws {
        let int = GraphQLScalarType.int
        #expect(try int.serialize(1) == .int(1))
        #expect(try int.serialize(-2_147_483_648) == .int(-2_147_483_648))
        #expect(try int.serialize(2_147_483_647) == .int(2_147_483_647))
        #expect(try int.serialize(Int32(7)) == .int(7))
        #expect(try int.serialize(UInt8(7)) == .int(7))
        #expect(try int.serialize(1.0) == .int(1))
        #expect(try int.serialize(-0.0) == .int(0))
        #expect(try int.serialize("123") == .int(123))
        #expect(try int.serialize(true) == .int(1))
        #expect(try int.serialize(false) == .int(0))
        #expect(try int.serialize(Value.int(5)) == .int(5))
        #expect(try int.serialize(Value.float(5)) == .int(5))
    }

    @Test func intRejectsNonIntegralAndOutOfRangeResults() {
        let int = GraphQLScalarType.int
        #expect(serializeError(int, 1.5) == "Int cannot represent non-integer value: 1.5")
        #expect(serializeError(int, 0.1) == "Int cannot represent non-integer value: 0.1")
        #expect(serializeError(int, 2_147_483_648) == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(serializeError(int, -2_147_483_649) == "Int cannot represent non 32-bit signed integer value: -2147483649")
        #expect(serializeError(int, 1e100) == "Int cannot represent non 32-bit signed integer value: 1e+100")
        #expect(serializeError(int, Double.nan) == "Int cannot represent non-integer value: NaN")
        #expect(serializeError(int, Double.infinity) == "Int cannot represent non-integer value: Infinity")
        #expect(serializeError(int, "") == "Int cannot represent non-integer value: \"\"")
        #expect(serializeError(int, "1.5") == "Int cannot represent non-integer value: \"1.5\"")
        #expect(serializeError(int, "abc") == "Int cannot represent non-integer value: \"abc\"")
        #expect(serializeError(int, Value.list([])) == "Int cannot represent non-integer value: []")
        #expect(serializeError(int, Value.object(["a": .int(1)])) == "Int cannot represent non-integer value: { a: 1 }")
    }

    @Test func intInputCoercion() throws {
        let int = GraphQLScalarType.int
        #expect(try int.parseValue(.int(1)) == .int(1))
        #expect(try int.parseValue(.float(3)) == .int(3))  // JSON 3.0 is an integer input value
        #expect(parseValueError(int, .float(1.5)) == "Int cannot represent non-integer value: 1.5")
        #expect(parseValueError(int, .string("1")) == "Int cannot represent non-integer value: \"1\"")
        #expect(parseValueError(int, .bool(true)) == "Int cannot represent non-integer value: true")
        #expect(parseValueError(int, .int(2_147_483_648)) == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(try int.parseLiteral(literal("-2147483648")) == .int(-2_147_483_648))
        #expect(try parseLiteralError(int, "2147483648") == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(try parseLiteralError(int, "99999999999999999999") == "Int cannot represent non 32-bit signed integer value: 99999999999999999999")
        #expect(try parseLiteralError(int, "1.0") == "Int cannot represent non-integer value: 1.0")
        #expect(try parseLiteralError(int, "\"1\"") == "Int cannot represent non-integer value: \"1\"")
        #expect(try parseLiteralError(int, "ONE") == "Int cannot represent non-integer value: ONE")
        #expect(try parseLiteralError(int, "[1]") == "Int cannot represent non-integer value: [1]")
    }

    // MARK: Float

    @Test func floatCoercion() throws {
        let float = GraphQLScalarType.float
        #expect(try float.serialize(1) == .float(1))
        #expect(try float.serialize(1.5) == .float(1.5))
        #expect(try float.serialize(Float(0.5)) == .float(0.5))
        #expect(try float.serialize("-1.5") == .float(-1.5))
        #expect(try float.serialize(true) == .float(1))
        #expect(serializeError(float, Double.nan) == "Float cannot represent non numeric value: NaN")
        #expect(serializeError(float, -Double.infinity) == "Float cannot represent non numeric value: -Infinity")
        #expect(serializeError(float, "one") == "Float cannot represent non numeric value: \"one\"")
        #expect(serializeError(float, "") == "Float cannot represent non numeric value: \"\"")

        #expect(try float.parseValue(.int(2)) == .float(2))
        #expect(try float.parseValue(.float(2.5)) == .float(2.5))
        #expect(parseValueError(float, .string("2.5")) == "Float cannot represent non numeric value: \"2.5\"")
        #expect(parseValueError(float, .null) == "Float cannot represent non numeric value: null")

        #expect(try float.parseLiteral(literal("1")) == .float(1))
        #expect(try float.parseLiteral(literal("1.5e3")) == .float(1500))
        #expect(try parseLiteralError(float, "1e400") == "Float cannot represent non numeric value: 1e400")
        #expect(try parseLiteralError(float, "\"1.5\"") == "Float cannot represent non numeric value: \"1.5\"")
        #expect(try parseLiteralError(float, "true") == "Float cannot represent non numeric value: true")
    }

    // MARK: String

    @Test func stringCoercion() throws {
        let string = GraphQLScalarType.string
        #expect(try string.serialize("abc") == .string("abc"))
        #expect(try string.serialize(Substring("abc")) == .string("abc"))
        #expect(try string.serialize(1) == .string("1"))
        #expect(try string.serialize(-1.5) == .string("-1.5"))
        #expect(try string.serialize(2.0) == .string("2"))
        #expect(try string.serialize(true) == .string("true"))
        #expect(try string.serialize(Value.bool(false)) == .string("false"))
        #expect(serializeError(string, Double.nan) == "String cannot represent value: NaN")
        #expect(serializeError(string, Value.list([.int(1)])) == "String cannot represent value: [1]")

        #expect(try string.parseValue(.string("x")) == .string("x"))
        #expect(parseValueError(string, .int(1)) == "String cannot represent a non string value: 1")
        #expect(parseValueError(string, .object([:])) == "String cannot represent a non string value: {}")

        #expect(try string.parseLiteral(literal("\"\"\"block\"\"\"")) == .string("block"))
        #expect(try parseLiteralError(string, "1") == "String cannot represent a non string value: 1")
        #expect(try parseLiteralError(string, "{a: 1}") == "String cannot represent a non string value: {a: 1}")
    }

    // MARK: Boolean

    @Test func booleanCoercion() throws {
        let boolean = GraphQLScalarType.boolean
        #expect(try boolean.serialize(true) == .bool(true))
        #expect(try boolean.serialize(0) == .bool(false))
        #expect(try boolean.serialize(2) == .bool(true))
        #expect(try boolean.serialize(0.0) == .bool(false))
        #expect(serializeError(boolean, "true") == "Boolean cannot represent a non boolean value: \"true\"")
        #expect(serializeError(boolean, Double.nan) == "Boolean cannot represent a non boolean value: NaN")

        #expect(try boolean.parseValue(.bool(false)) == .bool(false))
        #expect(parseValueError(boolean, .int(1)) == "Boolean cannot represent a non boolean value: 1")
        #expect(try boolean.parseLiteral(literal("true")) == .bool(true))
        #expect(try parseLiteralError(boolean, "1") == "Boolean cannot represent a non boolean value: 1")
        #expect(try parseLiteralError(boolean, "TRUE") == "Boolean cannot represent a non boolean value: TRUE")
    }

    // MARK: ID

    @Test func idCoercion() throws {
        let id = GraphQLScalarType.id
        #expect(try id.serialize("abc") == .string("abc"))
        #expect(try id.serialize(123) == .string("123"))
        #expect(try id.serialize(Int64(-5)) == .string("-5"))
        #expect(try id.serialize(Value.int(9)) == .string("9"))
        #expect(serializeError(id, true) == "ID cannot represent value: true")
        #expect(serializeError(id, 1.5) == "ID cannot represent value: 1.5")

        #expect(try id.parseValue(.string("4")) == .string("4"))
        #expect(try id.parseValue(.int(-4)) == .string("-4"))
        #expect(parseValueError(id, .float(4.5)) == "ID cannot represent value: 4.5")
        #expect(parseValueError(id, .bool(true)) == "ID cannot represent value: true")

        #expect(try id.parseLiteral(literal("\"x\"")) == .string("x"))
        #expect(try id.parseLiteral(literal("42")) == .string("42"))
        #expect(try parseLiteralError(id, "4.0") == "ID cannot represent a non-string and non-integer value: 4.0")
        #expect(try parseLiteralError(id, "null") == "ID cannot represent a non-string and non-integer value: null")
    }

    @Test func builtInsHaveNoSpecificationURL() {
        for scalar in GraphQLScalarType.specifiedScalars {
            #expect(scalar.specifiedByURL == nil)
            #expect(scalar.isSpecified)
        }
        #expect(GraphQLScalarType.specifiedScalars.map(\.name) == ["String", "Int", "Float", "Boolean", "ID"])
    }

    @Test func customScalarDefaultsPassValuesThrough() throws {
        let json = GraphQLScalarType(name: "JSON")
        #expect(!json.isSpecified)
        #expect(try json.serialize(["a", "b"]) == .list([.string("a"), .string("b")]))
        #expect(try json.parseValue(.object(["k": .int(1)])) == .object(["k": .int(1)]))
        let node = try parseValue("{a: [1, $v], b: ENUM}")
        #expect(try json.parseLiteral(node, variables: ["v": .bool(true)])
            == .object(["a": .list([.int(1), .bool(true)]), "b": .string("ENUM")]))
    }
}
