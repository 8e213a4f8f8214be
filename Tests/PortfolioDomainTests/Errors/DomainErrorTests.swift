import Testing
@testable import PortfolioDomain

@Suite struct DomainErrorTests {
    @Test func validationWrapsFieldErrors() {
        #expect(DomainError.validation([]) == nil)
        let one = DomainError.validation([FieldError(field: "rent", code: "MUST_BE_POSITIVE", message: "Rent amount must be positive")])
        #expect(one?.kind == .invalidInput)
        #expect(one?.code == "MUST_BE_POSITIVE")
        #expect(one?.message == "Rent amount must be positive")
        let two = DomainError.validation([FieldError(field: "a", code: "X", message: "x"), FieldError(field: "b", code: "Y", message: "y")], kind: .conflict)
        #expect(two?.kind == .conflict)
        #expect(two?.code == "X")
        #expect(two?.fields.map(\.field) == ["a", "b"])
    }

    @Test func conflictOptionallyNamesAField() {
        #expect(DomainError.conflict("C", "m").fields.isEmpty)
        #expect(DomainError.conflict("C", "m", field: "startDate").fields.first?.field == "startDate")
        #expect(DomainError.invalid("f", "C", "m").description == "invalidInput C: m f: C (m)")
    }
}
