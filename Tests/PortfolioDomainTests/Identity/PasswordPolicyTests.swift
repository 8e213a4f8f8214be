import Testing
@testable import PortfolioDomain

@Suite struct PasswordPolicyTests {
    @Test(arguments: ["Admin123!", "secure_password_123", "new password 9", "correct horse Battery", "pässwörd1"])
    func acceptsReasonablePasswords(password: String) {
        #expect(PasswordPolicy.validate(password).isEmpty)
    }

    @Test func rejectsShortAndLong() {
        #expect(PasswordPolicy.validate("Ab1").map(\.code) == [ErrorCode.tooShort])
        #expect(PasswordPolicy.validate(String(repeating: "aB3", count: 43)).map(\.code) == [ErrorCode.tooLong])
        #expect(PasswordPolicy.validate(String(repeating: "a", count: 127) + "1").isEmpty)
    }

    @Test func rejectsSingleClass() {
        #expect(PasswordPolicy.validate("12345678").map(\.code) == [ErrorCode.tooWeak])
        #expect(PasswordPolicy.validate("abcdefgh").map(\.code) == [ErrorCode.tooWeak])
        #expect(PasswordPolicy.validate("        ").map(\.code) == [ErrorCode.tooWeak])
    }

    @Test func rejectsEmailAndMismatchedConfirmation() {
        let errors = PasswordPolicy.validate("Alice@Example.com", confirmation: "other", email: "alice@example.com")
        #expect(errors.map(\.code) == [ErrorCode.tooWeak, ErrorCode.mismatch])
        #expect(errors.map(\.field) == ["password", "passwordConfirmation"])
        #expect(PasswordPolicy.validate("alice2024", email: "alice2024@example.com").map(\.code) == [ErrorCode.tooWeak])
    }

    @Test func throwingFormCarriesAllFieldErrors() {
        let e = domainError { try PasswordPolicy.check("short", confirmation: "x") }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.map(\.code) == [ErrorCode.tooShort, ErrorCode.tooWeak, ErrorCode.mismatch])
        #expect(e?.message == "3 problems with the input")
    }
}
