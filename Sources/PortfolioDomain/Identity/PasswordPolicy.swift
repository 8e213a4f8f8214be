/// The password rules of PortfolioOS, checked before hashing on register, reset and change.
///
/// Policy (documented in docs/domain.md and docs/security.md):
/// - length 8–128 characters (user-perceived characters; bcrypt itself only reads the first
///   72 bytes, which the auth layer handles by pre-hashing — the policy is about the user);
/// - at least two character classes among lower-case letters, upper-case letters, digits and
///   everything else (symbols, spaces, non-Latin letters count as "other");
/// - not only whitespace, and not the account's e-mail address or its local part;
/// - the confirmation, when the client sends one, must match.
/// So `"12345678"` (one class) is rejected and `"Admin123!"` (seed 004's example) passes.
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumLength = 128
    public static let minimumClasses = 2

    /// Every rule the password breaks, as field errors on `password` / `passwordConfirmation`;
    /// empty when acceptable.
    public static func validate(_ password: String, confirmation: String? = nil, email: String? = nil,
                                field: String = "password",
                                confirmationField: String = "passwordConfirmation") -> [FieldError] {
        var errors: [FieldError] = []
        let length = password.count
        if length < minimumLength {
            errors.append(FieldError(field: field, code: ErrorCode.tooShort,
                                     message: "Password must be at least \(minimumLength) characters"))
        } else if length > maximumLength {
            errors.append(FieldError(field: field, code: ErrorCode.tooLong,
                                     message: "Password must be at most \(maximumLength) characters"))
        }
        if length > 0 {
            if password.allSatisfy(\.isWhitespace) {
                errors.append(FieldError(field: field, code: ErrorCode.tooWeak,
                                         message: "Password must not be only spaces"))
            } else if characterClasses(password) < minimumClasses {
                errors.append(FieldError(field: field, code: ErrorCode.tooWeak,
                                         message: "Password must mix at least two of: lower-case letters, upper-case letters, digits, symbols"))
            }
        }
        if let email, !email.isEmpty {
            let lowered = password.lowercased()
            let mail = email.lowercased()
            let local = mail.split(separator: "@").first.map(String.init) ?? mail
            if lowered == mail || (local.count >= 3 && lowered == local) {
                errors.append(FieldError(field: field, code: ErrorCode.tooWeak,
                                         message: "Password must not be your e-mail address"))
            }
        }
        if let confirmation, confirmation != password {
            errors.append(FieldError(field: confirmationField, code: ErrorCode.mismatch,
                                     message: "The password confirmation does not match"))
        }
        return errors
    }

    /// Throwing form of `validate`: an `invalidInput` `DomainError` listing every problem.
    public static func check(_ password: String, confirmation: String? = nil, email: String? = nil) throws(DomainError) {
        if let e = DomainError.validation(validate(password, confirmation: confirmation, email: email)) { throw e }
    }

    static func characterClasses(_ password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for s in password.unicodeScalars {
            switch s.value {
            case 97...122: lower = true
            case 65...90: upper = true
            case 48...57: digit = true
            default: other = true
            }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}
