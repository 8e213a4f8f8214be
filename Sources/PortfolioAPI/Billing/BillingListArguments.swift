import Foundation
import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// Reads the `filter` and `orderBy` arguments of the charges and payments lists
/// (`ChargeFilter`/`LeaseChargeFilter`, `PaymentFilter`/`LeasePaymentFilter`, `ChargeOrder`,
/// `PaymentOrder`). Every problem is collected and answered as one BAD_USER_INPUT naming
/// the input field (`filter.leaseId`, `filter.dueTo`, …).
enum BillingListArguments {
    static func chargeFilter(_ arguments: ObjectValue) throws -> ChargeList.Filter {
        let input = InputObject(arguments, "filter")
        var errors: [FieldError] = []
        var filter = ChargeList.Filter()
        filter.leaseID = id(input, "leaseId", into: &errors)
        filter.unitID = id(input, "unitId", into: &errors)
        filter.buildingID = id(input, "buildingId", into: &errors)
        // The schema's enum already limits the values; an unknown one cannot arrive.
        filter.kinds = input.strings("kind")?.compactMap(ChargeKind.init(rawValue:))
        filter.status = input.string("status").flatMap(ChargeList.Status.init(rawValue:))
        (filter.dueFrom, filter.dueTo) = range(input, from: "dueFrom", to: "dueTo", into: &errors)
        try InputValidation.finish(errors)
        return filter
    }

    static func paymentFilter(_ arguments: ObjectValue) throws -> PaymentList.Filter {
        let input = InputObject(arguments, "filter")
        var errors: [FieldError] = []
        var filter = PaymentList.Filter()
        filter.leaseID = id(input, "leaseId", into: &errors)
        filter.unitID = id(input, "unitId", into: &errors)
        filter.buildingID = id(input, "buildingId", into: &errors)
        filter.kinds = input.strings("kind")
        filter.methods = input.strings("method")?.compactMap(PaymentMethod.init(rawValue:))
        if case .bool(let reversed)? = input.fields["reversed"] { filter.reversed = reversed }
        (filter.paidFrom, filter.paidTo) = range(input, from: "paidFrom", to: "paidTo", into: &errors)
        try InputValidation.finish(errors)
        return filter
    }

    /// `orderBy { field direction }`; absent: DUE_DATE DESC (newest due first).
    static func chargeOrder(_ arguments: ObjectValue) -> (ChargeList.OrderField, ascending: Bool) {
        let order = InputObject(arguments, "orderBy")
        return (order.string("field").flatMap(ChargeList.OrderField.init(rawValue:)) ?? .dueDate, order.string("direction") == "ASC")
    }

    /// `orderBy { field direction }`; absent: PAID_ON DESC (newest first).
    static func paymentOrder(_ arguments: ObjectValue) -> (PaymentList.OrderField, ascending: Bool) {
        let order = InputObject(arguments, "orderBy")
        return (order.string("field").flatMap(PaymentList.OrderField.init(rawValue:)) ?? .paidOn, order.string("direction") == "ASC")
    }

    /// An `ID` filter field: nil when absent; a value that is not an id of this API (a
    /// UUID) is BAD_USER_INPUT on `filter.<key>` rather than an empty list, so a typo shows.
    static func id(_ input: InputObject, _ key: String, into errors: inout [FieldError]) -> UUID? {
        guard let text = input.string(key) else { return nil }
        guard let id = UUID(uuidString: text) else {
            errors.append(FieldError(field: "filter.\(key)", code: ErrorCode.invalidFormat, message: "Not an id"))
            return nil
        }
        return id
    }

    /// An inclusive date range; `to` before `from` is DATES_OUT_OF_ORDER on `filter.<to>`.
    static func range(_ input: InputObject, from: String, to: String, into errors: inout [FieldError]) -> (LocalDate?, LocalDate?) {
        let start = InputValidation.date(input.string(from), field: "filter.\(from)", into: &errors)
        let end = InputValidation.date(input.string(to), field: "filter.\(to)", into: &errors)
        if let start, let end, end < start {
            errors.append(FieldError(field: "filter.\(to)", code: ErrorCode.datesOutOfOrder, message: "\(to) must not be before \(from)"))
        }
        return (start, end)
    }
}
