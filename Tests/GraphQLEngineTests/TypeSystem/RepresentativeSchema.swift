/// A representative schema (~45 types) written exactly as `printSchema` lays it out, so
/// that printing the built schema must give the same text back. It exercises every kind of
/// type, interfaces implementing interfaces, descriptions (short, long, on arguments),
/// deprecations with default and custom reasons, `@specifiedBy`, `@oneOf`, repeatable
/// directives, custom root type names and default values of every input kind.
enum RepresentativeSchema {
    static let sdl = #"""
    """The PortfolioOS API."""
    schema {
      query: Root
      mutation: Mutation
      subscription: Subscription
    }

    """Restricts a field or type to the given roles."""
    directive @auth(roles: [Role!]! = [ADMIN]) on FIELD_DEFINITION | OBJECT

    directive @tag(name: String!) repeatable on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

    directive @cost(
      """The relative cost of resolving the field."""
      weight: Int = 1
      multipliers: [String!]
    ) on FIELD_DEFINITION

    directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

    """An instant in time, as an RFC 3339 string with offset."""
    scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

    """
    An amount of money as a decimal string with exactly two fraction digits, never a binary floating-point number.
    """
    scalar Money

    scalar URL @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")

    """What a user may do."""
    enum Role {
      ADMIN
      MANAGER

      """May only read."""
      VIEWER
      AUDITOR @deprecated
      GUEST @deprecated(reason: "Use `VIEWER`.")
    }

    enum PropertyKind {
      RESIDENTIAL
      COMMERCIAL
      MIXED
    }

    enum LeaseStatus {
      DRAFT
      ACTIVE
      ENDED
    }

    enum SortDirection {
      ASC
      DESC
    }

    enum Currency {
      EUR
      USD
      CHF
    }

    """Anything with a global identifier."""
    interface Node {
      id: ID!
    }

    interface Entity implements Node {
      id: ID!
      createdAt: DateTime!
    }

    interface Timestamped {
      createdAt: DateTime!
      updatedAt: DateTime
    }

    interface Addressable implements Node & Entity {
      id: ID!
      createdAt: DateTime!
      address: Address
    }

    type Root {
      """Fetches an object given its ID."""
      node(id: ID!): Node
      viewer: Viewer
      user(lookup: UserLookup!): User
      users(pagination: Pagination = {first: 20, after: null}, role: Role = VIEWER, sort: SortDirection = ASC): UserConnection!
      properties(filter: PropertyFilter, kinds: [PropertyKind!] = [RESIDENTIAL, COMMERCIAL]): [Property!]!
      search(
        """Free text to look for."""
        text: String!

        """At most this many results."""
        limit: Int = 10
      ): [SearchResult!]!
      legacySearch(text: String, exact: Boolean = false @deprecated): [SearchResult!] @deprecated(reason: "Use `search`.")
      invoice(number: ID = 1042): Invoice
      ratio(base: Float = 1.5, scale: Float = 2): Float
      greeting(name: String = "a \"quoted\" name\n"): String
      tags: [String]
    }

    type Mutation {
      createProperty(input: CreatePropertyInput!): CreatePropertyPayload!
      recordPayment(input: RecordPaymentInput!): RecordPaymentPayload!
      deleteUser(id: ID!, reason: String = null): Boolean!
    }

    type Subscription {
      paymentRecorded(propertyId: ID!): Payment!
      auditEvents: AuditEvent
    }

    """A person who can sign in."""
    type User implements Node & Entity & Timestamped {
      id: ID!
      createdAt: DateTime!
      updatedAt: DateTime

      """The name shown in the interface."""
      displayName: String!
      email: String
      roles: [Role!]!
      organization: Organization
      avatar(size: Int = 64): URL
      nickname: String @deprecated
    }

    type Organization implements Node {
      id: ID!
      name: String!
      members(pagination: Pagination): UserConnection!
      properties: [Property!]!
    }

    type Property implements Node & Entity & Addressable & Timestamped {
      id: ID!
      createdAt: DateTime!
      updatedAt: DateTime
      address: Address!
      name: String!
      kind: PropertyKind!
      units(first: Int = 10, after: String): UnitConnection!
      owner: Organization
      documents: [Document!]!
    }

    type Unit implements Node {
      id: ID!
      label: String!
      floorArea: Float
      rent(currency: Currency = EUR): Money
      leases(status: LeaseStatus): [Lease!]!
      maintenance: [MaintenanceRequest!]!
    }

    type Lease implements Node & Entity {
      id: ID!
      createdAt: DateTime!
      status: LeaseStatus!
      unit: Unit!
      tenants: [Tenant!]!
      period: DateRangeValue
      monthlyRent: Money!
    }

    type DateRangeValue {
      start: DateTime!
      end: DateTime
    }

    type Tenant implements Node {
      id: ID!
      name: String!
      email: String
      leases: [Lease!]!
    }

    type Payment implements Node & Entity {
      id: ID!
      createdAt: DateTime!
      amount: Money!
      currency: Currency!
      target: PaymentTarget
    }

    type Invoice implements Node {
      id: ID!
      number: ID!
      total: Money!
      dueAt: DateTime
      paid: Boolean!
    }

    type Address {
      street: String!
      city: String!
      postalCode: String
      country: String!
    }

    type PageInfo {
      hasNextPage: Boolean!
      endCursor: String
    }

    type UserConnection {
      edges: [UserEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type UserEdge {
      cursor: String!
      node: User!
    }

    type UnitConnection {
      edges: [UnitEdge!]!
      pageInfo: PageInfo!
    }

    type UnitEdge {
      cursor: String!
      node: Unit!
    }

    type Document implements Node {
      id: ID!
      title: String!
      url: URL!
    }

    type MaintenanceRequest implements Node & Timestamped {
      id: ID!
      createdAt: DateTime!
      updatedAt: DateTime
      summary: String!
      unit: Unit!
    }

    type AuditEvent {
      at: DateTime!
      actor: User
      action: String!
    }

    type Viewer {
      user: User!
      permissions: [String!]!
    }

    type CreatePropertyPayload {
      property: Property
      errors: [UserError!]!
    }

    type RecordPaymentPayload {
      payment: Payment
      errors: [UserError!]!
    }

    type UserError {
      field: [String!]
      message: String!
    }

    """Things a search can find."""
    union SearchResult = User | Property | Unit | Tenant

    union PaymentTarget = Invoice | Lease

    input PropertyFilter {
      kind: PropertyKind
      city: String
      createdIn: DateRange
      ids: [ID!]
    }

    """Forward pagination."""
    input Pagination {
      first: Int = 20
      after: String
    }

    input CreatePropertyInput {
      name: String!
      kind: PropertyKind = RESIDENTIAL
      address: AddressInput!

      """Optional tags."""
      tags: [String!] = []
      legacyCode: String @deprecated(reason: "Codes are assigned automatically.")
    }

    input AddressInput {
      street: String!
      city: String!
      postalCode: String
      country: String! = "CH"
    }

    input RecordPaymentInput {
      invoiceId: ID!
      amount: Money!
      currency: Currency! = EUR
      receivedAt: DateTime
    }

    """Finds a user by exactly one key."""
    input UserLookup @oneOf {
      id: ID
      email: String
    }

    input DateRange {
      from: DateTime
      to: DateTime
    }
    """#
}
