import Testing
@testable import PortfolioDomain

@Suite struct BulkUnitLabelsTests {
    @Test func sequenceMode() throws {
        #expect(try BulkUnitLabels.labels(for: .sequence(count: 3), existingLabels: []) == ["1", "2", "3"])
        #expect(try BulkUnitLabels.labels(for: .sequence(count: 3, prefix: "A-", start: 101), existingLabels: []) == ["A-101", "A-102", "A-103"])
        #expect(try BulkUnitLabels.labels(for: .sequence(count: 2, prefix: "F", start: 9, padWidth: 3), existingLabels: []) == ["F009", "F010"])
        #expect(try BulkUnitLabels.labels(for: .sequence(count: 500), existingLabels: []).count == 500)
    }

    @Test(arguments: [0, 501, -1])
    func sequenceCountBounds(count: Int) {
        let e = domainError { _ = try BulkUnitLabels.labels(for: .sequence(count: count), existingLabels: []) }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.first?.field == "count")
    }

    @Test func sequenceConflictsNameTheLabels() {
        let e = domainError { _ = try BulkUnitLabels.labels(for: .sequence(count: 5, prefix: "A"), existingLabels: ["a2", "A4", "B1"]) }
        #expect(e?.kind == .conflict)
        #expect(e?.message == "Conflicting unit labels: A2, A4")
        #expect(e?.fields.map(\.code) == [ErrorCode.alreadyExists, ErrorCode.alreadyExists])
    }

    @Test func customMode() throws {
        #expect(try BulkUnitLabels.labels(for: .custom([" 1A", "1B "]), existingLabels: ["2A"]) == ["1A", "1B"])
    }

    @Test func customModeNamesDuplicatesAndExistingLabels() {
        let e = domainError { _ = try BulkUnitLabels.labels(for: .custom(["1A", "1B", "1a", "2A"]), existingLabels: ["2a"]) }
        #expect(e?.kind == .conflict)
        #expect(e?.fields.map(\.field) == ["labels[2]", "labels[3]"])
        #expect(e?.fields.map(\.code) == [ErrorCode.duplicate, ErrorCode.alreadyExists])
        #expect(e?.message == "Conflicting unit labels: 1a, 2A")
    }

    @Test func customModeRejectsBlankAndLongLabels() {
        let e = domainError { _ = try BulkUnitLabels.labels(for: .custom(["ok", "  ", String(repeating: "x", count: 33)]), existingLabels: []) }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.map(\.field) == ["labels[1]", "labels[2]"])
        #expect(domainError { _ = try BulkUnitLabels.labels(for: .custom([]), existingLabels: []) }?.fields.first?.field == "labels")
    }
}
