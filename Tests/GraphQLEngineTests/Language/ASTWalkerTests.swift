import Testing
@testable import GraphQLEngine

/// Records every hook it receives for the node kinds of executable documents.
private struct Recorder: ASTVisitor {
    var events: [String] = []
    var skipFieldsNamed: Set<String> = []
    var breakOnFieldNamed: String?
    var breakOnLeavingArgument = false

    mutating func enter(_ node: Document) -> VisitAction { events.append("enter Document"); return .continue }
    mutating func leave(_ node: Document) -> VisitAction { events.append("leave Document"); return .continue }
    mutating func enter(_ node: OperationDefinition) -> VisitAction {
        events.append("enter Operation \(node.name?.value ?? "-")")
        return .continue
    }
    mutating func leave(_ node: OperationDefinition) -> VisitAction { events.append("leave Operation"); return .continue }
    mutating func enter(_ node: VariableDefinition) -> VisitAction { events.append("enter VariableDefinition"); return .continue }
    mutating func leave(_ node: VariableDefinition) -> VisitAction { events.append("leave VariableDefinition"); return .continue }
    mutating func enter(_ node: Variable) -> VisitAction { events.append("enter Variable \(node.name.value)"); return .continue }
    mutating func enter(_ node: SelectionSet) -> VisitAction { events.append("enter SelectionSet"); return .continue }
    mutating func leave(_ node: SelectionSet) -> VisitAction { events.append("leave SelectionSet"); return .continue }
    mutating func enter(_ node: Field) -> VisitAction {
        events.append("enter Field \(node.name.value)")
        if node.name.value == breakOnFieldNamed { return .break }
        return skipFieldsNamed.contains(node.name.value) ? .skip : .continue
    }
    mutating func leave(_ node: Field) -> VisitAction { events.append("leave Field \(node.name.value)"); return .continue }
    mutating func enter(_ node: Argument) -> VisitAction { events.append("enter Argument \(node.name.value)"); return .continue }
    mutating func leave(_ node: Argument) -> VisitAction {
        events.append("leave Argument \(node.name.value)")
        return breakOnLeavingArgument ? .break : .continue
    }
    mutating func enter(_ node: Directive) -> VisitAction { events.append("enter Directive \(node.name.value)"); return .continue }
    mutating func enter(_ node: FragmentSpread) -> VisitAction { events.append("enter FragmentSpread"); return .continue }
    mutating func enter(_ node: InlineFragment) -> VisitAction { events.append("enter InlineFragment"); return .continue }
    mutating func leave(_ node: InlineFragment) -> VisitAction { events.append("leave InlineFragment"); return .continue }
    mutating func enter(_ node: FragmentDefinition) -> VisitAction { events.append("enter FragmentDefinition"); return .continue }
    mutating func enter(_ node: IntValue) -> VisitAction { events.append("enter Int \(node.value)"); return .continue }
    mutating func enter(_ node: FloatValue) -> VisitAction { events.append("enter Float"); return .continue }
    mutating func enter(_ node: StringValue) -> VisitAction { events.append("enter String \(node.value)"); return .continue }
    mutating func enter(_ node: BooleanValue) -> VisitAction { events.append("enter Boolean"); return .continue }
    mutating func enter(_ node: NullValue) -> VisitAction { events.append("enter Null"); return .continue }
    mutating func enter(_ node: EnumValue) -> VisitAction { events.append("enter Enum"); return .continue }
    mutating func enter(_ node: ListValue) -> VisitAction { events.append("enter List"); return .continue }
    mutating func leave(_ node: ListValue) -> VisitAction { events.append("leave List"); return .continue }
    mutating func enter(_ node: ObjectValueNode) -> VisitAction { events.append("enter Object"); return .continue }
    mutating func enter(_ node: ObjectField) -> VisitAction { events.append("enter ObjectField \(node.name.value)"); return .continue }
    mutating func enter(_ node: NamedType) -> VisitAction { events.append("enter NamedType \(node.name.value)"); return .continue }
    mutating func enter(_ node: ListType) -> VisitAction { events.append("enter ListType"); return .continue }
    mutating func enter(_ node: NonNullType) -> VisitAction { events.append("enter NonNullType"); return .continue }
}

/// Counts the type-system nodes it sees.
private struct SDLCounter: ASTVisitor {
    var counts: [String: Int] = [:]
    mutating func count(_ kind: String) -> VisitAction {
        counts[kind, default: 0] += 1
        return .continue
    }
    mutating func enter(_ node: SchemaDefinition) -> VisitAction { count("schema") }
    mutating func enter(_ node: OperationTypeDefinition) -> VisitAction { count("operationType") }
    mutating func enter(_ node: ScalarTypeDefinition) -> VisitAction { count("scalar") }
    mutating func enter(_ node: ObjectTypeDefinition) -> VisitAction { count("object") }
    mutating func enter(_ node: FieldDefinition) -> VisitAction { count("field") }
    mutating func enter(_ node: InputValueDefinition) -> VisitAction { count("inputValue") }
    mutating func enter(_ node: InterfaceTypeDefinition) -> VisitAction { count("interface") }
    mutating func enter(_ node: UnionTypeDefinition) -> VisitAction { count("union") }
    mutating func enter(_ node: EnumTypeDefinition) -> VisitAction { count("enum") }
    mutating func enter(_ node: EnumValueDefinition) -> VisitAction { count("enumValue") }
    mutating func enter(_ node: InputObjectTypeDefinition) -> VisitAction { count("input") }
    mutating func enter(_ node: DirectiveDefinition) -> VisitAction { count("directive") }
    mutating func enter(_ node: SchemaExtension) -> VisitAction { count("schemaExtension") }
    mutating func enter(_ node: ScalarTypeExtension) -> VisitAction { count("scalarExtension") }
    mutating func enter(_ node: ObjectTypeExtension) -> VisitAction { count("objectExtension") }
    mutating func enter(_ node: InterfaceTypeExtension) -> VisitAction { count("interfaceExtension") }
    mutating func enter(_ node: UnionTypeExtension) -> VisitAction { count("unionExtension") }
    mutating func enter(_ node: EnumTypeExtension) -> VisitAction { count("enumExtension") }
    mutating func enter(_ node: InputObjectTypeExtension) -> VisitAction { count("inputExtension") }
    mutating func enter(_ node: Directive) -> VisitAction { count("directiveUse") }
    mutating func enter(_ node: StringValue) -> VisitAction { count("string") }
}

@Suite("AST walker")
struct ASTWalkerTests {
    @Test func visitsInSourceOrderWithEnterAndLeave() throws {
        let document = try parse("""
            query Q($v: [Int!] = [1]) @op { a(x: $v, y: {z: 2.5, w: [null, E, true, "s"]}) @d { b } ...F ... on T { c } }
            fragment F on T { d }
            """)
        var recorder = Recorder()
        walk(document, &recorder)
        #expect(recorder.events == [
            "enter Document",
            "enter Operation Q",
            "enter VariableDefinition", "enter Variable v", "enter ListType", "enter NonNullType", "enter NamedType Int",
            "enter List", "enter Int 1", "leave List", "leave VariableDefinition",
            "enter Directive op",
            "enter SelectionSet",
            "enter Field a",
            "enter Argument x", "enter Variable v", "leave Argument x",
            "enter Argument y", "enter Object", "enter ObjectField z", "enter Float", "enter ObjectField w",
            "enter List", "enter Null", "enter Enum", "enter Boolean", "enter String s", "leave List",
            "leave Argument y",
            "enter Directive d",
            "enter SelectionSet", "enter Field b", "leave Field b", "leave SelectionSet",
            "leave Field a",
            "enter FragmentSpread",
            "enter InlineFragment", "enter NamedType T", "enter SelectionSet", "enter Field c", "leave Field c",
            "leave SelectionSet", "leave InlineFragment",
            "leave SelectionSet",
            "leave Operation",
            "enter FragmentDefinition", "enter NamedType T", "enter SelectionSet", "enter Field d", "leave Field d",
            "leave SelectionSet",
            "leave Document",
        ])
    }

    @Test func skipLeavesOutChildrenAndLeave() throws {
        let document = try parse("{ a(x: 1) { b } c }")
        var recorder = Recorder(skipFieldsNamed: ["a"])
        walk(document, &recorder)
        #expect(recorder.events == [
            "enter Document", "enter Operation -", "enter SelectionSet",
            "enter Field a",
            "enter Field c", "leave Field c",
            "leave SelectionSet", "leave Operation", "leave Document",
        ])
    }

    @Test func breakStopsEverything() throws {
        let document = try parse("{ a { b { c } } d }")
        var recorder = Recorder(breakOnFieldNamed: "b")
        walk(document, &recorder)
        #expect(recorder.events == [
            "enter Document", "enter Operation -", "enter SelectionSet", "enter Field a", "enter SelectionSet",
            "enter Field b",
        ])

        var leaving = Recorder(breakOnLeavingArgument: true)
        walk(try parse("{ a(x: 1, y: 2) }"), &leaving)
        #expect(leaving.events.last == "leave Argument x")
    }

    @Test func walksSubtrees() throws {
        var recorder = Recorder()
        walk(try parseValue("[1, {a: 2}]"), &recorder)
        #expect(recorder.events == ["enter List", "enter Int 1", "enter Object", "enter ObjectField a", "enter Int 2", "leave List"])
        var types = Recorder()
        walk(try parseType("[A]!"), &types)
        #expect(types.events == ["enter NonNullType", "enter ListType", "enter NamedType A"])
    }

    @Test func visitsEveryTypeSystemNode() throws {
        var counter = SDLCounter()
        walk(try parse(KitchenSink.typeSystem), &counter)
        #expect(counter.counts["schema"] == 1)
        #expect(counter.counts["operationType"] == 4)
        #expect(counter.counts["scalar"] == 1)
        #expect(counter.counts["object"] == 3)
        #expect(counter.counts["interface"] == 2)
        #expect(counter.counts["union"] == 2)
        #expect(counter.counts["enum"] == 2)
        #expect(counter.counts["enumValue"] == 4)
        #expect(counter.counts["input"] == 2)
        #expect(counter.counts["directive"] == 2)
        #expect(counter.counts["field"] == 11)
        #expect(counter.counts["inputValue"] == 12)
        #expect(counter.counts["schemaExtension"] == 2)
        #expect(counter.counts["scalarExtension"] == 1)
        #expect(counter.counts["objectExtension"] == 3)
        #expect(counter.counts["interfaceExtension"] == 2)
        #expect(counter.counts["unionExtension"] == 2)
        #expect(counter.counts["enumExtension"] == 2)
        #expect(counter.counts["inputExtension"] == 2)
        #expect(counter.counts["directiveUse"] == 18)
        // Descriptions (8) plus string literals in arguments and default values (5).
        #expect(counter.counts["string"] == 13)
    }
}
