/// How money arrived. Seed 004's BKASH and NAGAD are mobile-money providers and map to
/// `mobileMoney` (the provider name goes into the payment reference).
public enum PaymentMethod: String, CaseIterable, Sendable, Hashable {
    case cash = "CASH"
    case bank = "BANK"
    case card = "CARD"
    case check = "CHECK"
    case mobileMoney = "MOBILE_MONEY"
    case other = "OTHER"

    /// Maps a seed dialect's method name (case-insensitive) onto the enum; `nil` when unknown.
    public init?(dialectName: String) {
        switch dialectName.uppercased() {
        case "CASH": self = .cash
        case "BANK", "BANK_TRANSFER", "TRANSFER": self = .bank
        case "CARD", "CREDIT_CARD", "DEBIT_CARD": self = .card
        case "CHECK", "CHEQUE": self = .check
        case "MOBILE_MONEY", "BKASH", "NAGAD", "ROCKET": self = .mobileMoney
        case "OTHER": self = .other
        default: return nil
        }
    }
}
