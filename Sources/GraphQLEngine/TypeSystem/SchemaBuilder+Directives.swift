// Directives applied in SDL: reading @deprecated and @specifiedBy, and checking every
// application against the directive definitions (graphql-js KnownDirectives,
// UniqueDirectivesPerLocation, KnownArgumentNamesOnDirectives,
// ProvidedRequiredArgumentsOnDirectives wording).

extension SchemaBuilder {
    /// The reason of an `@deprecated` among `directives`; `nil` when not deprecated.
    func deprecationReason(_ directives: [Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == "deprecated" }) else { return nil }
        guard let argument = directive.arguments.first(where: { $0.name.value == "reason" }) else {
            return GraphQLDirective.defaultDeprecationReason
        }
        if case .string(let reason) = argument.value { return reason.value }
        return GraphQLDirective.defaultDeprecationReason
    }

    /// The URL of a `@specifiedBy` among `directives`; `nil` when there is none.
    func specifiedByURL(_ directives: [Directive]) -> String? {
        guard let directive = directives.first(where: { $0.name.value == "specifiedBy" }),
              let argument = directive.arguments.first(where: { $0.name.value == "url" }),
              case .string(let url) = argument.value else { return nil }
        return url.value
    }

    /// Checks every directive application of the document.
    func checkAppliedDirectives(directives: [GraphQLDirective]) {
        var known: [String: GraphQLDirective] = [:]
        for directive in GraphQLDirective.specifiedDirectives { known[directive.name] = directive }
        for directive in directives { known[directive.name] = directive }

        if let schemaDefinition {
            let all = schemaDefinition.directives + schemaExtensions.flatMap(\.directives)
            check(all, at: .schema, known: known)
        } else {
            check(schemaExtensions.flatMap(\.directives), at: .schema, known: known)
        }
        for definition in typeDefinitions {
            guard let name = definition.definedName, let location = definition.directiveLocation else { continue }
            let extensions = extensionsByName[name] ?? []
            check(definition.appliedDirectives + extensions.flatMap(\.appliedDirectives), at: location, known: known)
            for fieldNode in (fieldNodes(definition) + extensions.flatMap(fieldNodes)) {
                check(fieldNode.directives, at: .fieldDefinition, known: known)
                for argument in fieldNode.arguments { check(argument.directives, at: .argumentDefinition, known: known) }
            }
            for inputField in (inputFieldNodes(definition) + extensions.flatMap(inputFieldNodes)) {
                check(inputField.directives, at: .inputFieldDefinition, known: known)
            }
            for value in (enumValueNodes(definition) + extensions.flatMap(enumValueNodes)) {
                check(value.directives, at: .enumValue, known: known)
            }
        }
        for directive in directiveDefinitions {
            for argument in directive.arguments { check(argument.directives, at: .argumentDefinition, known: known) }
        }
    }

    private func check(_ applied: [Directive], at location: DirectiveLocation, known: [String: GraphQLDirective]) {
        var seen: Set<String> = []
        for directive in applied {
            let name = directive.name.value
            guard let definition = known[name] else {
                report("Unknown directive \"@\(name)\".", directive.name.loc)
                continue
            }
            if !definition.locations.contains(location) {
                report("Directive \"@\(name)\" may not be used on \(location.rawValue).", directive.loc)
            }
            if !definition.isRepeatable && !seen.insert(name).inserted {
                report("The directive \"@\(name)\" can only be used once at this location.", directive.name.loc)
            }
            for argument in directive.arguments {
                guard let argumentDefinition = definition.argument(named: argument.name.value) else {
                    report("Unknown argument \"\(argument.name.value)\" on directive \"@\(name)\"."
                        + didYouMean(suggestionList(argument.name.value, definition.args.map(\.name))), argument.loc)
                    continue
                }
                do {
                    _ = try coerceLiteral(argument.value, type: argumentDefinition.type)
                } catch {
                    errors.append(GraphQLError(error.message, locations: startLocations([argument.value.loc], in: source)))
                }
            }
            for argumentDefinition in definition.args where argumentDefinition.isRequired {
                if !directive.arguments.contains(where: { $0.name.value == argumentDefinition.name }) {
                    report("Argument \"@\(name)(\(argumentDefinition.name):)\" of type \"\(argumentDefinition.type)\" is required, but it was not provided.",
                           directive.loc)
                }
            }
        }
    }

    private func fieldNodes(_ definition: Definition) -> [FieldDefinition] {
        switch definition {
        case .objectType(let node): return node.fields
        case .objectTypeExtension(let node): return node.fields
        case .interfaceType(let node): return node.fields
        case .interfaceTypeExtension(let node): return node.fields
        default: return []
        }
    }

    private func inputFieldNodes(_ definition: Definition) -> [InputValueDefinition] {
        switch definition {
        case .inputObjectType(let node): return node.fields
        case .inputObjectTypeExtension(let node): return node.fields
        default: return []
        }
    }

    private func enumValueNodes(_ definition: Definition) -> [EnumValueDefinition] {
        switch definition {
        case .enumType(let node): return node.values
        case .enumTypeExtension(let node): return node.values
        default: return []
        }
    }
}
