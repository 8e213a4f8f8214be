import CMariaDB
import Synchronization

/// One Connector/C connection (`MYSQL*`) and its prepared-statement cache; every method
/// blocks and must run on a client thread (see `MariaDBLibrary`), never on an event loop
/// or the cooperative pool.
///
/// `@unchecked Sendable` because the handle crosses tasks (the pool hands it from one
/// borrower to the next, and each call hops to a thread-pool thread), but it is never used
/// concurrently: the pool gives it to exactly one `MariaDBConnection` at a time, and that
/// connection awaits each blocking call before starting the next.
final class ConnectionHandle: @unchecked Sendable {
    private let mysql: UnsafeMutablePointer<MYSQL>
    private var statements: [String: UnsafeMutablePointer<MYSQL_STMT>] = [:]
    private var closed = false
    /// Set when the connection can no longer be trusted (lost, or an unrecoverable
    /// protocol state).
    private var broken = false
    /// How many savepoints deep nested transactions currently are (0: none).
    var savepointDepth = 0

    /// True when the handle must not be reused: lost, broken or closed. The pool discards
    /// such handles.
    var isBroken: Bool { broken || closed }
    /// A label for logs: the server's thread (connection) id.
    let connectionID: UInt

    /// ER_UNSUPPORTED_PS: "This command is not supported in the prepared statement protocol yet".
    static let unsupportedInPreparedProtocol: UInt32 = 1295

    /// The maximum number of prepared statements kept open per connection.
    static let statementCacheLimit = 128

    /// The settings this handle connected with (an interrupting connection reuses them).
    let configuration: MariaDBConfiguration
    /// Which statement runs now and whether a KILL QUERY for it is in flight; touched from
    /// the statement's thread and from cancellation handlers, hence the lock.
    let execution = Mutex(ExecutionState())

    private init(mysql: UnsafeMutablePointer<MYSQL>, configuration: MariaDBConfiguration) {
        self.mysql = mysql
        self.configuration = configuration
        self.connectionID = mysql_thread_id(mysql)
    }

    deinit {
        if !closed {
            for statement in statements.values { mysql_stmt_close(statement) }
            mysql_close(mysql)
        }
    }

    // MARK: Connecting

    /// Opens and authenticates a connection: utf8mb4, UTC session time zone, no LOCAL
    /// INFILE, `CLIENT_FOUND_ROWS` (UPDATE reports matched rows, so "no such row" is
    /// distinguishable from "no change").
    static func connect(_ configuration: MariaDBConfiguration) throws(MariaDBError) -> ConnectionHandle {
        MariaDBLibrary.prepareCurrentThread()
        guard let mysql = mysql_init(nil) else {
            throw MariaDBError(code: 2008, sqlState: "HY000", message: "mysql_init failed: out of memory")
        }
        var succeeded = false
        defer { if !succeeded { mysql_close(mysql) } }

        mysql_options(mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        mysql_options(mysql, MYSQL_INIT_COMMAND, "SET time_zone = '+00:00'")
        var noLocalInfile: UInt32 = 0
        mysql_options(mysql, MYSQL_OPT_LOCAL_INFILE, &noLocalInfile)
        var connectTimeout = UInt32(clamping: max(1, configuration.connectTimeout.components.seconds))
        mysql_options(mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout)
        if let read = configuration.readTimeout {
            var seconds = UInt32(clamping: max(1, read.components.seconds))
            mysql_options(mysql, MYSQL_OPT_READ_TIMEOUT, &seconds)
        }
        if let write = configuration.writeTimeout {
            var seconds = UInt32(clamping: max(1, write.components.seconds))
            mysql_options(mysql, MYSQL_OPT_WRITE_TIMEOUT, &seconds)
        }

        var host: String?
        var port: UInt32 = 0
        var socket: String?
        var proto: UInt32
        switch configuration.endpoint {
        case .tcp(let h, let p):
            host = h
            port = UInt32(p)
            proto = MYSQL_PROTOCOL_TCP.rawValue
            applyTLS(configuration.tls, to: mysql)
        case .unixSocket(let path):
            host = "localhost"
            socket = path
            proto = MYSQL_PROTOCOL_SOCKET.rawValue
        }
        mysql_options(mysql, MYSQL_OPT_PROTOCOL, &proto)

        let flags = UInt(CLIENT_FOUND_ROWS) | UInt(CLIENT_MULTI_RESULTS)
        let connected = mysql_real_connect(
            mysql, host, configuration.user, configuration.password, configuration.database,
            port, socket, flags)
        guard connected != nil else {
            throw error(of: mysql, sql: nil)
        }
        succeeded = true
        return ConnectionHandle(mysql: mysql, configuration: configuration)
    }

    private static func applyTLS(_ tls: MariaDBTLS, to mysql: UnsafeMutablePointer<MYSQL>) {
        guard tls.mode != .disabled else { return }
        // mysql_ssl_set turns TLS on ("use if offered"); the options below tighten it.
        mysql_ssl_set(mysql, tls.keyFile, tls.certificateFile, tls.caFile, tls.caPath, tls.cipher)
        if tls.mode != .preferred {
            var enforce: my_bool = 1
            mysql_options(mysql, MYSQL_OPT_SSL_ENFORCE, &enforce)
        }
        if tls.mode == .verifyCA || tls.mode == .verifyIdentity {
            var verify: my_bool = 1
            mysql_options(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify)
        }
    }

    // MARK: Session state

    /// Checks the connection with a round trip (`mysql_ping`); false marks it broken.
    func ping() -> Bool {
        MariaDBLibrary.prepareCurrentThread()
        guard !isBroken else { return false }
        if mysql_ping(mysql) != 0 {
            broken = true
            return false
        }
        return true
    }

    /// True while the server reports an open transaction on this session.
    var isInTransaction: Bool {
        !closed && (mysql.pointee.server_status & UInt32(SERVER_STATUS_IN_TRANS)) != 0
    }

    /// Sends COM_QUIT, frees cached statements and the handle. Idempotent.
    func close() {
        MariaDBLibrary.prepareCurrentThread()
        guard !closed else { return }
        closed = true
        for statement in statements.values { mysql_stmt_close(statement) }
        statements.removeAll()
        mysql_close(mysql)
    }

    // MARK: Text protocol

    /// Runs SQL through the text protocol, discarding any result sets. With
    /// `multipleStatements` the text may hold several `;`-separated statements (migration
    /// scripts); the option is switched off again afterwards so prepared statements and
    /// ordinary queries never accept stacked statements.
    func executeText(_ sql: String, multipleStatements: Bool = false) throws(MariaDBError) -> MariaDBExecuteResult {
        MariaDBLibrary.prepareCurrentThread()
        try ensureOpen(sql: sql)
        if multipleStatements {
            guard mysql_set_server_option(mysql, MYSQL_OPTION_MULTI_STATEMENTS_ON) == 0 else {
                throw recordError(sql: sql)
            }
        }
        defer {
            if multipleStatements && !isBroken {
                _ = mysql_set_server_option(mysql, MYSQL_OPTION_MULTI_STATEMENTS_OFF)
            }
        }
        var utf8 = Array(sql.utf8)
        let status = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                mysql_real_query(mysql, chars.baseAddress, UInt(chars.count))
            }
        }
        guard status == 0 else { throw recordError(sql: sql) }
        var result = MariaDBExecuteResult(affectedRows: 0, lastInsertID: 0, warningCount: 0)
        while true {
            if let set = mysql_store_result(mysql) {
                mysql_free_result(set)
            } else if mysql_field_count(mysql) != 0 {
                throw recordError(sql: sql)
            } else {
                result.affectedRows = UInt64(mysql_affected_rows(mysql))
                result.lastInsertID = UInt64(mysql_insert_id(mysql))
                result.warningCount = Int(mysql_warning_count(mysql))
            }
            let next = mysql_next_result(mysql)
            if next == -1 { break }
            if next > 0 { throw recordError(sql: sql) }
        }
        return result
    }

    // MARK: Prepared statements

    /// Prepares (or reuses) `sql`, binds `values` to its `?` placeholders, executes it and
    /// reads every row. Rows are nil for statements without a result set.
    func execute(_ sql: String, _ values: [MariaDBValue], isRetry: Bool = false) throws(MariaDBError) -> (rows: [MariaDBRow]?, result: MariaDBExecuteResult) {
        MariaDBLibrary.prepareCurrentThread()
        try ensureOpen(sql: sql)
        let statement: UnsafeMutablePointer<MYSQL_STMT>
        do {
            statement = try preparedStatement(for: sql)
        } catch where error.code == Self.unsupportedInPreparedProtocol && values.isEmpty {
            // A few statements cannot be prepared; without parameters the text protocol
            // runs them equally safely (their rows, if any, are discarded).
            return (nil, try executeText(sql))
        }
        do {
            return try PreparedStatement(statement: statement, mysql: mysql, sql: sql).run(values)
        } catch {
            // A failed execution may leave the statement mid-result; drop it from the cache.
            statements[sql] = nil
            mysql_stmt_close(statement)
            if error.kind == .connectionLost { broken = true }
            // The table changed shape since this statement was prepared (DDL): prepare it
            // afresh. Re-running is only safe for statements that merely read.
            if error.code == Self.newStatementMetadata, !isRetry, Self.isReadOnly(sql) {
                return try execute(sql, values, isRetry: true)
            }
            throw error
        }
    }

    /// CR_NEW_STMT_METADATA: the result's columns differ from those seen at prepare time.
    static let newStatementMetadata: UInt32 = 2057

    /// True for statements that only read (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, VALUES,
    /// TABLE), judged by the first keyword. `... RETURNING` writes start with INSERT,
    /// DELETE or REPLACE and are therefore never re-run.
    static func isReadOnly(_ sql: String) -> Bool {
        let keyword = sql.drop { $0.isWhitespace || $0 == "(" }.prefix { $0.isLetter }.uppercased()
        return ["SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "VALUES", "TABLE"].contains(keyword)
    }

    private func preparedStatement(for sql: String) throws(MariaDBError) -> UnsafeMutablePointer<MYSQL_STMT> {
        if let cached = statements[sql] { return cached }
        if statements.count >= Self.statementCacheLimit {
            for statement in statements.values { mysql_stmt_close(statement) }
            statements.removeAll()
        }
        guard let statement = mysql_stmt_init(mysql) else { throw recordError(sql: sql) }
        var utf8 = Array(sql.utf8)
        let status = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                mysql_stmt_prepare(statement, chars.baseAddress, UInt(chars.count))
            }
        }
        guard status == 0 else {
            let error = PreparedStatement.error(of: statement, mysql: mysql, sql: sql)
            mysql_stmt_close(statement)
            if error.kind == .connectionLost { broken = true }
            throw error
        }
        statements[sql] = statement
        return statement
    }

    // MARK: Errors

    private func ensureOpen(sql: String) throws(MariaDBError) {
        if isBroken {
            throw MariaDBError(
                code: MariaDBError.Code.serverGone, sqlState: "HY000",
                message: closed ? "connection is closed" : "connection was lost earlier and cannot be reused", sql: sql)
        }
    }

    /// Reads the connection's last error and marks the handle broken when it is fatal.
    private func recordError(sql: String?) -> MariaDBError {
        let error = Self.error(of: mysql, sql: sql)
        if error.kind == .connectionLost { broken = true }
        return error
    }

    static func error(of mysql: UnsafeMutablePointer<MYSQL>, sql: String?) -> MariaDBError {
        MariaDBError(
            code: mysql_errno(mysql),
            sqlState: String(cString: mysql_sqlstate(mysql)),
            message: String(cString: mysql_error(mysql)),
            sql: sql)
    }
}
