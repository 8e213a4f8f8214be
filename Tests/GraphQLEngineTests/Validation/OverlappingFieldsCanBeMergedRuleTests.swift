import Testing
@testable import GraphQLEngine

/// OverlappingFieldsCanBeMergedRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct OverlappingFieldsCanBeMergedRuleTests {
    @Test("identical fields, aliases, arguments") func identicalFieldsAliasesArguments() throws {
        try expectValid(rule: OverlappingFieldsCanBeMergedRule(), #"""
        fragment F on Dog {
          name
          name
          otherName: name
          otherName: name
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """#)
    }

    @Test("different object types may differ") func differentObjectTypesMayDiffer() throws {
        try expectValid(rule: OverlappingFieldsCanBeMergedRule(), #"""
        fragment F on Pet {
          ... on Dog { volume: barkVolume }
          ... on Cat { volume: meowVolume }
          ... on Dog { doesKnowCommand(dogCommand: SIT) }
          ... on Cat { doesKnowCommand: meows }
        }
        """#)
    }

    @Test("alias conflict") func aliasConflict() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Dog {
          name: nickname
          name
        }
        """#, [
            (#"Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
        ])
    }

    @Test("different arguments") func differentArguments() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
        ])
    }

    @Test("argument missing on one") func argumentMissingOnOne() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
        ])
    }

    @Test("value and variable") func valueAndVariable() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """#, [
            (#"Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 3)]),
        ])
    }

    @Test("same input object in another field order") func sameInputObjectInAnotherFieldOrder() throws {
        try expectValid(rule: OverlappingFieldsCanBeMergedRule(), #"""
        { complicatedArgs {
          complexArgField(complexArg: { requiredField: true, intField: 1 })
          complexArgField(complexArg: { intField: 1, requiredField: true })
        } }
        """#)
    }

    @Test("conflicting leaf types on different objects") func conflictingLeafTypesOnDifferentObjects() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Pet {
          ... on Dog { someValue: nickname }
          ... on Cat { someValue: meowVolume }
        }
        """#, [
            (#"Fields "someValue" conflict because they return conflicting types "String" and "Int". Use different aliases on the fields to fetch both if this was intentional."#, [(2, 16), (3, 16)]),
        ])
    }

    @Test("conflict through fragments") func conflictThroughFragments() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          dog { ...A ...B }
        }
        fragment A on Dog { x: name }
        fragment B on Dog { x: barks }
        """#, [
            (#"Fields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(4, 21), (5, 21)]),
        ])
    }

    @Test("conflict between field and fragment") func conflictBetweenFieldAndFragment() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          dog {
            x: name
            ...A
          }
        }
        fragment A on Dog { x: nickname }
        """#, [
            (#"Fields "x" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(3, 5), (7, 21)]),
        ])
    }

    @Test("deep conflict") func deepConflict() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          dog {
            mother { x: name }
          }
          dog {
            mother { x: barks }
          }
        }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 5), (3, 14), (5, 3), (6, 5), (6, 14)]),
        ])
    }

    @Test("deep conflict with several subfields") func deepConflictWithSeveralSubfields() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          dog {
            mother { x: name y: barks }
          }
          dog {
            mother { x: nickname y: barkVolume }
          }
        }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "nickname" are different fields and subfields "y" conflict because "barks" and "barkVolume" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (3, 5), (3, 14), (3, 22), (5, 3), (6, 5), (6, 14), (6, 26)]),
        ])
    }

    @Test("deep conflict in fragments") func deepConflictInFragments() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          dog { ...A }
          dog { ...B }
        }
        fragment A on Dog { mother { ...C } }
        fragment B on Dog { mother { ...D } }
        fragment C on Dog { x: name }
        fragment D on Dog { x: barks }
        """#, [
            (#"Fields "dog" conflict because subfields "mother" conflict because subfields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (5, 21), (7, 21), (3, 3), (6, 21), (8, 21)]),
        ])
    }

    @Test("list and non-list") func listAndNonList() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          human { rel: pets { name } }
          human { rel: relatives { name } }
        }
        """#, [
            (#"Fields "human" conflict because subfields "rel" conflict because "pets" and "relatives" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(2, 3), (2, 11), (3, 3), (3, 11)]),
        ])
    }

    @Test("nullability differs on interfaces") func nullabilityDiffersOnInterfaces() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        {
          pet { ... on Dog { mother { name } } ... on Cat { mother: nickname } }
        }
        """#, [
            (#"Fields "mother" conflict because they return conflicting types "Dog" and "String". Use different aliases on the fields to fetch both if this was intentional."#, [(2, 22), (2, 53)]),
        ])
    }

    @Test("unknown fields with the same name") func unknownFieldsWithTheSameName() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        fragment F on Dog { unknown unknown(a: 1) }
        """#, [
            (#"Fields "unknown" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional."#, [(1, 21), (1, 29)]),
        ])
    }

    @Test("spread of itself") func spreadOfItself() throws {
        try expectValid(rule: OverlappingFieldsCanBeMergedRule(), #"""
        fragment F on Dog { name ...F }
        { dog { ...F } }
        """#)
    }

    @Test("repeated fragment spread") func repeatedFragmentSpread() throws {
        try expectValid(rule: OverlappingFieldsCanBeMergedRule(), #"""
        { dog { ...A ...A } }
        fragment A on Dog { name }
        """#)
    }

    @Test("compares nested fragments once") func comparesNestedFragmentsOnce() throws {
        try expectErrors(rule: OverlappingFieldsCanBeMergedRule(), document: #"""
        { dog { ...A ...B } }
        fragment A on Dog { ...C }
        fragment B on Dog { ...C x: name }
        fragment C on Dog { x: barks }
        """#, [
            (#"Fields "x" conflict because "barks" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(4, 21), (3, 26)]),
            (#"Fields "x" conflict because "name" and "barks" are different fields. Use different aliases on the fields to fetch both if this was intentional."#, [(3, 26), (4, 21)]),
        ])
    }
}
