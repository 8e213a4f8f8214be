import Testing
@testable import GraphQLEngine

/// `Field` keeps its parts in a shared box (`FieldStorage`); these check that it still
/// behaves as a plain value: copies are independent, equality and hashing are structural
/// and ignore locations.
@Suite("AST: Field value semantics")
struct ASTTests {
    @Test("setting a part of a copy leaves the original unchanged")
    func copiesAreIndependent() throws {
        let original = Field(alias: "a", name: "f", arguments: [Argument(name: "x", value: .int(IntValue("1")))])
        var copy = original
        copy.alias = nil
        copy.name = "g"
        copy.arguments = []
        copy.directives = [Directive(name: "skip")]
        copy.selectionSet = SelectionSet(selections: [.field(Field(name: "id"))])
        #expect(original.alias?.value == "a")
        #expect(original.name.value == "f")
        #expect(original.arguments.count == 1)
        #expect(original.directives.isEmpty)
        #expect(original.selectionSet == nil)
        #expect(copy.alias == nil)
        #expect(copy.responseKey == "g")
        #expect(copy.directives.map(\.name.value) == ["skip"])
        #expect(copy.selectionSet?.selections.count == 1)
        copy.selectionSet = nil
        #expect(copy.selectionSet == nil)
    }

    @Test("equality and hashing compare structure, not locations")
    func equalityIgnoresLocations() throws {
        let document = try parse("{ a: f(x: 1) { id } }")
        let reparsed = try parse("{\n  a: f(x: 1) {\n    id\n  }\n}")
        guard case .operation(let operation) = document.definitions[0],
              case .field(let field) = operation.selectionSet.selections[0],
              case .operation(let otherOperation) = reparsed.definitions[0],
              case .field(let other) = otherOperation.selectionSet.selections[0]
        else {
            Issue.record("expected a field")
            return
        }
        #expect(field.loc != nil)
        #expect(field.loc != other.loc)
        #expect(field == other)
        #expect(field.hashValue == other.hashValue)
        #expect(field.responseKey == "a")
        var changed = other
        changed.alias = "b"
        #expect(field != changed)
        var relocated = field
        relocated.loc = nil
        #expect(relocated.loc == nil)
        #expect(relocated == field)
    }
}
