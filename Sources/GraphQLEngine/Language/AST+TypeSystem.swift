// Type-system (SDL) nodes of the AST: definitions and extensions (spec §3, grammar in
// Appendix C "Document Syntax"). Same conventions as AST.swift: `loc` is ignored by
// equality; `description` is `nil` when the definition has none.

/// `schema @directives { query: Query ... }` (spec §3.3).
public struct SchemaDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        directives: [Directive] = [],
        operationTypes: [OperationTypeDefinition],
        loc: Location? = nil
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// `query: TypeName` inside a schema definition or extension (spec §3.3.1).
public struct OperationTypeDefinition: Sendable, Hashable {
    public var operation: OperationType
    public var type: NamedType
    @IgnoredInEquality public var loc: Location?

    public init(operation: OperationType, type: NamedType, loc: Location? = nil) {
        self.operation = operation
        self.type = type
        self.loc = loc
    }
}

/// `scalar Name @directives` (spec §3.5).
public struct ScalarTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [], loc: Location? = nil) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `type Name implements A & B @directives { fields }` (spec §3.6).
public struct ObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        interfaces: [NamedType] = [],
        directives: [Directive] = [],
        fields: [FieldDefinition] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `name(arguments): Type @directives` in an object or interface type (spec §3.6).
public struct FieldDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var type: TypeNode
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        arguments: [InputValueDefinition] = [],
        type: TypeNode,
        directives: [Directive] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.loc = loc
    }
}

/// `name: Type = default @directives`: an argument definition or an input object field
/// (spec §3.6.1, §3.10).
public struct InputValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var type: TypeNode
    /// `nil` when no default is given (distinct from an explicit `= null`).
    public var defaultValue: ValueNode?
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        type: TypeNode,
        defaultValue: ValueNode? = nil,
        directives: [Directive] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.loc = loc
    }
}

/// `interface Name implements A & B @directives { fields }` (spec §3.7).
public struct InterfaceTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        interfaces: [NamedType] = [],
        directives: [Directive] = [],
        fields: [FieldDefinition] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `union Name @directives = A | B` (spec §3.8).
public struct UnionTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var types: [NamedType]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        directives: [Directive] = [],
        types: [NamedType] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// `enum Name @directives { VALUES }` (spec §3.9).
public struct EnumTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        directives: [Directive] = [],
        values: [EnumValueDefinition] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// One value of an enum type (spec §3.9).
public struct EnumValueDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(description: StringValue? = nil, name: Name, directives: [Directive] = [], loc: Location? = nil) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `input Name @directives { fields }` (spec §3.10).
public struct InputObjectTypeDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        directives: [Directive] = [],
        fields: [InputValueDefinition] = [],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `directive @name(arguments) repeatable on LOCATION | ...` (spec §3.13).
public struct DirectiveDefinition: Sendable, Hashable {
    public var description: StringValue?
    public var name: Name
    public var arguments: [InputValueDefinition]
    public var isRepeatable: Bool
    /// The location names as written; the parser accepts only valid `DirectiveLocation`s.
    public var locations: [Name]
    @IgnoredInEquality public var loc: Location?

    public init(
        description: StringValue? = nil,
        name: Name,
        arguments: [InputValueDefinition] = [],
        isRepeatable: Bool = false,
        locations: [Name],
        loc: Location? = nil
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.loc = loc
    }

    /// `locations` as typed values (names that are not valid locations are dropped; the
    /// parser never produces such names).
    public var directiveLocations: [DirectiveLocation] {
        locations.compactMap { DirectiveLocation(rawValue: $0.value) }
    }
}

// MARK: - Extensions (spec §3.4.3 and the "Extensions" subsection of each type kind)

/// `extend schema @directives { query: Query ... }` (spec §3.3.2).
public struct SchemaExtension: Sendable, Hashable {
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(directives: [Directive] = [], operationTypes: [OperationTypeDefinition] = [], loc: Location? = nil) {
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// `extend scalar Name @directives` (spec §3.5.6).
public struct ScalarTypeExtension: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, directives: [Directive] = [], loc: Location? = nil) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// `extend type Name implements A @directives { fields }` (spec §3.6.3).
public struct ObjectTypeExtension: Sendable, Hashable {
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        name: Name,
        interfaces: [NamedType] = [],
        directives: [Directive] = [],
        fields: [FieldDefinition] = [],
        loc: Location? = nil
    ) {
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `extend interface Name implements A @directives { fields }` (spec §3.7.1).
public struct InterfaceTypeExtension: Sendable, Hashable {
    public var name: Name
    public var interfaces: [NamedType]
    public var directives: [Directive]
    public var fields: [FieldDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(
        name: Name,
        interfaces: [NamedType] = [],
        directives: [Directive] = [],
        fields: [FieldDefinition] = [],
        loc: Location? = nil
    ) {
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// `extend union Name @directives = A | B` (spec §3.8.1).
public struct UnionTypeExtension: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var types: [NamedType]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, directives: [Directive] = [], types: [NamedType] = [], loc: Location? = nil) {
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// `extend enum Name @directives { VALUES }` (spec §3.9.1).
public struct EnumTypeExtension: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var values: [EnumValueDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, directives: [Directive] = [], values: [EnumValueDefinition] = [], loc: Location? = nil) {
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// `extend input Name @directives { fields }` (spec §3.10.1).
public struct InputObjectTypeExtension: Sendable, Hashable {
    public var name: Name
    public var directives: [Directive]
    public var fields: [InputValueDefinition]
    @IgnoredInEquality public var loc: Location?

    public init(name: Name, directives: [Directive] = [], fields: [InputValueDefinition] = [], loc: Location? = nil) {
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}
