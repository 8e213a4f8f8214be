/// The outcome of executing a request (spec §7.1): `data` and the errors raised, or only
/// errors when the request failed before execution (a *request error result*).
public struct ExecutionResult: Sendable {
    /// `nil` for a request error result (no `data` entry at all); `.null` when a non-null
    /// root field failed and the error propagated to the root.
    public var data: Value?
    /// Request errors or execution (field) errors; empty means no `errors` entry.
    public var errors: [GraphQLError]
    /// Free-form additions (tracing, cost); `nil` means no `extensions` entry.
    public var extensions: ObjectValue?

    public init(data: Value?, errors: [GraphQLError] = [], extensions: ObjectValue? = nil) {
        self.data = data
        self.errors = errors
        self.extensions = extensions
    }

    /// A request error result: errors only, no `data` (spec §7.1 "Request Error Result").
    public static func requestErrors(_ errors: [GraphQLError]) -> ExecutionResult {
        ExecutionResult(data: nil, errors: errors)
    }

    /// True when the request failed before execution (no `data` entry).
    public var isRequestError: Bool { data == nil }

    /// The response map as a `Value`: `errors` (if any), then `data` (unless a request
    /// error), then `extensions` (if any). Errors come first, as §7.1 suggests, so they
    /// are the first thing a reader sees.
    public var response: Value {
        var map = ObjectValue(minimumCapacity: 3)
        if !errors.isEmpty { map.append("errors", .list(errors.map(\.response))) }
        if let data { map.append("data", data) }
        if let extensions { map.append("extensions", .object(extensions)) }
        return .object(map)
    }

    /// The response serialized as JSON (spec §7.2.1), written straight to bytes.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.bytes
    }

    /// The response as JSON text; for tests and logs (HTTP uses `jsonBytes()`).
    public var json: String { String(decoding: jsonBytes(), as: UTF8.self) }

    /// Writes the response map into `writer` without building the `response` value.
    public func write(to writer: inout JSONWriter) {
        writer.writeRaw("{")
        var needsComma = false
        if !errors.isEmpty {
            writer.writeRaw("\"errors\":[")
            for (index, error) in errors.enumerated() {
                if index > 0 { writer.writeRaw(",") }
                writer.write(object: error.responseObject)
            }
            writer.writeRaw("]")
            needsComma = true
        }
        if let data {
            if needsComma { writer.writeRaw(",") }
            writer.writeRaw("\"data\":")
            writer.write(data)
            needsComma = true
        }
        if let extensions {
            if needsComma { writer.writeRaw(",") }
            writer.writeRaw("\"extensions\":")
            writer.write(object: extensions)
        }
        writer.writeRaw("}")
    }
}

extension GraphQLError {
    /// The error as the spec's response format has it (§7.1.2 "Errors"): `message`, then
    /// `locations` (omitted when empty), `path` (omitted when nil), `extensions` (omitted
    /// when nil).
    public var responseObject: ObjectValue {
        var map = ObjectValue(minimumCapacity: 4)
        map.append("message", .string(message))
        if !locations.isEmpty {
            map.append("locations", .list(locations.map { location in
                .object(ObjectValue(uniqueKeys: ["line", "column"], values: [.int(location.line), .int(location.column)]))
            }))
        }
        if let path {
            map.append("path", .list(path.map { component in
                switch component {
                case .key(let key): return .string(key)
                case .index(let index): return .int(index)
                }
            }))
        }
        if let extensions { map.append("extensions", .object(extensions)) }
        return map
    }

    /// `responseObject` as a `Value`.
    public var response: Value { .object(responseObject) }
}
