import Foundation
import GraphQLEngine

/// One generic call of a root field: variables built from the argument types (org B's ids
/// for ID arguments, valid dummies for the rest) and a selection of the return type's
/// scalar fields one level deep.
struct IsolationRequest: Sendable {
    let document: String
    let variables: [String: Value]
    /// Org B's ids passed in the call (an error message may echo these; data must not).
    let passedIDs: Set<String>
    /// Whether a *required* argument or input field carries an org B id: then the call must
    /// fail with NOT_FOUND or FORBIDDEN.
    let requiresBID: Bool

    /// Why a field cannot be called generically (the test fails with this message).
    struct Uncoverable: Error, CustomStringConvertible {
        let description: String
    }

    /// Builds the call for `field` of the root type `operation` ("query" or "mutation").
    init(operation: String, rootType: String, field: SchemaCatalog.Field, catalog: SchemaCatalog, orgB: OrgBData) throws {
        var builder = Builder(catalog: catalog, orgB: orgB, field: field)
        var definitions: [String] = []
        var arguments: [String] = []
        var variables: [String: Value] = [:]
        for argument in field.arguments {
            let coordinate = "\(rootType).\(field.name).\(argument.name)"
            guard let value = try builder.value(
                for: argument.type, name: argument.name, coordinate: coordinate, required: argument.isRequired,
                strict: argument.isRequired)
            else { continue }
            definitions.append("$\(argument.name): \(argument.type.sdl)")
            arguments.append("\(argument.name): $\(argument.name)")
            variables[argument.name] = value
        }
        let head = definitions.isEmpty ? operation : "\(operation)(\(definitions.joined(separator: ", ")))"
        let call = arguments.isEmpty ? field.name : "\(field.name)(\(arguments.joined(separator: ", ")))"
        let selection = Self.selection(for: field.type, catalog: catalog, depth: 0)
        document = "\(head) { \(call)\(selection) }"
        self.variables = variables
        passedIDs = builder.passedIDs
        requiresBID = builder.requiresBID
    }

    /// `{ __typename leaf … object { __typename leaf … } }`: scalar and enum fields without
    /// required arguments; object fields one level deeper (connections: `nodes { … }`).
    static func selection(for type: SchemaCatalog.TypeRef, catalog: SchemaCatalog, depth: Int) -> String {
        let named = type.named
        guard let definition = catalog.types[named.name] else { return "" }
        switch named.kind {
        case "OBJECT":
            var parts = ["__typename"]
            for field in definition.fields where !field.arguments.contains(where: \.isRequired) {
                let kind = field.type.named.kind
                if kind == "SCALAR" || kind == "ENUM" {
                    parts.append(field.name)
                } else if depth < 1 {
                    let inner = selection(for: field.type, catalog: catalog, depth: depth + 1)
                    if !inner.isEmpty { parts.append(field.name + inner) }
                }
            }
            return " { " + parts.joined(separator: " ") + " }"
        case "INTERFACE", "UNION":
            return " { __typename }"
        default:
            return ""
        }
    }

    private struct Builder {
        let catalog: SchemaCatalog
        let orgB: OrgBData
        let field: SchemaCatalog.Field
        var passedIDs: Set<String> = []
        var requiresBID = false
        var counter = 0

        /// A value for an argument or input field; nil leaves an optional one out. `strict`:
        /// the value is required all the way from the root argument (an org B id there must
        /// make the call fail).
        mutating func value(
            for type: SchemaCatalog.TypeRef, name: String, coordinate: String, required: Bool, strict: Bool
        ) throws -> Value? {
            let named = type.named
            if named.name == "ID" {
                let table = IsolationIDKinds.table(
                    for: name, coordinate: coordinate, field: field.name, returnType: field.type.named.name,
                    tables: Set(orgB.idsByTable.keys))
                guard let table, let id = orgB.idsByTable[table]?.first else {
                    if !required { return nil }
                    throw Uncoverable(description: """
                        cannot tell which kind of id \(coordinate) takes: add "\(coordinate)": "<table>" to \
                        IsolationIDKinds.overrides (or name the argument after its kind, e.g. buildingId)
                        """)
                }
                passedIDs.insert(id)
                if strict { requiresBID = true }
                return wrap(.string(id), type)
            }
            guard required || named.kind == "INPUT_OBJECT" && containsID(named.name, depth: 0) else { return nil }
            let inner: Value
            switch named.kind {
            case "SCALAR": inner = try scalar(named.name, name: name, coordinate: coordinate)
            case "ENUM":
                guard let first = catalog.types[named.name]?.enumValues.first else {
                    throw Uncoverable(description: "enum \(named.name) of \(coordinate) has no values")
                }
                inner = .string(first)
            case "INPUT_OBJECT":
                var object = ObjectValue()
                for input in catalog.types[named.name]?.inputFields ?? [] {
                    if let value = try value(
                        for: input.type, name: input.name, coordinate: "\(named.name).\(input.name)",
                        required: input.isRequired, strict: strict && input.isRequired)
                    {
                        object[input.name] = value
                    }
                }
                inner = .object(object)
            default:
                throw Uncoverable(description: "\(coordinate) has an argument of kind \(named.kind)")
            }
            return wrap(inner, type)
        }

        /// Whether an input object (optional itself) has ID fields worth filling with B's ids.
        func containsID(_ typeName: String, depth: Int) -> Bool {
            guard depth < 3, let type = catalog.types[typeName] else { return false }
            return type.inputFields.contains { input in
                let named = input.type.named
                return named.name == "ID" || (named.kind == "INPUT_OBJECT" && containsID(named.name, depth: depth + 1))
            }
        }

        /// Lists get one element.
        func wrap(_ value: Value, _ type: SchemaCatalog.TypeRef) -> Value {
            switch type {
            case .named: return value
            case .nonNull(let inner): return wrap(value, inner)
            case .list(let inner): return .list([wrap(value, inner)])
            }
        }

        /// Valid dummies by scalar type, and by argument name for strings with a format.
        mutating func scalar(_ type: String, name: String, coordinate: String) throws -> Value {
            counter += 1
            let lower = name.lowercased()
            switch type {
            case "Int": return .int(1)
            case "Float": return .float(1)
            case "Boolean": return .bool(false)
            case "Money": return .string("1.00")
            case "Date": return .string("2026-01-15")
            case "Month": return .string("2026-01")
            case "DateTime": return .string("2026-01-15T00:00:00Z")
            case "String":
                if lower.contains("email") { return .string("isolation-\(counter)@example.com") }
                if lower.contains("phone") { return .string("+15550100\(counter % 10)") }
                if lower.contains("currency") { return .string("USD") }
                if lower.contains("timezone") { return .string("UTC") }
                if lower.contains("password") { return .string("Isolation-horse-1") }
                if lower.contains("month") { return .string("2026-01") }
                if name.hasSuffix("Date") || name.hasSuffix("On") || lower == "date" { return .string("2026-01-15") }
                if lower.contains("key") || lower.contains("slug") || lower.contains("token") || lower.contains("cursor") {
                    return .string("iso-\(UUID().uuidString.lowercased())")
                }
                if lower.contains("code") { return .string("ISO\(counter)") }
                return .string("Isolation \(counter)")
            default:
                throw Uncoverable(description: "no dummy value for scalar \(type) (\(coordinate)): add one to IsolationRequest.scalar")
            }
        }
    }
}
