import GraphQLEngine
import PortfolioDomain
import PortfolioRepositories

/// Reads the Relay paging arguments of a connection field (`first`/`after`,
/// `last`/`before`) into a `PageRequest`, answering bad combinations with `BAD_USER_INPUT`
/// naming the argument: `first` and `last` together, a count outside 1…`maximum`, or a
/// cursor that is not one of this list's.
enum PagingArguments {
    static let defaultPageSize = 20
    static let maximumPageSize = 100

    /// - Parameter keyCount: how many values a cursor of this list holds (its sort keys + id).
    static func read(_ arguments: ObjectValue, keyCount: Int, maximum: Int = maximumPageSize) throws -> PageRequest {
        var errors: [FieldError] = []
        func count(_ name: String) -> Int? {
            guard case .int(let value)? = arguments[name] else { return nil }
            if !(1...maximum).contains(value) {
                errors.append(FieldError(field: name, code: ErrorCode.outOfRange, message: "\(name) must be between 1 and \(maximum)"))
            }
            return value
        }
        func cursor(_ name: String) -> KeysetCursor? {
            guard case .string(let text)? = arguments[name] else { return nil }
            guard let cursor = KeysetCursor(encoded: text, count: keyCount) else {
                errors.append(FieldError(field: name, code: ErrorCode.invalidFormat, message: "Not a cursor of this list"))
                return nil
            }
            return cursor
        }
        let first = count("first")
        let last = count("last")
        let after = cursor("after")
        let before = cursor("before")
        if first != nil, last != nil {
            errors.append(FieldError(field: "last", code: ErrorCode.invalidFormat, message: "Use either first or last, not both"))
        }
        if after != nil, before != nil {
            errors.append(FieldError(field: "before", code: ErrorCode.invalidFormat, message: "Use either after or before, not both"))
        }
        if last == nil, before != nil, first != nil {
            errors.append(FieldError(field: "before", code: ErrorCode.invalidFormat, message: "before pages backward: use it with last"))
        }
        if !errors.isEmpty { throw APIErrors.badUserInput(errors) }
        if last != nil || (before != nil && first == nil) {
            return PageRequest(direction: .backward, limit: last ?? defaultPageSize, cursor: before)
        }
        return PageRequest(direction: .forward, limit: first ?? defaultPageSize, cursor: after)
    }
}
