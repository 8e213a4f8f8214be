import Foundation
import PortfolioDomain

/// The input rules shared by every area. Each validator returns the cleaned value and
/// appends a `FieldError` per problem, so one response lists every mistake of a form;
/// `finish` then throws them as one `BAD_USER_INPUT`.
enum InputValidation {
    /// Trimmed; 3–254 characters, one `@`, a non-empty local part of at most 64 characters,
    /// a dotted domain, no spaces or control characters.
    static func email(_ raw: String, field: String = "email", into errors: inout [FieldError]) -> String {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid = (3...254).contains(email.count) && parts.count == 2
            && !parts[0].isEmpty && parts[0].count <= 64
            && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !email.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
        if email.isEmpty {
            errors.append(FieldError(field: field, code: ErrorCode.required, message: "E-mail is required"))
        } else if !valid {
            errors.append(FieldError(field: field, code: ErrorCode.invalidFormat, message: "E-mail address is not valid"))
        }
        return email
    }

    /// Trimmed, 1–`maximum` characters.
    static func text(_ raw: String, field: String, label: String, maximum: Int = 200, into errors: inout [FieldError]) -> String {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            errors.append(FieldError(field: field, code: ErrorCode.required, message: "\(label) is required"))
        } else if value.count > maximum {
            errors.append(FieldError(field: field, code: ErrorCode.tooLong, message: "\(label) must be at most \(maximum) characters"))
        }
        return value
    }

    /// Trimmed; empty means "no phone" (nil). Up to 40 of digits, spaces and `+ - ( ) .`.
    static func phone(_ raw: String?, field: String = "phone", into errors: inout [FieldError]) -> String? {
        guard let value = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        let allowed = value.allSatisfy { $0.isASCII && ($0.isNumber || " +-().".contains($0)) }
        if value.count > 40 || !allowed || !value.contains(where: \.isNumber) {
            errors.append(FieldError(field: field, code: ErrorCode.invalidFormat, message: "Phone number is not valid"))
        }
        return value
    }

    /// Trimmed; nil when absent or blank (clears an optional field); at most `maximum` characters.
    static func optionalText(_ raw: String?, field: String, label: String, maximum: Int = 500, into errors: inout [FieldError]) -> String? {
        guard let value = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        if value.count > maximum {
            errors.append(FieldError(field: field, code: ErrorCode.tooLong, message: "\(label) must be at most \(maximum) characters"))
        }
        return value
    }

    /// An amount in the organization's currency (the `Money` scalar already checked the
    /// shape); `positive` refuses zero and negatives, `nonNegative` refuses negatives.
    static func money(
        _ raw: String?, currency: CurrencyCode, field: String, positive: Bool = true, nonNegative: Bool = true,
        into errors: inout [FieldError]
    ) -> Money? {
        guard let raw else {
            return nil
        }
        do {
            let amount = try Money(parsing: raw, currency: currency, field: field)
            if positive, !amount.isPositive {
                errors.append(FieldError(field: field, code: ErrorCode.mustBePositive, message: "Amount must be greater than zero"))
            } else if nonNegative, amount.isNegative {
                errors.append(FieldError(field: field, code: ErrorCode.mustNotBeNegative, message: "Amount must not be negative"))
            }
            return amount
        } catch {
            errors.append(contentsOf: error.fields)
            return nil
        }
    }

    /// A `Date` argument (the scalar already checked the shape); nil when absent.
    static func date(_ raw: String?, field: String, into errors: inout [FieldError]) -> LocalDate? {
        guard let raw else { return nil }
        do {
            return try LocalDate(parsing: raw, field: field)
        } catch {
            errors.append(contentsOf: error.fields)
            return nil
        }
    }

    /// Throws `BAD_USER_INPUT` listing every problem, when there is any.
    static func finish(_ errors: [FieldError]) throws {
        if !errors.isEmpty { throw APIErrors.badUserInput(errors) }
    }
}
