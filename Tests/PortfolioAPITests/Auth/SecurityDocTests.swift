import Foundation
import PortfolioDomain
import Testing

/// docs/security.md shows the permission matrix the code enforces.
@Suite struct SecurityDocTests {
    @Test func theRolesTableMatchesThePermissionMatrix() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let doc = try String(contentsOfFile: url.path + "/docs/security.md", encoding: .utf8)
        #expect(doc.contains(PermissionMatrix.markdownTable()), "regenerate the table in docs/security.md from PermissionMatrix.markdownTable()")
    }
}
