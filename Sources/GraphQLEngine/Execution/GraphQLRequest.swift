/// The parameters of a GraphQL-over-HTTP request (GraphQL over HTTP, "Request
/// Parameters"): the document text, which operation, its variables, and extensions.
public struct GraphQLRequest: Sendable, Hashable {
    public var query: String
    /// `nil` (or empty, which the HTTP spec treats the same) when the document has one operation.
    public var operationName: String?
    /// Raw variable values; coerced against the operation's definitions before execution.
    public var variables: ObjectValue
    /// Implementer extensions (e.g. persisted-query hashes); `nil` when absent.
    public var extensions: ObjectValue?

    public init(query: String, operationName: String? = nil, variables: ObjectValue = ObjectValue(), extensions: ObjectValue? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
    }

    /// Reads a request from a JSON body (`application/json`): `query` must be a string,
    /// `operationName` a string or null, `variables` and `extensions` maps or null.
    /// Throws a `GraphQLError` saying which parameter is malformed (the HTTP layer answers 400).
    public static func decode(json bytes: some Collection<UInt8>) throws(GraphQLError) -> GraphQLRequest {
        let body: Value
        do {
            body = try JSONReader().read(bytes)
        } catch {
            throw GraphQLError("Request body is not valid JSON: \(error.description).")
        }
        guard case .object(let map) = body else { throw GraphQLError("Request body must be a JSON object.") }
        return try decode(parameters: map)
    }

    /// Reads a request from already-decoded parameters (a JSON body's map).
    public static func decode(parameters map: ObjectValue) throws(GraphQLError) -> GraphQLRequest {
        guard case .string(let query)? = map["query"] else {
            throw GraphQLError(map["query"] == nil ? "Missing \"query\" parameter." : "The \"query\" parameter must be a string.")
        }
        var request = GraphQLRequest(query: query)
        switch map["operationName"] {
        case nil, .null?: break
        case .string(let name)?: request.operationName = name.isEmpty ? nil : name
        default: throw GraphQLError("The \"operationName\" parameter must be a string.")
        }
        switch map["variables"] {
        case nil, .null?: break
        case .object(let variables)?: request.variables = variables
        default: throw GraphQLError("The \"variables\" parameter must be an object.")
        }
        switch map["extensions"] {
        case nil, .null?: break
        case .object(let extensions)?: request.extensions = extensions
        default: throw GraphQLError("The \"extensions\" parameter must be an object.")
        }
        return request
    }
}
