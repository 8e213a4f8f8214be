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

    @Test("a field keeps every part's location, and tells a missing location from offset 0")
    func fieldKeepsLocations() throws {
        let source = Source("{ a: f { id } }")
        let document = try parse(source)
        guard case .operation(let operation) = document.definitions[0],
              case .field(let field) = operation.selectionSet.selections[0]
        else {
            Issue.record("expected a field")
            return
        }
        #expect(field.loc == Location(start: 2, end: 13))
        #expect(field.alias?.loc == Location(start: 2, end: 3))
        #expect(field.name.loc == Location(start: 5, end: 6))
        #expect(field.selectionSet?.loc == Location(start: 7, end: 13))
        #expect(field.name.loc?.startLocation(in: source) == SourceLocation(line: 1, column: 6))

        let atZero = Field(alias: Name("a", loc: Location(start: 0, end: 0)), name: "f", loc: Location(start: 0, end: 0))
        #expect(atZero.loc == Location(start: 0, end: 0))
        #expect(atZero.alias?.loc == Location(start: 0, end: 0))
        #expect(atZero.name.loc == nil)
        #expect(atZero.selectionSet == nil)
    }
}

/// Locations are byte ranges only; the document keeps the source they index into.
@Suite("AST: locations and sources")
struct LocationTests {
    @Test("a parsed document keeps its source; one built in code has none")
    func documentSource() throws {
        let source = Source("query Q { a }", name: "ops.graphql")
        let document = try parse(source)
        #expect(document.source === source)
        #expect(Document(definitions: document.definitions).source == nil)
        // The source takes no part in equality, like locations.
        #expect(Document(definitions: document.definitions) == document)
    }

    @Test("locations compare by offsets")
    func locationEquality() {
        #expect(Location(start: 3, end: 7) == Location(start: 3, end: 7))
        #expect(Location(start: 3, end: 7) != Location(start: 3, end: 8))
        #expect(Set([Location(start: 1, end: 2), Location(start: 1, end: 2)]).count == 1)
    }

    @Test("line and column come from the source, counting characters, not bytes")
    func lineAndColumn() throws {
        let source = Source("{\n  \"é\" a\n}")
        // `a` is at byte 9; its column counts "é" as one character, though it is two bytes.
        #expect(Location(start: 9, end: 10).startLocation(in: source) == SourceLocation(line: 2, column: 7))
        #expect(source.utf8.count == 12)
    }

    @Test("selections and definitions hold their nodes indirectly and compare structurally")
    func indirectCases() throws {
        let text = "query Q { ...F ... on Query { a } } fragment F on Query { b }"
        let document = try parse(text)
        let again = try parse(text)
        #expect(document == again)
        #expect(document.definitions.count == 2)
        guard case .operation(let operation) = document.definitions[0] else {
            Issue.record("expected an operation")
            return
        }
        #expect(operation.name?.value == "Q")
        guard case .fragmentSpread(let spread) = operation.selectionSet.selections[0],
              case .inlineFragment(let inline) = operation.selectionSet.selections[1]
        else {
            Issue.record("expected a spread and an inline fragment")
            return
        }
        #expect(spread.name.value == "F")
        #expect(inline.typeCondition?.name.value == "Query")
        #expect(MemoryLayout<Selection>.size == 8)
        #expect(MemoryLayout<Definition>.size == 8)
    }
}
