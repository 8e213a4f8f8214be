import Foundation

/// Finds the files the server reads at start-up — `schema.graphql` (with `schema/`) and `migrations/` —
/// which live at the repository root rather than inside the binary, so that the schema file
/// stays the single source of truth of the API.
///
/// Looks in `PORTFOLIO_HOME` when set, then the working directory and its parents, then the
/// executable's folder and its parents (so `.build/release/portfolio` works from anywhere).
struct ProjectFiles {
    let root: String

    var migrationsPath: String { root + "/migrations" }

    static func locate() throws -> ProjectFiles {
        var candidates: [String] = []
        if let home = ProcessInfo.processInfo.environment["PORTFOLIO_HOME"], !home.isEmpty {
            candidates.append(home)
        }
        candidates += ancestors(of: FileManager.default.currentDirectoryPath)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates += ancestors(of: executable.deletingLastPathComponent().path)
        for candidate in candidates where isProjectRoot(candidate) {
            return ProjectFiles(root: candidate)
        }
        throw ProjectFilesError(searched: candidates)
    }

    private static func isProjectRoot(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/schema.graphql")
            && FileManager.default.fileExists(atPath: path + "/migrations", isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    private static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            result.append(url.path)
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return result
    }
}

struct ProjectFilesError: Error, CustomStringConvertible {
    let searched: [String]
    var description: String {
        "cannot find schema.graphql and migrations/ (set PORTFOLIO_HOME to the PortfolioOS folder); looked in: "
            + searched.prefix(6).joined(separator: ", ")
    }
}
