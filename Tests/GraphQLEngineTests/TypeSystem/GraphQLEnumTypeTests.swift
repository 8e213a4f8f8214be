import Testing
@testable import GraphQLEngine

/// Enum coercion (spec §3.9) with graphql-js's messages.
@Suite struct GraphQLEnumTypeTests {
    enum Color: String, Sendable { case red = "RED", green = "GREEN", purple = "PURPLE" }

    let color = GraphQLEnumType(name: "Color", values: [
        GraphQLEnumValue(name: "RED"), GraphQLEnumValue(name: "GREEN"), GraphQLEnumValue(name: "BLUE"),
    ])

    private func message(_ body: () throws(GraphQLError) -> Value) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    @Test func serializesNamesAndStringEnums() throws {
        #expect(try color.serialize("RED") == .string("RED"))
        #expect(try color.serialize(Value.string("GREEN")) == .string("GREEN"))
        #expect(try color.serialize(Color.red) == .string("RED"))
        #expect(message { () throws(GraphQLError) in try color.serialize(Color.purple) }?
            .hasPrefix("Enum \"Color\" cannot represent value:") == true)
        #expect(message { () throws(GraphQLError) in try color.serialize("red") } == "Enum \"Color\" cannot represent value: \"red\"")
        #expect(message { () throws(GraphQLError) in try color.serialize(1) } == "Enum \"Color\" cannot represent value: 1")
    }

    @Test func parsesVariableValues() throws {
        #expect(try color.parseValue(.string("BLUE")) == .string("BLUE"))
        #expect(message { () throws(GraphQLError) in try color.parseValue(.string("BLUR")) }
            == "Value \"BLUR\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?")
        #expect(message { () throws(GraphQLError) in try color.parseValue(.int(1)) }
            == "Enum \"Color\" cannot represent non-string value: 1.")
    }

    @Test func parsesLiterals() throws {
        #expect(try color.parseLiteral(.enumValue(EnumValue("RED"))) == .string("RED"))
        #expect(message { () throws(GraphQLError) in try color.parseLiteral(.string(StringValue("RED"))) }
            == "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?")
        #expect(message { () throws(GraphQLError) in try color.parseLiteral(.enumValue(EnumValue("YELLOW"))) }
            == "Value \"YELLOW\" does not exist in \"Color\" enum.")
    }
}
