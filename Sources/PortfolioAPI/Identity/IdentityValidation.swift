import Foundation
import PortfolioDomain

/// The input rules of identity fields (slugs, currencies, zones); the general ones (text,
/// e-mail, phone) are in `InputValidation`.
enum IdentityValidation {
    static let incorrectPassword = "INCORRECT_PASSWORD"

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

}
