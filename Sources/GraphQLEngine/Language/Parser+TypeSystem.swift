// Type-system productions of the parser (spec §3; Appendix C "Document Syntax").

extension Parser {
    // MARK: - Schema (§3.3)

    mutating func parseSchemaDefinition() throws(GraphQLError) -> SchemaDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        try expect(.braceL)
        var operationTypes: [OperationTypeDefinition] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !expectOptional(.braceR)
        return SchemaDefinition(
            description: description, directives: directives, operationTypes: operationTypes, loc: loc(start))
    }

    mutating func parseOperationTypeDefinition() throws(GraphQLError) -> OperationTypeDefinition {
        let start = token.start
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinition(operation: operation, type: type, loc: loc(start))
    }

    /// `{ query: Query ... }` when present, else empty (extensions may omit it).
    mutating func parseOptionalOperationTypes() throws(GraphQLError) -> [OperationTypeDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var operationTypes: [OperationTypeDefinition] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !expectOptional(.braceR)
        return operationTypes
    }

    // MARK: - Types (§3.5 - §3.10)

    mutating func parseScalarTypeDefinition() throws(GraphQLError) -> ScalarTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(description: description, name: name, directives: directives, loc: loc(start))
    }

    mutating func parseObjectTypeDefinition() throws(GraphQLError) -> ObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields, loc: loc(start))
    }

    /// `implements A & B`, with an optional leading `&`.
    mutating func parseImplementsInterfaces() throws(GraphQLError) -> [NamedType] {
        guard try expectOptionalKeyword("implements") else { return [] }
        _ = try expectOptional(.amp)
        var interfaces: [NamedType] = []
        repeat {
            interfaces.append(try parseNamedType())
        } while try expectOptional(.amp)
        return interfaces
    }

    mutating func parseFieldsDefinition() throws(GraphQLError) -> [FieldDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [FieldDefinition] = []
        repeat {
            fields.append(try parseFieldDefinition())
        } while try !expectOptional(.braceR)
        return fields
    }

    mutating func parseFieldDefinition() throws(GraphQLError) -> FieldDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(
            description: description, name: name, arguments: arguments, type: type,
            directives: directives, loc: loc(start))
    }

    mutating func parseArgumentDefinitions() throws(GraphQLError) -> [InputValueDefinition] {
        guard try expectOptional(.parenL) else { return [] }
        var arguments: [InputValueDefinition] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while try !expectOptional(.parenR)
        return arguments
    }

    mutating func parseInputValueDefinition() throws(GraphQLError) -> InputValueDefinition {
        let start = token.start
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives, loc: loc(start))
    }

    mutating func parseInterfaceTypeDefinition() throws(GraphQLError) -> InterfaceTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives,
            fields: fields, loc: loc(start))
    }

    mutating func parseUnionTypeDefinition() throws(GraphQLError) -> UnionTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(
            description: description, name: name, directives: directives, types: types, loc: loc(start))
    }

    /// `= A | B`, with an optional leading `|`; empty when there is no `=`.
    mutating func parseUnionMemberTypes() throws(GraphQLError) -> [NamedType] {
        guard try expectOptional(.equals) else { return [] }
        _ = try expectOptional(.pipe)
        var types: [NamedType] = []
        repeat {
            types.append(try parseNamedType())
        } while try expectOptional(.pipe)
        return types
    }

    mutating func parseEnumTypeDefinition() throws(GraphQLError) -> EnumTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(
            description: description, name: name, directives: directives, values: values, loc: loc(start))
    }

    mutating func parseEnumValuesDefinition() throws(GraphQLError) -> [EnumValueDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var values: [EnumValueDefinition] = []
        repeat {
            let start = token.start
            let description = try parseDescription()
            if lexer.isName(token, "true") || lexer.isName(token, "false") || lexer.isName(token, "null") {
                throw lexer.syntaxError(
                    "\(lexer.describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
            }
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            values.append(EnumValueDefinition(
                description: description, name: name, directives: directives, loc: loc(start)))
        } while try !expectOptional(.braceR)
        return values
    }

    mutating func parseInputObjectTypeDefinition() throws(GraphQLError) -> InputObjectTypeDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(
            description: description, name: name, directives: directives, fields: fields, loc: loc(start))
    }

    mutating func parseInputFieldsDefinition() throws(GraphQLError) -> [InputValueDefinition] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [InputValueDefinition] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while try !expectOptional(.braceR)
        return fields
    }

    // MARK: - Directive definitions (§3.13)

    mutating func parseDirectiveDefinition() throws(GraphQLError) -> DirectiveDefinition {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        _ = try expectOptional(.pipe)
        var locations: [Name] = []
        repeat {
            let locationToken = token
            let location = try parseName()
            guard DirectiveLocation(rawValue: location.value) != nil else {
                throw unexpected(locationToken)
            }
            locations.append(location)
        } while try expectOptional(.pipe)
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
            locations: locations, loc: loc(start))
    }

    // MARK: - Extensions (§3.3.2 and each type's "Extensions")

    mutating func parseTypeSystemExtension() throws(GraphQLError) -> Definition {
        let keyword = try lexer.lookahead()
        if keyword.kind == .name {
            if lexer.isName(keyword, "schema") { return .schemaExtension(try parseSchemaExtension()) }
            if lexer.isName(keyword, "scalar") { return .scalarTypeExtension(try parseScalarTypeExtension()) }
            if lexer.isName(keyword, "type") { return .objectTypeExtension(try parseObjectTypeExtension()) }
            if lexer.isName(keyword, "interface") {
                return .interfaceTypeExtension(try parseInterfaceTypeExtension())
            }
            if lexer.isName(keyword, "union") { return .unionTypeExtension(try parseUnionTypeExtension()) }
            if lexer.isName(keyword, "enum") { return .enumTypeExtension(try parseEnumTypeExtension()) }
            if lexer.isName(keyword, "input") {
                return .inputObjectTypeExtension(try parseInputObjectTypeExtension())
            }
        }
        throw unexpected(keyword)
    }

    mutating func parseSchemaExtension() throws(GraphQLError) -> SchemaExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try parseOptionalOperationTypes()
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        return SchemaExtension(directives: directives, operationTypes: operationTypes, loc: loc(start))
    }

    mutating func parseScalarTypeExtension() throws(GraphQLError) -> ScalarTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        if directives.isEmpty { throw unexpected() }
        return ScalarTypeExtension(name: name, directives: directives, loc: loc(start))
    }

    mutating func parseObjectTypeExtension() throws(GraphQLError) -> ObjectTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return ObjectTypeExtension(
            name: name, interfaces: interfaces, directives: directives, fields: fields, loc: loc(start))
    }

    mutating func parseInterfaceTypeExtension() throws(GraphQLError) -> InterfaceTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InterfaceTypeExtension(
            name: name, interfaces: interfaces, directives: directives, fields: fields, loc: loc(start))
    }

    mutating func parseUnionTypeExtension() throws(GraphQLError) -> UnionTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty { throw unexpected() }
        return UnionTypeExtension(name: name, directives: directives, types: types, loc: loc(start))
    }

    mutating func parseEnumTypeExtension() throws(GraphQLError) -> EnumTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty { throw unexpected() }
        return EnumTypeExtension(name: name, directives: directives, values: values, loc: loc(start))
    }

    mutating func parseInputObjectTypeExtension() throws(GraphQLError) -> InputObjectTypeExtension {
        let start = token.start
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty { throw unexpected() }
        return InputObjectTypeExtension(name: name, directives: directives, fields: fields, loc: loc(start))
    }
}
