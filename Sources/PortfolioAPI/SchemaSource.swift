import Foundation

/// Where the API's SDL lives: `schema.graphql` (directives, the root types, shared types and
/// identity) followed by one file per area in `schema/` (`schema/portfolio.graphql`, …),
/// which add their fields with `extend type Query` / `extend type Mutation`. Read in name
/// order and served as one schema; `portfolio schema` prints the merged result.
public enum SchemaSource {
    /// The schema text under the project folder `root`.
    public static func read(root: String) throws -> String {
        var parts = [try String(contentsOfFile: root + "/schema.graphql", encoding: .utf8)]
        for path in try areaFiles(root: root) {
            parts.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        return parts.joined(separator: "\n")
    }

    /// The `schema/*.graphql` files under `root`, sorted by name.
    public static func areaFiles(root: String) throws -> [String] {
        let folder = root + "/schema"
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".graphql") }.sorted().map { folder + "/" + $0 }
    }
}
