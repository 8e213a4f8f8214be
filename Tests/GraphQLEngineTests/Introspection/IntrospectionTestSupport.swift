@testable import GraphQLEngine

/// Runs introspection queries through the executor and digs into the results.
enum IntrospectionTesting {
    /// Every field of every introspection type, as tools ask for them (descriptions,
    /// deprecated elements, `specifiedByURL`, `isRepeatable`, `isOneOf`, schema description).
    static let fullQuery = """
    query FullIntrospection {
      __schema {
        description
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types { ...TypeDetails }
        directives {
          name
          description
          isRepeatable
          locations
          args(includeDeprecated: true) { ...InputValueDetails }
        }
      }
    }

    fragment TypeDetails on __Type {
      kind
      name
      description
      specifiedByURL
      isOneOf
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) { ...InputValueDetails }
        type { ...TypeReference }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) { ...InputValueDetails }
      interfaces { ...TypeReference }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeReference }
    }

    fragment InputValueDetails on __InputValue {
      name
      description
      type { ...TypeReference }
      defaultValue
      isDeprecated
      deprecationReason
    }

    fragment TypeReference on __Type {
      kind
      name
      ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
    }
    """

    /// The `data` of running `query`; records an issue for any error.
    static func run(_ schema: GraphQLSchema, _ query: String, variables: ObjectValue = ObjectValue()) async throws -> Value {
        let result = await execute(schema: schema, document: try parse(query), variableValues: variables)
        if !result.errors.isEmpty {
            throw SchemaError(result.errors)
        }
        return result.data ?? .null
    }
}

extension Value {
    /// The entry `key` of an object value; `.null` otherwise.
    subscript(introspected key: String) -> Value {
        if case .object(let object) = self { return object[key] ?? .null }
        return .null
    }

    /// The elements of a list value; empty otherwise.
    var introspectedList: [Value] {
        if case .list(let values) = self { return values }
        return []
    }

    /// The string of a string value; `nil` otherwise.
    var introspectedString: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The element of a list of objects whose `name` is `name`; `.null` when absent.
    func introspectedElement(named name: String) -> Value {
        introspectedList.first { $0[introspected: "name"].introspectedString == name } ?? .null
    }
}
