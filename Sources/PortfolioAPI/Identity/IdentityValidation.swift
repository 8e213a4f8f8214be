import Foundation
import PortfolioDomain

/// The input rules of identity fields. Each validator returns the cleaned value and appends
/// a `FieldError` per problem, so one response lists every mistake of a form.
enum IdentityValidation {
    static let incorrectPassword = "INCORRECT_PASSWORD"

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

    /// 2–100 characters of `a-z 0-9` in groups joined by single hyphens.
    static func slug(_ raw: String, field: String = "slug", into errors: inout [FieldError]) -> String {
        let slug = raw.trimmingCharacters(in: .whitespaces)
        let groups = slug.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...100).contains(slug.count)
            && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
        if !valid {
            errors.append(FieldError(field: field, code: ErrorCode.invalidFormat,
                                     message: "Slug must be 2 to 100 lower-case letters, digits and single hyphens"))
        }
        return slug
    }

    /// A slug made from a name: lower-case ASCII letters and digits, other runs become one
    /// hyphen; "org" when nothing is left.
    static func slug(fromName name: String) -> String {
        var slug = ""
        for character in name.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        slug = String(slug.prefix(80))
        while slug.last == "-" { slug.removeLast() }
        return slug.count >= 2 ? slug : "org"
    }

    static func currency(_ raw: String, field: String = "currency", into errors: inout [FieldError]) -> String {
        do {
            return try CurrencyCode(raw.trimmingCharacters(in: .whitespaces).uppercased(), field: field).code
        } catch {
            errors.append(contentsOf: error.fields.isEmpty
                ? [FieldError(field: field, code: ErrorCode.invalidCurrency, message: error.message)] : error.fields)
            return raw
        }
    }

    /// An IANA zone name the system knows.
    static func timezone(_ raw: String, field: String = "timezone", into errors: inout [FieldError]) -> String {
        let zone = raw.trimmingCharacters(in: .whitespaces)
        if zone.isEmpty || zone.count > 64 || TimeZone(identifier: zone) == nil {
            errors.append(FieldError(field: field, code: ErrorCode.invalidFormat, message: "Time zone must be an IANA name such as Europe/Paris"))
        }
        return zone
    }

    /// Throws `BAD_USER_INPUT` listing every problem, when there is any.
    static func finish(_ errors: [FieldError]) throws {
        if !errors.isEmpty { throw APIErrors.badUserInput(errors) }
    }
}
