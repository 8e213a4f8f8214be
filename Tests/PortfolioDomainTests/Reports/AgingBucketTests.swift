import Testing
@testable import PortfolioDomain

@Suite struct AgingBucketTests {
    @Test(arguments: [(-1, AgingBucket?.none), (0, .days0to30), (30, .days0to30), (31, .days31to60), (60, .days31to60),
                      (61, .days61to90), (90, .days61to90), (91, .over90), (10_000, .over90)])
    func boundaries(days: Int, bucket: AgingBucket?) {
        #expect(AgingBucket(daysPastDue: days) == bucket)
    }
}
