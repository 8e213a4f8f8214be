import Foundation
import Testing

@testable import PortfolioRepositories

@Suite struct MigrationSourceTests {
    @Test func parsesWellFormedNames() {
        #expect(MigrationSource.parse(fileName: "0003_leasing.sql").map { "\($0.0) \($0.1)" } == "3 leasing")
        #expect(MigrationSource.parse(fileName: "0012_add_index_2.sql").map { "\($0.0) \($0.1)" } == "12 add_index_2")
    }

    @Test(arguments: ["3_leasing.sql", "0003-leasing.sql", "0003_.sql", "0003_Leasing.sql", "abcd_x.sql", "0000_zero.sql"])
    func rejectsMalformedNames(_ name: String) {
        #expect(MigrationSource.parse(fileName: name) == nil)
    }

    @Test func loadsInVersionOrderAndIgnoresOtherFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("0002_second.sql", "CREATE TABLE b (x INT);")
        try directory.write("0001_first.sql", "CREATE TABLE a (x INT);")
        try directory.write("README.md", "not a migration")
        let migrations = try MigrationSource.load(from: directory.path)
        #expect(migrations.map(\.version) == [1, 2])
        #expect(migrations[0].fileName == "0001_first.sql")
        #expect(migrations[0].checksum.count == 64)
    }

    @Test func rejectsDuplicateVersionsAndBadNames() throws {
        let duplicate = try TemporaryDirectory()
        try duplicate.write("0001_a.sql", "SELECT 1;")
        try duplicate.write("0001_b.sql", "SELECT 2;")
        #expect(throws: MigrationError.duplicateVersion(1, ["0001_a.sql", "0001_b.sql"])) {
            try MigrationSource.load(from: duplicate.path)
        }
        let badName = try TemporaryDirectory()
        try badName.write("1_a.sql", "SELECT 1;")
        #expect(throws: MigrationError.badFileName("1_a.sql")) { try MigrationSource.load(from: badName.path) }
    }

    @Test func checksumChangesWithContent() {
        let a = Migration(version: 1, name: "a", sql: "CREATE TABLE a (x INT);")
        let b = Migration(version: 1, name: "a", sql: "CREATE TABLE a (x BIGINT);")
        #expect(a.checksum != b.checksum)
        #expect(a.checksum == Migration(version: 1, name: "a", sql: "CREATE TABLE a (x INT);").checksum)
    }
}
