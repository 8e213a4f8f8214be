import Testing
@testable import GraphQLEngine

@Suite("Parser")
struct ParserTests {
    // MARK: Executable documents

    @Test func parsesTheExecutableKitchenSink() throws {
        let document = try parse(KitchenSink.executable)
        #expect(document.definitions.count == 5)
        guard case .operation(let query) = document.definitions[0] else {
            Issue.record("expected an operation first")
            return
        }
        #expect(query.description?.value == "Loads a lease with its ledger.")
        #expect(query.description?.block == true)
        #expect(query.operation == .query)
        #expect(query.name?.value == "LeaseDetails")
        #expect(query.variableDefinitions.map(\.variable.name.value) == ["id", "first", "filter", "ratio", "flag"])
        let id = query.variableDefinitions[0]
        #expect(id.description == StringValue("The lease to load"))
        #expect(id.type == .nonNull(NonNullType(type: .named(NamedType(name: "ID")))))
        #expect(id.defaultValue == .string(StringValue("L-1")))
        #expect(id.directives.map(\.name.value) == ["deprecated"])
        #expect(query.variableDefinitions[3].defaultValue == .float(FloatValue("-1.25e+3")))
        #expect(query.variableDefinitions[4].defaultValue == nil)
        #expect(query.directives.map(\.name.value) == ["live"])

        guard case .field(let whoami) = query.selectionSet.selections[0] else {
            Issue.record("expected a field")
            return
        }
        #expect(whoami.alias?.value == "whoami")
        #expect(whoami.name.value == "viewer")
        #expect(whoami.responseKey == "whoami")
        #expect(whoami.selectionSet?.selections.count == 2)

        guard case .operation(let mutation) = document.definitions[1],
              case .operation(let subscription) = document.definitions[2],
              case .operation(let shorthand) = document.definitions[3],
              case .fragment(let fragment) = document.definitions[4] else {
            Issue.record("unexpected definitions")
            return
        }
        #expect(mutation.operation == .mutation && mutation.name == nil)
        #expect(subscription.operation == .subscription)
        #expect(shorthand.operation == .query && shorthand.name == nil && shorthand.variableDefinitions.isEmpty)
        #expect(fragment.name.value == "LedgerLines")
        #expect(fragment.description == StringValue("Ledger lines of a lease."))
        #expect(fragment.typeCondition.name.value == "Lease")
        #expect(fragment.directives.map(\.name.value) == ["onFragment"])
    }

    @Test func parsesSelectionsAndFragments() throws {
        let document = try parse("{ a ...F ... on T @d { b } ... { c } ... @e { d } }")
        guard case .operation(let operation) = document.definitions.first else {
            Issue.record("expected an operation")
            return
        }
        let selections = operation.selectionSet.selections
        #expect(selections.count == 5)
        #expect(selections[1] == .fragmentSpread(FragmentSpread(name: "F")))
        guard case .inlineFragment(let typed) = selections[2],
              case .inlineFragment(let untyped) = selections[3],
              case .inlineFragment(let directed) = selections[4] else {
            Issue.record("expected inline fragments")
            return
        }
        #expect(typed.typeCondition?.name.value == "T" && typed.directives.count == 1)
        #expect(untyped.typeCondition == nil && untyped.directives.isEmpty)
        #expect(directed.typeCondition == nil && directed.directives.map(\.name.value) == ["e"])
    }

    @Test func parsesEveryValueKind() throws {
        let value = try parseValue(#"[1, -2.5e3, "s", """b""", true, false, null, ENUM, $v, [], {}, {a: {b: [$w]}}]"#)
        let expected = ValueNode.list(ListValue(values: [
            .int(IntValue("1")),
            .float(FloatValue("-2.5e3")),
            .string(StringValue("s")),
            .string(StringValue("b", block: true)),
            .boolean(BooleanValue(true)),
            .boolean(BooleanValue(false)),
            .null(NullValue()),
            .enumValue(EnumValue("ENUM")),
            .variable(Variable(name: "v")),
            .list(ListValue(values: [])),
            .object(ObjectValueNode(fields: [])),
            .object(ObjectValueNode(fields: [
                ObjectField(name: "a", value: .object(ObjectValueNode(fields: [
                    ObjectField(name: "b", value: .list(ListValue(values: [.variable(Variable(name: "w"))]))),
                ]))),
            ])),
        ]))
        #expect(value == expected)
    }

    @Test func parsesTypeReferences() throws {
        #expect(try parseType("String") == .named(NamedType(name: "String")))
        #expect(try parseType("[String]") == .list(ListType(type: .named(NamedType(name: "String")))))
        let nested = try parseType("[[Int!]]!")
        #expect(nested == .nonNull(NonNullType(type: .list(ListType(type: .list(ListType(
            type: .nonNull(NonNullType(type: .named(NamedType(name: "Int")))))))))))
        #expect(nested.namedType.name.value == "Int")
    }

    @Test func constValuesRejectVariables() {
        let error = syntaxError { () throws(GraphQLError) in try parseConstValue("{a: [$x]}") }
        expectSyntaxError(error, SyntaxErrorCase("", "Unexpected variable \"$x\" in constant value.", 1, 6))
        let bare = syntaxError { () throws(GraphQLError) in try parseConstValue("$") }
        expectSyntaxError(bare, SyntaxErrorCase("", "Unexpected \"$\".", 1, 1))
    }

    @Test func keywordsAreOrdinaryNamesElsewhere() throws {
        let text = "query query($query: query = query) { query: query(query: query) on fragment ...on1 }"
        let document = try parse(text + " fragment on1 on on { on }")
        #expect(document.definitions.count == 2)
    }

    // MARK: Locations

    @Test func recordsNodeLocations() throws {
        let source = Source("{\n  alias: field(arg: [1])\n}")
        let document = try parse(source)
        #expect(document.loc?.start == 0 && document.loc?.end == source.utf8.count)
        guard case .operation(let operation) = document.definitions[0],
              case .field(let field) = operation.selectionSet.selections[0] else {
            Issue.record("expected a field")
            return
        }
        #expect(operation.loc?.start == 0 && operation.loc?.end == 28)
        #expect(field.loc?.start == 4 && field.loc?.end == 26)
        #expect(field.loc?.startLocation(in: source) == GraphQLEngine.SourceLocation(line: 2, column: 3))
        #expect(field.name.loc?.start == 11 && field.name.loc?.end == 16)
        #expect(field.arguments[0].value.loc?.start == 22 && field.arguments[0].value.loc?.end == 25)
        // Locations are offsets only; the document keeps the source they index into.
        #expect(document.source === source)
    }

    @Test func noLocationOptionLeavesLocationsOut() throws {
        let document = try parse("{ a }", options: ParseOptions(noLocation: true))
        #expect(document.loc == nil)
        #expect(document.definitions[0].loc == nil)
    }

    @Test func equalityIgnoresLocations() throws {
        let compact = try parse("query Q{a(b:1){c}}")
        let spaced = try parse("\n\n  query Q {\n a ( b : 1 ) { c }\n }\n")
        #expect(compact == spaced)
        #expect(compact.hashValue == spaced.hashValue)
        #expect(compact.definitions[0].loc != spaced.definitions[0].loc)
        #expect(try parse("{ a(b: 2) }") != (try parse("{ a(b: 1) }")))
    }

    // MARK: Errors

    @Test(arguments: [
        SyntaxErrorCase("", "Unexpected <EOF>.", 1, 1),
        SyntaxErrorCase("# only a comment\n", "Unexpected <EOF>.", 2, 1),
        SyntaxErrorCase("{", "Expected Name, found <EOF>.", 1, 2),
        SyntaxErrorCase("{}", "Expected Name, found \"}\".", 1, 2),
        SyntaxErrorCase("{ field: {} }", "Expected Name, found \"{\".", 1, 10),
        SyntaxErrorCase("{ \"\" }", "Expected Name, found String \"\".", 1, 3),
        SyntaxErrorCase("{ 12 }", "Expected Name, found Int \"12\".", 1, 3),
        SyntaxErrorCase("{ a(b: \"\"\"x\"\"\" c: ) }", "Unexpected \")\".", 1, 19),
        SyntaxErrorCase("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1),
        SyntaxErrorCase("...", "Unexpected \"...\".", 1, 1),
        SyntaxErrorCase("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20),
        SyntaxErrorCase("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10),
        SyntaxErrorCase("{ ...on }", "Expected Name, found \"}\".", 1, 9),
        SyntaxErrorCase("query Foo($a: Int!!) { x }", "Expected \"$\", found \"!\".", 1, 19),
        SyntaxErrorCase("query Foo() { x }", "Expected \"$\", found \")\".", 1, 11),
        SyntaxErrorCase("query Foo($a) { x }", "Expected \":\", found \")\".", 1, 13),
        SyntaxErrorCase("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }",
                        "Unexpected variable \"$var\" in constant value.", 1, 37),
        SyntaxErrorCase("query Foo($x: Int @d(a: $y)) { field }", "Unexpected variable \"$y\" in constant value.", 1, 25),
        SyntaxErrorCase("query Foo($x: [Int) { field }", "Expected \"]\", found \")\".", 1, 19),
        SyntaxErrorCase("{ a(x: [1, 2) }", "Unexpected \")\".", 1, 13),
        SyntaxErrorCase("{ a(x: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11),
        SyntaxErrorCase("{ a(x: 1) b }}", "Unexpected \"}\".", 1, 14),
        SyntaxErrorCase("queryy { a }", "Unexpected Name \"queryy\".", 1, 1),
        SyntaxErrorCase("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.",
                        1, 1),
        SyntaxErrorCase("\"desc\" extend type A @x",
                        "Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        SyntaxErrorCase("\"desc\" \"other\" type A", "Unexpected String \"other\".", 1, 8),
        SyntaxErrorCase("{ a } \"dangling\"", "Unexpected <EOF>.", 1, 17),
        SyntaxErrorCase("subscription S @d(x: $v) ( ", "Expected \"{\", found \"(\".", 1, 26),
    ])
    func reportsExecutableSyntaxErrors(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try parse(expected.source) }, expected)
    }

    @Test(arguments: [
        SyntaxErrorCase("type A { }", "Expected Name, found \"}\".", 1, 10),
        SyntaxErrorCase("type A { a }", "Expected \":\", found \"}\".", 1, 12),
        SyntaxErrorCase("type A { a(): Int }", "Expected Name, found \")\".", 1, 12),
        SyntaxErrorCase("type A { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17),
        SyntaxErrorCase("type A implements { a: Int }", "Expected Name, found \"{\".", 1, 19),
        SyntaxErrorCase("type A implements B & { a: Int }", "Expected Name, found \"{\".", 1, 23),
        SyntaxErrorCase("schema {}", "Expected Name, found \"}\".", 1, 9),
        SyntaxErrorCase("schema @d", "Expected \"{\", found <EOF>.", 1, 10),
        SyntaxErrorCase("schema { query }", "Expected \":\", found \"}\".", 1, 16),
        SyntaxErrorCase("schema { other: Q }", "Unexpected Name \"other\".", 1, 10),
        SyntaxErrorCase("union U = | A |", "Expected Name, found <EOF>.", 1, 16),
        SyntaxErrorCase("union U = A B", "Unexpected Name \"B\".", 1, 13),
        SyntaxErrorCase("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        SyntaxErrorCase("enum E { \"d\" null }", "Name \"null\" is reserved and cannot be used for an enum value.",
                        1, 14),
        SyntaxErrorCase("enum E { A, B, false }", "Name \"false\" is reserved and cannot be used for an enum value.",
                        1, 16),
        SyntaxErrorCase("input I { a: Int = $v }", "Unexpected variable \"$v\" in constant value.", 1, 20),
        SyntaxErrorCase("input I { a(b: Int): Int }", "Expected \":\", found \"(\".", 1, 12),
        SyntaxErrorCase("directive @a on FOO", "Unexpected Name \"FOO\".", 1, 17),
        SyntaxErrorCase("directive @a(b: Int) QUERY", "Expected \"on\", found Name \"QUERY\".", 1, 22),
        SyntaxErrorCase("directive a on QUERY", "Expected \"@\", found Name \"a\".", 1, 11),
        SyntaxErrorCase("directive @a repeatable on", "Expected Name, found <EOF>.", 1, 27),
        SyntaxErrorCase("extend foo", "Unexpected Name \"foo\".", 1, 8),
        SyntaxErrorCase("extend", "Unexpected <EOF>.", 1, 7),
        SyntaxErrorCase("extend schema", "Unexpected <EOF>.", 1, 14),
        SyntaxErrorCase("extend scalar S", "Unexpected <EOF>.", 1, 16),
        SyntaxErrorCase("extend type A", "Unexpected <EOF>.", 1, 14),
        SyntaxErrorCase("extend type A {}", "Expected Name, found \"}\".", 1, 16),
        SyntaxErrorCase("extend interface I", "Unexpected <EOF>.", 1, 19),
        SyntaxErrorCase("extend union U", "Unexpected <EOF>.", 1, 15),
        SyntaxErrorCase("extend enum E", "Unexpected <EOF>.", 1, 14),
        SyntaxErrorCase("extend input I", "Unexpected <EOF>.", 1, 15),
        SyntaxErrorCase("extend type A { a: Int } extend", "Unexpected <EOF>.", 1, 32),
        SyntaxErrorCase("scalar", "Expected Name, found <EOF>.", 1, 7),
    ])
    func reportsTypeSystemSyntaxErrors(expected: SyntaxErrorCase) {
        expectSyntaxError(syntaxError { () throws(GraphQLError) in try parse(expected.source) }, expected)
    }

    @Test func valueAndTypeParsersRequireEndOfInput() {
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parseValue("1 2") },
            SyntaxErrorCase("", "Expected <EOF>, found Int \"2\".", 1, 3))
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parseType("Int!!") },
            SyntaxErrorCase("", "Expected <EOF>, found \"!\".", 1, 5))
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parseType("") },
            SyntaxErrorCase("", "Expected Name, found <EOF>.", 1, 1))
    }

    // MARK: Type-system documents

    @Test func parsesTheTypeSystemKitchenSink() throws {
        let document = try parse(KitchenSink.typeSystem)
        #expect(document.definitions.count == 29)
        #expect(document.definitions.allSatisfy { !$0.isExecutable })
        guard case .schema(let schema) = document.definitions[0],
              case .objectType(let lease) = document.definitions[2],
              case .objectType(let query) = document.definitions[3],
              case .unionType(let payable) = document.definitions[7],
              case .directive(let key) = document.definitions[13],
              case .directive(let mark) = document.definitions[14] else {
            Issue.record("unexpected definitions")
            return
        }
        #expect(schema.description?.value == "The schema of a small property-management API.")
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation, .subscription])
        #expect(lease.interfaces.map(\.name.value) == ["Node", "Dated"])
        #expect(lease.fields.map(\.name.value) == ["id", "rent", "tenants", "lines"])
        #expect(lease.fields[1].description?.value == "Rent per month")
        #expect(lease.fields[1].arguments[0].defaultValue == .enumValue(EnumValue("EUR")))
        #expect(lease.fields[1].arguments[1].directives.map(\.name.value) == ["deprecated"])
        #expect(lease.fields[2].arguments[0].description == StringValue("How many to return.", block: true))
        #expect(query.interfaces.map(\.name.value) == ["Node"])
        #expect(payable.types.map(\.name.value) == ["Lease", "Invoice"])
        #expect(key.isRepeatable && key.directiveLocations == [.object, .interface])
        #expect(!mark.isRepeatable && mark.directiveLocations.count == DirectiveLocation.allCases.count)

        let extensions = document.definitions[15...]
        var kinds: [String] = []
        for definition in extensions {
            switch definition {
            case .schemaExtension: kinds.append("schema")
            case .scalarTypeExtension: kinds.append("scalar")
            case .objectTypeExtension: kinds.append("type")
            case .interfaceTypeExtension: kinds.append("interface")
            case .unionTypeExtension: kinds.append("union")
            case .enumTypeExtension: kinds.append("enum")
            case .inputObjectTypeExtension: kinds.append("input")
            default: kinds.append("other")
            }
        }
        #expect(kinds == [
            "schema", "schema", "scalar", "type", "type", "type", "interface", "interface",
            "union", "union", "enum", "enum", "input", "input",
        ])
    }

    @Test func parsesEmptyTypeDefinitions() throws {
        let document = try parse("type A union B enum C input D interface E scalar F")
        #expect(document.definitions == [
            .objectType(ObjectTypeDefinition(name: "A")),
            .unionType(UnionTypeDefinition(name: "B")),
            .enumType(EnumTypeDefinition(name: "C")),
            .inputObjectType(InputObjectTypeDefinition(name: "D")),
            .interfaceType(InterfaceTypeDefinition(name: "E")),
            .scalarType(ScalarTypeDefinition(name: "F")),
        ])
    }

    // MARK: Limits

    @Test func enforcesMaxTokens() throws {
        let options = ParseOptions(maxTokens: 4)
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parse("{ a b c }", options: options) },
            SyntaxErrorCase("", "Document contains more than 4 tokens. Parsing aborted.", 1, 9))
        _ = try parse("{ a b c }", options: ParseOptions(maxTokens: 5))
        _ = try parse("{ a b c } # comments do not count", options: ParseOptions(maxTokens: 5))
    }

    @Test func enforcesMaxDepthOnSelectionSets() throws {
        let depth = 30
        let nested = String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
        _ = try parse(nested, options: ParseOptions(maxDepth: depth))
        expectSyntaxError(
            syntaxError { () throws(GraphQLError) in try parse(nested, options: ParseOptions(maxDepth: depth - 1)) },
            SyntaxErrorCase("", "Document exceeds the maximum nesting depth of 29. Parsing aborted.", 1, 117))
    }

    @Test func hostileNestingFailsCleanly() {
        let count = 100_000
        let documents = [
            String(repeating: "{a", count: count),
            "{ a(x: " + String(repeating: "[", count: count) + ") }",
            "{ a(x: " + String(repeating: "{b: ", count: count) + ") }",
            "query ($v: " + String(repeating: "[", count: count) + "Int) { a }",
        ]
        for text in documents {
            let error = syntaxError { () throws(GraphQLError) in try parse(text) }
            #expect(error?.message == "Syntax Error: Document exceeds the maximum nesting depth of 128. Parsing aborted.")
        }
    }

    @Test func parsesManyAliases() throws {
        let fields = (0..<1000).map { "a\($0): field(id: \($0))" }.joined(separator: " ")
        let document = try parse("{ " + fields + " }")
        guard case .operation(let operation) = document.definitions[0] else {
            Issue.record("expected an operation")
            return
        }
        #expect(operation.selectionSet.selections.count == 1000)
    }
}
