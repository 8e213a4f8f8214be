import Testing
@testable import GraphQLEngine

/// The shared traversal, the error limit, the rule catalog and performance on large
/// documents.
@Suite struct ValidatorTests {
    @Test("a valid document has no errors with all rules") func validDocument() throws {
        let errors = try validationErrors(#"""
        query Q($id: ID, $cmd: DogCommand!) {
          human(id: $id) { name pets { name ... on Dog { doesKnowCommand(dogCommand: $cmd) } } }
          catOrDog { __typename ...CatFields }
        }
        fragment CatFields on Cat { meows furColor }
        """#)
        #expect(errors.isEmpty)
    }

    @Test("stops at maxErrors with graphql-js's final error") func errorLimit() throws {
        let errors = try validationErrors("{ a b c d e }", maxErrors: 3)
        #expect(errors.map(\.message) == [
            #"Cannot query field "a" on type "Query"."#,
            #"Cannot query field "b" on type "Query"."#,
            #"Cannot query field "c" on type "Query"."#,
            "Too many validation errors, error limit reached. Validation aborted.",
        ])
        #expect(errors[3].locations.isEmpty)
    }

    @Test("exactly maxErrors errors are not aborted") func errorLimitExact() throws {
        let errors = try validationErrors("{ a b c }", maxErrors: 3)
        #expect(errors.count == 3)
        #expect(!errors.contains { $0.message.contains("Validation aborted") })
    }

    @Test("a rule skipping a subtree does not hide it from other rules") func skipIsPerRule() throws {
        let skipper = RecordingRule(skipFields: true)
        let recorder = RecordingRule(skipFields: false)
        _ = try validationErrors("{ dog { name mother { name } } }", rules: [skipper, recorder])
        #expect(skipper.log.entries == ["Query.dog"])
        #expect(recorder.log.entries == ["Query.dog", "Dog.name", "Dog.mother", "Dog.name"])
    }

    @Test("type information follows fragments, arguments and input values") func typeInfo() throws {
        let recorder = RecordingRule(skipFields: false, recordValues: true)
        _ = try validationErrors(#"""
        { pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } }
          complicatedArgs { complexArgField(complexArg: { stringListField: ["a"] }) } }
        """#, rules: [recorder])
        #expect(recorder.log.entries == [
            "Query.pet", "Dog.doesKnowCommand", "value DogCommand", "Query.complicatedArgs",
            "ComplicatedArgs.complexArgField", "value ComplexInput",
            // Entering a list moves the expected type to its items (as graphql-js's TypeInfo).
            "value String", "value String",
        ])
    }

    @Test("documents built in code (no locations) validate without locations") func noLocations() throws {
        let document = Document(definitions: [
            .operation(OperationDefinition(
                operation: .query,
                selectionSet: SelectionSet(selections: [.field(Field(name: Name("nope")))])
            )),
        ])
        let errors = validate(schema: validationTestSchema, document: document)
        #expect(errors.map(\.message) == [#"Cannot query field "nope" on type "Query"."#])
        #expect(errors[0].locations.isEmpty)
    }

    @Test("the catalog lists every specified rule once, with spec anchors") func catalog() {
        let names = specifiedRuleCatalog.map(\.rule.name)
        #expect(names.count == 28)
        #expect(Set(names).count == names.count)
        #expect(specifiedRules.map(\.name) == names)
        for entry in specifiedRuleCatalog where entry.rule.name != "MaxIntrospectionDepthRule" {
            #expect(!entry.references.isEmpty, "\(entry.rule.name) has no spec reference")
            for reference in entry.references {
                #expect(reference.section.hasPrefix("5."))
                #expect(reference.url.hasPrefix("https://spec.graphql.org/September2025/#sec-"))
            }
        }
    }

    @Test("the full introspection query (all options on) is valid") func introspectionQuery() throws {
        // The same query the differential test checks against graphql-core; its speed is
        // measured by the benchmark (docs/graphql-engine/benchmarks.md), not here.
        let query = try RepositoryFiles.read(RepositoryFiles.corpus.appendingPathComponent("introspection-query.graphql"))
        #expect(validate(schema: validationTestSchema, document: try parse(query)).isEmpty)
    }

    @Test("a chain of 10,000 fragments does not exhaust the call stack") func longFragmentChain() throws {
        var text = "{ dog { ...F0 } }\n"
        for index in 0..<10_000 { text += "fragment F\(index) on Dog { name ...F\(index + 1) }\n" }
        text += "fragment F10000 on Dog { name: nickname }\n"
        let rules: [any ValidationRule] = [NoFragmentCyclesRule(), OverlappingFieldsCanBeMergedRule()]
        let errors = try validationErrors(text, rules: rules)
        // As graphql-core reports for shorter chains: one conflict, between the last two
        // fragments (each fragment pair is compared once).
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix(#"Fields "name" conflict because "name" and "nickname" are different fields."#) == true)
        #expect(errors.first?.locations == [SourceLocation(line: 10001, column: 25), SourceLocation(line: 10002, column: 26)])
    }

    @Test("a thousand aliases validate") func manyAliases() throws {
        var text = "query Many {\n"
        for index in 0..<1000 { text += "  a\(index): dog { name barks }\n" }
        text += "}\n"
        #expect(validate(schema: validationTestSchema, document: try parse(text)).isEmpty)
    }

    @Test("a thousand fields with one response name validate") func sameResponseName() throws {
        var text = "{ dog {\n"
        for _ in 0..<1000 { text += "  name\n" }
        text += "  name: nickname\n} }\n"
        let errors = try validationErrors(text)
        // Every one of the 1000 `name` fields conflicts with the aliased `nickname`.
        #expect(errors.count == 100 + 1)
        #expect(errors.first?.message ==
            #"Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#)
    }

    @Test("overlapping fragments do not blow up") func fragmentFanOut() throws {
        // Each fragment spreads the next one twice and adds a field: expanding would visit
        // 2^30 selections; comparing fragment pairs once keeps this linear.
        var text = "{ dog { ...F0 } }\n"
        for level in 0..<30 {
            text += "fragment F\(level) on Dog { x: name ...F\(level + 1) ...F\(level + 1) }\n"
        }
        text += "fragment F30 on Dog { x: name }\n"
        // An exponential regression would not finish; the benchmark measures the speed.
        #expect(validate(schema: validationTestSchema, document: try parse(text)).isEmpty)
    }
}

/// A test rule recording what the shared traversal shows it.
private final class RecordingLog: @unchecked Sendable {
    // Only touched by the single validation run that the test performs synchronously.
    var entries: [String] = []
}

private struct RecordingRule: ValidationRule {
    let skipFields: Bool
    var recordValues = false
    let log = RecordingLog()

    var name: String { "RecordingRule" }
    func makeChecker(context: ValidationContext) -> any ValidationRuleChecker {
        Checker(context: context, rule: self)
    }

    final class Checker: ValidationRuleChecker {
        let context: ValidationContext
        let rule: RecordingRule
        init(context: ValidationContext, rule: RecordingRule) {
            self.context = context
            self.rule = rule
        }

        func enterField(_ node: Field) -> ValidationAction {
            rule.log.entries.append("\(context.parentType?.name ?? "?").\(context.fieldDefinition?.name ?? "?")")
            return rule.skipFields ? .skip : .continue
        }

        func enterValue(_ node: ValueNode) -> ValidationAction {
            if rule.recordValues { rule.log.entries.append("value \(context.inputType.map { "\($0)" } ?? "?")") }
            return .continue
        }
    }
}
