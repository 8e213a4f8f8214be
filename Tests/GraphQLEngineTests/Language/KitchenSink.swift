/// Documents that use every construct of the grammar, for parser, printer and visitor tests.
enum KitchenSink {
    static let executable = #"""
    # A comment, then an operation with every kind of variable and value.
    """
    Loads a lease with its ledger.
    """
    query LeaseDetails(
      "The lease to load"
      $id: ID! = "L-1" @deprecated(reason: "use $leaseId")
      $first: Int = 10,
      $filter: [LedgerFilter!]! = [{kind: RENT, since: "2026-01-01"}, {kind: DEPOSIT}]
      $ratio: Float = -1.25e+3
      $flag: Boolean
    ) @live {
      whoami: viewer { id, name }
      lease(id: $id) @include(if: $flag) {
        id
        ... on FixedTermLease @skip(if: false) {
          endsOn
        }
        ...LedgerLines @defer(label: "lines")
        ... @include(if: true) {
          tenants(first: $first) { edges { node { id } } }
        }
        note(text: """
          Multi-line
            block text with "quotes" and \"""escaped\""" triple quotes
        """, plain: "tab\tnew\nline \u00E9 \u{1F3E0} \\ \/")
        nothing: field(arg: null, list: [], object: {}, nested: {a: [1, 2.5, ENUM_VALUE, {b: $ratio}]})
      }
    }

    mutation { recordPayment(input: {amount: "120.00", currency: EUR}) { ok } }

    subscription OnPayment($lease: ID) { paymentRecorded(lease: $lease) { id amount } }

    {
      __typename
      unnamed(truthy: true, falsy: false, nullish: null)
      query
    }

    "Ledger lines of a lease."
    fragment LedgerLines on Lease @onFragment {
      ledger(filter: $filter) {
        amount
        postedOn
      }
    }
    """#

    static let typeSystem = #"""
    """
    The schema of a small property-management API.
    """
    schema @schemaDirective {
      query: Query
      mutation: Mutation
      subscription: Subscription
    }

    "A money amount as a decimal string."
    scalar Decimal @specifiedBy(url: "https://example.org/decimal")

    """
    A lease on a unit.
    """
    type Lease implements Node & Dated @key(fields: "id") {
      id: ID!
      "Rent per month"
      rent(currency: Currency = EUR, rounded: Boolean = false @deprecated): Decimal!
      tenants(
        """
        How many to return.
        """
        first: Int = 10
        after: String
      ): [Tenant!]! @deprecated(reason: "Use `occupants`.")
      lines(kinds: [LineKind!] = [RENT, DEPOSIT], range: DateRange = {from: "2026-01-01"}): [Line]
    }

    type Query implements
      & Node {
      id: ID!
      lease(id: ID!): Lease
    }

    interface Node {
      id: ID!
    }

    interface Dated implements Node @interfaceDirective {
      id: ID!
      createdOn: String
    }

    type Empty

    union Payable @unionDirective = | Lease | Invoice

    union Nothing

    enum Currency {
      "Euro"
      EUR @deprecated
      USD
      GBP
    }

    enum Void

    input DateRange @oneOf {
      from: String = "2026-01-01" @deprecated
      to: String
    }

    input Nothing2

    directive @key(fields: String!) repeatable on OBJECT | INTERFACE

    "Marks something."
    directive @mark(
      "why"
      reason: String
    ) on
      | FIELD_DEFINITION
      | ARGUMENT_DEFINITION
      | QUERY
      | MUTATION
      | SUBSCRIPTION
      | FIELD
      | FRAGMENT_DEFINITION
      | FRAGMENT_SPREAD
      | INLINE_FRAGMENT
      | VARIABLE_DEFINITION
      | SCHEMA
      | SCALAR
      | OBJECT
      | INTERFACE
      | UNION
      | ENUM
      | ENUM_VALUE
      | INPUT_OBJECT
      | INPUT_FIELD_DEFINITION

    extend schema @extended

    extend schema { subscription: Subscription }

    extend scalar Decimal @precision(digits: 2)

    extend type Lease implements Archivable @extended {
      archived: Boolean
    }

    extend type Lease @onlyDirective

    extend type Lease implements Other

    extend interface Node @extended { version: Int }

    extend interface Node implements Other2

    extend union Payable = Deposit

    extend union Payable @extended

    extend enum Currency { CHF }

    extend enum Currency @extended

    extend input DateRange { inclusive: Boolean = true }

    extend input DateRange @extended
    """#
}
