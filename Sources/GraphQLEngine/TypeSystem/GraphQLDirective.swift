/// A directive definition (spec §3.13 "Directives"): where it may appear, its arguments,
/// and whether it may be repeated at one location.
///
/// Built after the input types its arguments use, so it is immutable and genuinely
/// `Sendable`.
public final class GraphQLDirective: GraphQLNamedElement {
    /// The name without the `@`.
    public let name: String
    /// `nil` when there is no description.
    public let description: String?
    public let locations: [DirectiveLocation]
    public let args: [GraphQLArgument]
    public let isRepeatable: Bool
    /// `nil` for built-in directives and directives built in code.
    public let astNode: DirectiveDefinition?

    public init(
        name: String,
        description: String? = nil,
        locations: [DirectiveLocation],
        args: [GraphQLArgument] = [],
        isRepeatable: Bool = false,
        astNode: DirectiveDefinition? = nil
    ) {
        self.name = name
        self.description = description
        self.locations = locations
        self.args = args
        self.isRepeatable = isRepeatable
        self.astNode = astNode
    }

    /// The argument definition named `name`; `nil` when there is none.
    public func argument(named name: String) -> GraphQLArgument? {
        args.first { $0.name == name }
    }

    /// True for @include, @skip, @deprecated, @specifiedBy and @oneOf (spec Appendix D).
    public var isSpecified: Bool {
        GraphQLDirective.specifiedDirectives.contains { $0.name == name }
    }
}

// The built-in directives (spec §3.13.1–§3.13.5, Appendix D).
extension GraphQLDirective {
    /// The reason `@deprecated` reports when none is given (spec §3.13.3).
    public static let defaultDeprecationReason = "No longer supported"

    /// `@include(if: Boolean!)` (spec §3.13.2).
    public static let include = GraphQLDirective(
        name: "include",
        description: "Includes this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        args: [GraphQLArgument(
            name: "if", type: .nonNull(.scalar(.boolean)), description: "Included when true."
        )]
    )

    /// `@skip(if: Boolean!)` (spec §3.13.1).
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Skips this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        args: [GraphQLArgument(
            name: "if", type: .nonNull(.scalar(.boolean)), description: "Skipped when true."
        )]
    )

    /// `@deprecated(reason: String! = "No longer supported")` (spec §3.13.3).
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of the schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        args: [GraphQLArgument(
            name: "reason",
            type: .nonNull(.scalar(.string)),
            description: "Why the element is deprecated and what to use instead, in Markdown.",
            defaultValue: .string(defaultDeprecationReason),
            defaultValueLiteral: .string(StringValue(defaultDeprecationReason))
        )]
    )

    /// `@specifiedBy(url: String!)` (spec §3.13.4).
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Links a custom scalar to the specification of its behavior.",
        locations: [.scalar],
        args: [GraphQLArgument(
            name: "url", type: .nonNull(.scalar(.string)), description: "The URL of the scalar's specification."
        )]
    )

    /// `@oneOf` (spec §3.13.5).
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Requires exactly one field of an input object to be given, with a non-null value.",
        locations: [.inputObject]
    )

    /// The built-in directives, in the order graphql-js lists them.
    public static let specifiedDirectives: [GraphQLDirective] = [include, skip, deprecated, specifiedBy, oneOf]
}
