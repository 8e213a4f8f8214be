import Testing

@testable import PortfolioRepositories

@Suite struct SQLScriptTests {
    @Test func splitsOnSemicolonsOutsideQuotesAndComments() {
        let script = """
            -- leading comment; with a semicolon
            CREATE TABLE a (x INT); # hash comment; too
            INSERT INTO a VALUES ('semi;colon', "dq;uote", `back;tick`);
            /* block; comment */ INSERT INTO a VALUES ('it''s; fine', 'back\\'slash;');
            ;;
            SELECT 1
            """
        let statements = SQLScript.statements(in: script)
        #expect(statements == [
            "CREATE TABLE a (x INT)",
            "INSERT INTO a VALUES ('semi;colon', \"dq;uote\", `back;tick`)",
            "INSERT INTO a VALUES ('it''s; fine', 'back\\'slash;')",
            "SELECT 1",
        ])
    }

    @Test func emptyAndCommentOnlyScriptsHaveNoStatements() {
        #expect(SQLScript.statements(in: "").isEmpty)
        #expect(SQLScript.statements(in: "-- nothing\n/* at all */\n").isEmpty)
    }

    /// Every shipped migration splits into schema statements (CREATE / ALTER TABLE) and the
    /// UPDATEs that convert existing rows to a changed schema (0008 settled_on, 0009
    /// INSTALLMENT): a stray fragment would mean the splitter cut a statement in the wrong place.
    @Test func everyShippedMigrationSplitsIntoSchemaStatements() throws {
        let migrations = try MigrationSource.load(from: RepositoryRoot.migrations)
        #expect(migrations.count >= 5)
        for migration in migrations {
            let statements = SQLScript.statements(in: migration.sql)
            #expect(!statements.isEmpty, "\(migration.fileName) has no statements")
            for statement in statements {
                #expect(statement.hasPrefix("CREATE ") || statement.hasPrefix("ALTER TABLE ") || statement.hasPrefix("UPDATE "), "\(migration.fileName): unexpected statement \(statement.prefix(40))")
            }
        }
    }
}
