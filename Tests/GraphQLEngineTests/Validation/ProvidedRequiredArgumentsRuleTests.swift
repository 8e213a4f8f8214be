import Testing
@testable import GraphQLEngine

/// ProvidedRequiredArgumentsRule: valid and invalid documents, with graphql-js messages and locations.
@Suite struct ProvidedRequiredArgumentsRuleTests {
    @Test("all required given") func allRequiredGiven() throws {
        try expectValid(rule: ProvidedRequiredArgumentsRule(), #"""
        { complicatedArgs { multipleReqs(req2: 2, req1: 1) nonNullFieldWithDefault multipleOpts } dog @withArgs(required: 1) { name } }
        """#)
    }

    @Test("unknown field is left alone") func unknownFieldIsLeftAlone() throws {
        try expectValid(rule: ProvidedRequiredArgumentsRule(), #"""
        { dog { unknown } }
        """#)
    }

    @Test("one missing") func oneMissing() throws {
        try expectErrors(rule: ProvidedRequiredArgumentsRule(), document: #"""
        { complicatedArgs { multipleReqs(req2: 2) } }
        """#, [
            (#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, [(1, 21)]),
        ])
    }

    @Test("all missing") func allMissing() throws {
        try expectErrors(rule: ProvidedRequiredArgumentsRule(), document: #"""
        {
          complicatedArgs {
            multipleReqs
            multipleOptAndReq(opt1: 1)
          }
        }
        """#, [
            (#"Field "multipleReqs" argument "req1" of type "Int!" is required, but it was not provided."#, [(3, 5)]),
            (#"Field "multipleReqs" argument "req2" of type "Int!" is required, but it was not provided."#, [(3, 5)]),
            (#"Field "multipleOptAndReq" argument "req1" of type "Int!" is required, but it was not provided."#, [(4, 5)]),
            (#"Field "multipleOptAndReq" argument "req2" of type "Int!" is required, but it was not provided."#, [(4, 5)]),
        ])
    }

    @Test("missing directive argument") func missingDirectiveArgument() throws {
        try expectErrors(rule: ProvidedRequiredArgumentsRule(), document: #"""
        {
          dog @include { name @withArgs(optional: "y") }
        }
        """#, [
            (#"Directive "@include" argument "if" of type "Boolean!" is required, but it was not provided."#, [(2, 7)]),
            (#"Directive "@withArgs" argument "required" of type "Int!" is required, but it was not provided."#, [(2, 23)]),
        ])
    }

    @Test("null for required argument is not missing") func nullForRequiredArgumentIsNotMissing() throws {
        try expectValid(rule: ProvidedRequiredArgumentsRule(), #"""
        { complicatedArgs { multipleReqs(req1: null, req2: 1) } }
        """#)
    }
}
