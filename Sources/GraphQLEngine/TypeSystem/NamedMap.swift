/// Something a type definition lists by unique name: a field, an input value, an enum value.
public protocol GraphQLNamedElement: Sendable {
    var name: String { get }
}

/// An ordered collection of named elements with O(1) lookup by name. Definition order
/// matters (introspection and the schema printer list fields as written), and lookups by
/// name are the executor's and validator's hot path, so both are kept.
public struct NamedMap<Element: GraphQLNamedElement>: Sendable, RandomAccessCollection {
    public private(set) var elements: [Element]
    private var index: NameIndex

    public init() {
        elements = []
        index = NameIndex()
    }

    /// Builds the map from elements in order; a later element with a name already present
    /// replaces the earlier one in place (callers report duplicates before this).
    public init(_ elements: some Sequence<Element>) {
        self.init()
        for element in elements { insert(element) }
    }

    /// Appends `element`, or replaces the element of the same name keeping its position.
    public mutating func insert(_ element: Element) {
        if let position = index.position(of: element.name) {
            elements[position] = element
        } else {
            index.append(element.name)
            elements.append(element)
        }
    }

    /// The element named `name`; `nil` when there is none.
    public subscript(name: String) -> Element? {
        guard let position = index.position(of: name) else { return nil }
        return elements[position]
    }

    public func contains(name: String) -> Bool { index.position(of: name) != nil }

    public var names: [String] { elements.map(\.name) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { elements.count }
    public subscript(position: Int) -> Element { elements[position] }
}

/// The fields of an object or interface type, in definition order.
public typealias GraphQLFieldMap = NamedMap<GraphQLField>
/// The fields of an input object type, in definition order.
public typealias GraphQLInputFieldMap = NamedMap<GraphQLInputField>
