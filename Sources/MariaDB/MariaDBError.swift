import Foundation

/// An error reported by the server or by Connector/C, with its meaning classified.
///
/// Callers branch on `kind` (a duplicate key becomes a GraphQL CONFLICT, a deadlock is
/// retried, a lost connection is discarded by the pool); `code`, `sqlState` and `message`
/// keep the exact server report for logs.
public struct MariaDBError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the error means for the caller.
    public enum Kind: Sendable, Hashable {
        /// ER_DUP_ENTRY (1062) / ER_DUP_ENTRY_WITH_KEY_NAME (1586): a unique key already
        /// holds the value. `keyName` is the index name from the message (`for key 'uk_x'`,
        /// with any `table.` prefix removed); nil if the message did not contain it.
        case duplicateKey(keyName: String?)
        /// ER_ROW_IS_REFERENCED_2 (1451) / ER_NO_REFERENCED_ROW_2 (1452) and their older
        /// forms 1216/1217: a foreign key forbids the change.
        case foreignKey
        /// The connection is unusable (2002, 2003, 2006, 2013, 2055, 1927 ...): the pool
        /// discards it and the next checkout reconnects.
        case connectionLost
        /// ER_LOCK_WAIT_TIMEOUT (1205): retrying the transaction may succeed.
        case lockTimeout
        /// ER_LOCK_DEADLOCK (1213): the server rolled the transaction back; retry it.
        case deadlock
        /// Anything else.
        case other
    }

    /// The MariaDB error number (errno), e.g. 1062; 2000-2999 are client-side errors.
    public let code: UInt32
    /// The five-character SQLSTATE, e.g. `23000`; `HY000` when unspecified.
    public let sqlState: String
    /// The server's or client library's message.
    public let message: String
    /// The classified meaning.
    public let kind: Kind
    /// The SQL text that failed, when the error came from a statement (for logs; it
    /// contains placeholders, never bound values).
    public let sql: String?

    /// Creates an error, classifying `kind` from `code` and `message`.
    public init(code: UInt32, sqlState: String, message: String, sql: String? = nil) {
        self.code = code
        self.sqlState = sqlState.isEmpty ? "HY000" : sqlState
        self.message = message
        self.sql = sql
        self.kind = Self.classify(code: code, message: message)
    }

    /// The MariaDB error number under its C name.
    public var errno: UInt32 { code }

    /// True when retrying the whole transaction may succeed (deadlock or lock wait timeout).
    public var isTransient: Bool {
        kind == .deadlock || kind == .lockTimeout
    }

    public var description: String {
        var text = "MariaDB error \(code) (\(sqlState)): \(message)"
        if let sql { text += " — in: \(sql.count > 200 ? String(sql.prefix(200)) + "…" : sql)" }
        return text
    }

    /// Well-known error numbers.
    public enum Code {
        /// ER_DUP_ENTRY.
        public static let duplicateEntry: UInt32 = 1062
        /// ER_DUP_ENTRY_WITH_KEY_NAME.
        public static let duplicateEntryWithKeyName: UInt32 = 1586
        /// ER_ROW_IS_REFERENCED_2: a child row references the row being deleted/updated.
        public static let rowIsReferenced: UInt32 = 1451
        /// ER_NO_REFERENCED_ROW_2: the referenced parent row does not exist.
        public static let noReferencedRow: UInt32 = 1452
        /// ER_ROW_IS_REFERENCED (older form).
        public static let rowIsReferencedOld: UInt32 = 1217
        /// ER_NO_REFERENCED_ROW (older form).
        public static let noReferencedRowOld: UInt32 = 1216
        /// ER_LOCK_WAIT_TIMEOUT.
        public static let lockWaitTimeout: UInt32 = 1205
        /// ER_LOCK_DEADLOCK.
        public static let lockDeadlock: UInt32 = 1213
        /// ER_QUERY_INTERRUPTED: the statement was aborted by KILL QUERY (task cancellation).
        public static let queryInterrupted: UInt32 = 1317
        /// ER_CONNECTION_KILLED.
        public static let connectionKilled: UInt32 = 1927
        /// ER_SERVER_SHUTDOWN.
        public static let serverShutdown: UInt32 = 1053
        /// CR_CONNECTION_ERROR: cannot connect through the socket.
        public static let connectionError: UInt32 = 2002
        /// CR_CONN_HOST_ERROR: cannot connect over TCP.
        public static let connectionHostError: UInt32 = 2003
        /// CR_SERVER_GONE_ERROR: the server went away between statements.
        public static let serverGone: UInt32 = 2006
        /// CR_SERVER_LOST: the connection dropped during a statement.
        public static let serverLost: UInt32 = 2013
        /// CR_SERVER_LOST_EXTENDED.
        public static let serverLostExtended: UInt32 = 2055
        /// CR_COMMANDS_OUT_OF_SYNC: the protocol state is unknown.
        public static let commandsOutOfSync: UInt32 = 2014
    }

    static func classify(code: UInt32, message: String) -> Kind {
        switch code {
        case Code.duplicateEntry, Code.duplicateEntryWithKeyName:
            return .duplicateKey(keyName: parseKeyName(message))
        case Code.rowIsReferenced, Code.noReferencedRow, Code.rowIsReferencedOld, Code.noReferencedRowOld:
            return .foreignKey
        case Code.lockWaitTimeout:
            return .lockTimeout
        case Code.lockDeadlock:
            return .deadlock
        case Code.connectionError, Code.connectionHostError, Code.serverGone, Code.serverLost,
            Code.serverLostExtended, Code.connectionKilled, Code.serverShutdown, Code.commandsOutOfSync:
            return .connectionLost
        default:
            return .other
        }
    }

    /// Extracts `name` from `... for key 'name'` (MariaDB 10.x prints `'table.name'` in
    /// some versions; the table prefix is dropped).
    static func parseKeyName(_ message: String) -> String? {
        guard let range = message.range(of: "for key '", options: .backwards) else { return nil }
        let rest = message[range.upperBound...]
        guard let end = rest.lastIndex(of: "'") else { return nil }
        var name = rest[..<end]
        if let dot = name.lastIndex(of: ".") {
            name = name[name.index(after: dot)...]
        }
        return name.isEmpty ? nil : String(name)
    }
}
