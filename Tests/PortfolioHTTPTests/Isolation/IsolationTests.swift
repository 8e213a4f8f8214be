import Foundation
import GraphQLEngine
import Testing

/// The tenant isolation test: every Query and Mutation field of the schema, read from the
/// running API by introspection, is called with org A's OWNER token and org B's ids (org B
/// has a row in every table with an `org_id`). For each call: no org B id in the answer
/// (an id we passed may be echoed in an error message, never in `data`); a field that
/// *requires* one of B's ids fails with NOT_FOUND or FORBIDDEN (BAD_USER_INPUT is recorded
/// — the dummy values did not pass validation, so the id was never looked up); after every
/// mutation org B's rows are byte-for-byte what they were.
///
/// New fields are covered without editing this file. A field that cannot be called
/// generically fails the test with a message saying how to cover it (an id kind in
/// IsolationIDKinds.overrides, a column in OrgBData.overrides, or a reasoned entry in
/// IsolationAllowList).
@Suite("Isolation")
struct IsolationTests {
    @Test("every root field, with org A's token and org B's ids, reveals and changes nothing of org B")
    func everyRootFieldIsIsolated() async throws {
        try await IdentityHarness.run { app in
            let orgs = try await OrgFixture.make(app)
            let orgB = try await OrgBData.seed(app, orgs: orgs)
            let introspection = try await app.graphQL(SchemaCatalog.query, as: orgs.a)
            let catalog = try SchemaCatalog(introspection: try #require(introspection.data, "\(introspection.text)"))
            #expect(catalog.queryFields.count > 3, "introspection found too few query fields: \(introspection.text.prefix(500))")

            var problems: [String] = []
            var covered: [String] = []
            var badInput: [String] = []
            var skipped: [String] = []
            let baseline = try await orgB.snapshot(app.pool)

            let roots: [(operation: String, type: String, fields: [SchemaCatalog.Field])] = [
                ("query", catalog.queryType, catalog.queryFields),
                ("mutation", catalog.mutationType ?? "Mutation", catalog.mutationFields),
            ]
            for root in roots {
                for field in root.fields.sorted(by: { $0.name < $1.name }) {
                    let coordinate = "\(root.type).\(field.name)"
                    if let reason = IsolationAllowList.skipped[coordinate] {
                        skipped.append("\(coordinate): \(reason)")
                        continue
                    }
                    let request: IsolationRequest
                    do {
                        request = try IsolationRequest(
                            operation: root.operation, rootType: root.type, field: field, catalog: catalog, orgB: orgB)
                    } catch {
                        problems.append("\(coordinate) is not covered: \(error). Or add it to IsolationAllowList with a reason.")
                        continue
                    }
                    let reply = try await app.graphQL(request.document, variables: request.variables, as: orgs.a)
                    covered.append(coordinate)

                    // (a) No org B id in the answer; ids we passed only in error messages.
                    let text = reply.text.lowercased()
                    let dataText = reply.data.map { JSONWriter.string($0).lowercased() } ?? ""
                    let leaked = orgB.allIDs.filter { id in
                        request.passedIDs.contains(id) ? dataText.contains(id) : text.contains(id)
                    }
                    if !leaked.isEmpty {
                        problems.append("LEAK \(coordinate): the answer contains org B's ids \(leaked.sorted()): \(reply.text.prefix(600))")
                    }
                    // (b) A required org B id is NOT_FOUND (or FORBIDDEN).
                    if request.requiresBID {
                        switch reply.code {
                        case "NOT_FOUND", "FORBIDDEN":
                            break
                        case "BAD_USER_INPUT":
                            badInput.append("\(coordinate) fields=\(reply.badFields) \(reply.errors.first?["message"]?.stringValue ?? "")")
                        case nil:
                            // Not a leak when data is null, but DESIGN.md: "Another org's object is NOT_FOUND".
                            problems.append("\(coordinate) answered org B's id without an error (expected NOT_FOUND; a null is not a leak but breaks the contract): \(reply.text.prefix(400))")
                        case let code?:
                            problems.append("\(coordinate) answered \(code) for org B's id (expected NOT_FOUND or FORBIDDEN): \(reply.text.prefix(400))")
                        }
                    }
                    // (c) Org B's rows are unchanged after every mutation.
                    if root.operation == "mutation" {
                        let after = try await orgB.snapshot(app.pool)
                        let changed = baseline.keys.filter { baseline[$0] != after[$0] }.sorted()
                        if !changed.isEmpty {
                            problems.append("LEAK \(coordinate) changed org B's rows in \(changed): \(reply.text.prefix(400))")
                            return
                        }
                    }
                }
            }

            print("""
                Isolation: \(covered.count) root fields covered, \(skipped.count) skipped by the allow-list, \
                \(badInput.count) stopped at input validation before the id was looked up, \(problems.count) problems
                """)
            for line in skipped { print("  skipped  \(line)") }
            for line in badInput { print("  bad input (id not proven) \(line)") }
            for line in problems { print("  PROBLEM  \(line)") }
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(!covered.isEmpty)
        }
    }
}
