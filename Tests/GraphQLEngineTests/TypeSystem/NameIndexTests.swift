import Testing
@testable import GraphQLEngine

@Suite("NameIndex and NamedMap: lookups by name")
struct NameIndexTests {
    @Test("positions follow insertion order; absent names are not found")
    func positions() {
        var index = NameIndex()
        #expect(index.position(of: "a") == nil)
        #expect(index.append("id") == 0)
        #expect(index.append("name") == 1)
        #expect(index.append("") == 2)
        #expect(index.position(of: "id") == 0)
        #expect(index.position(of: "name") == 1)
        #expect(index.position(of: "") == 2)
        #expect(index.position(of: "Name") == nil)
        #expect(index.position(of: "nam") == nil)
        #expect(index.names == ["id", "name", ""])
    }

    @Test("thousands of names, through every growth of the table, each found at its position")
    func growth() {
        var index = NameIndex()
        let names = (0..<5_000).map { "field\($0)" } + ["aVeryLongFieldNameThatIsNotASmallString", "é_non_ascii"]
        for (position, name) in names.enumerated() {
            #expect(index.append(name) == position)
        }
        for (position, name) in names.enumerated() where index.position(of: name) != position {
            Issue.record("\(name) not found at \(position)")
        }
        #expect(index.position(of: "field5000") == nil)
        #expect(index.position(of: "aVeryLongFieldNameThatIsNotASmallStrin") == nil)
    }

    @Test("the hash depends on every byte and on the order")
    func hashSpreads() {
        #expect(NameIndex.hash("ab") != NameIndex.hash("ba"))
        #expect(NameIndex.hash("a") != NameIndex.hash("b"))
        // The hash is of the text, not of the storage: a string cut from a longer one agrees.
        let sliced = String("xxname".dropFirst(2))
        #expect(NameIndex.hash(sliced) == NameIndex.hash("name"))
    }

    @Test("NamedMap keeps definition order and replaces a repeated name in place")
    func namedMap() {
        struct Item: GraphQLNamedElement, Equatable {
            var name: String
            var value: Int
        }
        var map = NamedMap([Item(name: "b", value: 1), Item(name: "a", value: 2)])
        map.insert(Item(name: "b", value: 3))
        map.insert(Item(name: "c", value: 4))
        #expect(map.names == ["b", "a", "c"])
        #expect(map["b"] == Item(name: "b", value: 3))
        #expect(map["c"]?.value == 4)
        #expect(map["d"] == nil)
        #expect(map.contains(name: "a"))
        #expect(!map.contains(name: "z"))
        #expect(map.count == 3)
    }
}
