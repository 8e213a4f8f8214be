import Testing
@testable import GraphQLEngine

@Suite struct PrintSchemaTests {
    @Test func representativeSchemaRoundTrips() throws {
        let schema = try buildSchema(RepresentativeSchema.sdl)
        let printed = printSchema(schema)
        if printed != RepresentativeSchema.sdl {
            let expected = RepresentativeSchema.sdl.split(separator: "\n", omittingEmptySubsequences: false)
            let actual = printed.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in zip(expected.indices, zip(expected, actual)) where line.0 != line.1 {
                Issue.record("line \(index + 1): expected «\(line.0)» got «\(line.1)»")
                break
            }
        }
        #expect(printed == RepresentativeSchema.sdl)
        // Printing is stable: building the printed SDL prints the same again.
        #expect(printSchema(try buildSchema(printed)) == printed)
    }

    @Test func omitsSchemaBlockForDefaultRootNames() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        type Mutation { b: Int }
        """)
        #expect(printSchema(schema) == """
        type Query {
          a: Int
        }

        type Mutation {
          b: Int
        }
        """)
    }

    @Test func printsSchemaBlockForCustomRootNames() throws {
        let schema = try buildSchema("""
        schema { query: Q }
        type Q { a: Int }
        """)
        #expect(printSchema(schema) == """
        schema {
          query: Q
        }

        type Q {
          a: Int
        }
        """)
    }

    @Test func omitsBuiltInsAndPrintsUnprintableDescriptionsAsStrings() throws {
        let schema = try buildSchema(#"""
        type Query {
          "  indented first line\n  and second"
          a: String
        }
        """#)
        #expect(printSchema(schema) == #"""
        type Query {
          "  indented first line\n  and second"
          a: String
        }
        """#)
    }

    @Test func mergesExtensionsIntoTheirTypes() throws {
        let schema = try buildSchema("""
        type Query { a: Int }
        extend type Query { b: String }
        enum E { X }
        extend enum E { Y }
        input I @oneOf { a: Int }
        extend input I { b: String }
        """)
        #expect(printSchema(schema) == """
        type Query {
          a: Int
          b: String
        }

        enum E {
          X
          Y
        }

        input I @oneOf {
          a: Int
          b: String
        }
        """)
    }
}
