/// What a charge is for. Raw values are the GraphQL enum values; seed 004's payment types
/// (RENT, UTILITY, DEPOSIT) and seed 001's financial-record categories map onto these.
public enum ChargeKind: String, CaseIterable, Sendable, Hashable {
    case rent = "RENT"
    case utility = "UTILITY"
    case deposit = "DEPOSIT"
    case lateFee = "LATE_FEE"
    case maintenance = "MAINTENANCE"
    case installment = "INSTALLMENT"
    case other = "OTHER"
}
