import Testing
@testable import PortfolioDomain

@Suite struct PaymentMethodTests {
    @Test func mapsSeedDialectNames() {
        #expect(PaymentMethod(dialectName: "BKASH") == .mobileMoney)
        #expect(PaymentMethod(dialectName: "nagad") == .mobileMoney)
        #expect(PaymentMethod(dialectName: "Cheque") == .check)
        #expect(PaymentMethod(dialectName: "BANK") == .bank)
        #expect(PaymentMethod(dialectName: "CASH") == .cash)
        #expect(PaymentMethod(dialectName: "barter") == nil)
    }
}
