import Testing
@testable import PortfolioDomain

@Suite struct EntityIDTests {
    @Test func naturalOrdering() {
        #expect(EntityID("9") < EntityID("10"))
        #expect(EntityID("009") < EntityID("10"))
        #expect(!(EntityID("10") < EntityID("010")) && EntityID("010") < EntityID("10"), "equal numbers fall back to text order")
        #expect(EntityID("a") < EntityID("b"))
        #expect(EntityID("10") < EntityID("1a"), "numeric ids sort before other ids")
        #expect(EntityID("2") < EntityID("1a"), "so \"2\" < \"10\" < \"1a\" cannot cycle back to \"2\"")
    }

    @Test func orderingIsAStrictTotalOrder() {
        let pool = ["1", "2", "10", "010", "9", "a", "a1", "1a", "9a", "b", "", "00", "0", "18446744073709551616", "x-9"].map { EntityID($0) }
        for a in pool {
            #expect(!(a < a))
            for b in pool {
                if a != b { #expect((a < b) != (b < a), "\(a) \(b)") }
                for c in pool where a < b && b < c {
                    #expect(a < c, "\(a) < \(b) < \(c)")
                }
            }
        }
    }
}
