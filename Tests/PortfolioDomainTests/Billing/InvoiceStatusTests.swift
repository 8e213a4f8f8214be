import Testing
@testable import PortfolioDomain

@Suite struct InvoiceStatusTests {
    @Test func legalTransitions() throws {
        let legal: Set<[InvoiceStatus]> = [[.generated, .sent], [.generated, .paid], [.generated, .void], [.sent, .paid], [.sent, .void]]
        for from in InvoiceStatus.allCases {
            for to in InvoiceStatus.allCases {
                #expect(from.canTransition(to: to) == legal.contains([from, to]), "\(from) → \(to)")
            }
        }
        #expect(try InvoiceStatus.generated.transition(to: .sent).transition(to: .paid) == .paid)
        #expect(InvoiceStatus.paid.isFinal && InvoiceStatus.void.isFinal && !InvoiceStatus.sent.isFinal)
    }

    @Test func illegalTransitionIsAConflict() {
        let e = domainError { _ = try InvoiceStatus.paid.transition(to: .sent) }
        #expect(e?.kind == .conflict)
        #expect(e?.code == ErrorCode.illegalTransition)
        #expect(e?.fields.first?.field == "status")
    }
}
