import Foundation

/// Reads the numbered SQL files of a migrations folder, in version order.
public enum MigrationSource {
    /// Loads every `NNNN_name.sql` file of `directory`. Other files are ignored; a `.sql`
    /// file with a malformed name or a duplicated version is an error, never skipped.
    public static func load(from directory: String) throws(MigrationError) -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .folderUnreadable(path: directory, reason: "\(error.localizedDescription)")
        }
        var migrations: [Migration] = []
        for fileName in names.sorted() where fileName.hasSuffix(".sql") {
            guard let (version, name) = parse(fileName: fileName) else { throw .badFileName(fileName) }
            let path = directory + "/" + fileName
            guard let data = FileManager.default.contents(atPath: path),
                let sql = String(data: data, encoding: .utf8)
            else { throw .folderUnreadable(path: path, reason: "not readable as UTF-8") }
            migrations.append(Migration(version: version, name: name, sql: sql))
        }
        let byVersion = Dictionary(grouping: migrations, by: \.version)
        if let (version, group) = byVersion.first(where: { $0.value.count > 1 }) {
            throw .duplicateVersion(version, group.map(\.fileName).sorted())
        }
        return migrations.sorted { $0.version < $1.version }
    }

    /// Splits `0003_leasing.sql` into (3, "leasing").
    static func parse(fileName: String) -> (Int, String)? {
        let stem = fileName.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<underscore]
        let name = stem[stem.index(after: underscore)...]
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let version = Int(digits), version > 0,
            !name.isEmpty,
            name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else { return nil }
        return (version, String(name))
    }
}
