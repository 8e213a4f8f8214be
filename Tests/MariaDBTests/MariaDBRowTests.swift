import MariaDB
import Testing

@Suite("MariaDBRow decoding")
struct MariaDBRowTests {
    private let row = MariaDBRow(
        columnSet: MariaDBColumnSet([
            MariaDBColumn(name: "id", type: .longLong),
            MariaDBColumn(name: "Label", type: .varString),
            MariaDBColumn(name: "amount", type: .newDecimal, decimals: 4),
            MariaDBColumn(name: "deleted_at", type: .dateTime),
        ]),
        values: [.int(7), .string("seven"), .decimal(ExactDecimal("12.3450")!), .null])

    @Test("by name (case-insensitively) and by index")
    func byNameAndIndex() throws {
        #expect(try row.decode("id", as: Int64.self) == 7)
        #expect(try row.decode("label", as: String.self) == "seven")
        #expect(try row.decode(at: 2, as: ExactDecimal.self) == ExactDecimal("12.345"))
        #expect(try row.decode("deleted_at", as: SQLDateTime?.self) == nil)
        #expect(row["id"] == .int(7))
        #expect(row["nope"] == nil)
        #expect(row[3] == .null)
    }

    @Test("errors name the column, its SQL type and the Swift type")
    func errors() {
        let mismatch = #expect(throws: MariaDBDecodingError.self) { try row.decode("Label", as: Int64.self) }
        #expect(mismatch?.column == "Label")
        #expect(mismatch?.swiftType == "Int64")
        #expect(mismatch?.reason == .typeMismatch)
        #expect(mismatch?.description == "cannot decode column 'Label' (VARCHAR) as Int64: value 'seven' does not convert")

        let null = #expect(throws: MariaDBDecodingError.self) { try row.decode("deleted_at", as: SQLDateTime.self) }
        #expect(null?.reason == .unexpectedNull)
        #expect(null?.description.contains("'deleted_at'") == true)

        let missing = #expect(throws: MariaDBDecodingError.self) { try row.decode("email", as: String.self) }
        #expect(missing?.reason == .missingColumn)
        #expect(missing?.description == "cannot decode column 'email' as String: the result has no such column")
    }

    @Test("DECIMAL decodes straight into scaled Int64 minor units")
    func scaled() throws {
        #expect(try row.decodeScaled("amount", scale: 3) == 12_345)
        #expect(try row.decodeScaled("amount", scale: 4) == 123_450)
        #expect(try row.decodeScaled("id", scale: 2) == 700)
        let rounding = #expect(throws: MariaDBDecodingError.self) { try row.decodeScaled("amount", scale: 2) }
        #expect(rounding?.reason == .scaling(.precisionLoss(value: "12.3450", scale: 2)))
        #expect(try row.decodeScaledIfPresent("deleted_at", scale: 2) == nil)
    }
}
