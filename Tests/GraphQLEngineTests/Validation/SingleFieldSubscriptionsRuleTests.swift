import Testing
@testable import GraphQLEngine

/// SingleFieldSubscriptionsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct SingleFieldSubscriptionsRuleTests {
    @Test("one field") func oneField() throws {
        try expectValid(rule: SingleFieldSubscriptionsRule(), #"""
        subscription Sub { newMessage { body sender } }
        """#)
    }

    @Test("one field through fragment") func oneFieldThroughFragment() throws {
        try expectValid(rule: SingleFieldSubscriptionsRule(), #"""
        subscription Sub { ...F }
        fragment F on Subscription { newMessage { body } }
        """#)
    }

    @Test("same field twice") func sameFieldTwice() throws {
        try expectValid(rule: SingleFieldSubscriptionsRule(), #"""
        subscription Sub { newMessage { body } newMessage { sender } }
        """#)
    }

    @Test("two fields") func twoFields() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription Sub {
          newMessage { body }
          disallowedSecondRootField
        }
        """#, [
            (#"Subscription "Sub" must select only one top level field."#, [(3, 3)]),
        ])
    }

    @Test("three fields anonymous") func threeFieldsAnonymous() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription {
          newMessage { body }
          disallowedSecondRootField
          importantEmails
        }
        """#, [
            (#"Anonymous Subscription must select only one top level field."#, [(3, 3), (4, 3)]),
        ])
    }

    @Test("two fields through fragment") func twoFieldsThroughFragment() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription Sub { ...F }
        fragment F on Subscription {
          newMessage { body }
          disallowedSecondRootField
        }
        """#, [
            (#"Subscription "Sub" must select only one top level field."#, [(4, 3)]),
        ])
    }

    @Test("introspection field") func introspectionField() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription Sub { __typename }
        """#, [
            (#"Subscription "Sub" must not select an introspection top level field."#, [(1, 20)]),
        ])
    }

    @Test("skip and include at root") func skipAndIncludeAtRoot() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription Sub($bool: Boolean!) {
          newMessage @include(if: $bool) { body }
          disallowedSecondRootField @skip(if: $bool)
        }
        """#, [
            (#"Subscription "Sub" must not use `@skip` or `@include` directives in the top level selection."#, [(2, 14), (3, 29)]),
        ])
    }

    @Test("skip on root fragment spread") func skipOnRootFragmentSpread() throws {
        try expectErrors(rule: SingleFieldSubscriptionsRule(), document: #"""
        subscription {
          ...F @skip(if: true)
        }
        fragment F on Subscription { newMessage { body } }
        """#, [
            (#"Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection."#, [(2, 8)]),
        ])
    }

    @Test("skip below root is fine") func skipBelowRootIsFine() throws {
        try expectValid(rule: SingleFieldSubscriptionsRule(), #"""
        subscription Sub($bool: Boolean!) { newMessage { body @skip(if: $bool) } }
        """#)
    }

    @Test("fragment on another type does not apply") func fragmentOnAnotherTypeDoesNotApply() throws {
        try expectValid(rule: SingleFieldSubscriptionsRule(), #"""
        subscription Sub { newMessage { body } ... on Query { dog { name } } }
        """#)
    }
}
