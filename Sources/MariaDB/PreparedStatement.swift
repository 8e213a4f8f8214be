import CMariaDB

/// One execution of a prepared `MYSQL_STMT`: binds parameters, executes, and reads the
/// rows with the binary protocol into typed `MariaDBValue`s. Blocking; client threads only.
struct PreparedStatement {
    let statement: UnsafeMutablePointer<MYSQL_STMT>
    let mysql: UnsafeMutablePointer<MYSQL>
    let sql: String

    /// Initial buffer size for text/binary cells; longer cells are re-fetched at full size.
    static let initialCellCapacity = 256

    func run(_ values: [MariaDBValue]) throws(MariaDBError) -> (rows: [MariaDBRow]?, result: MariaDBExecuteResult) {
        let parameterCount = Int(mysql_stmt_param_count(statement))
        guard parameterCount == values.count else {
            throw MariaDBError(
                code: 2034, sqlState: "HY000",
                message: "statement has \(parameterCount) placeholder(s) but \(values.count) value(s) were bound", sql: sql)
        }
        let parameters = BindBuffers(count: values.count)
        for (index, value) in values.enumerated() {
            Self.bindParameter(value, into: &parameters.binds[index], buffers: parameters, index: index)
        }
        if parameterCount > 0, mysql_stmt_bind_param(statement, parameters.binds) != 0 {
            throw Self.error(of: statement, mysql: mysql, sql: sql)
        }
        guard mysql_stmt_execute(statement) == 0 else {
            throw Self.error(of: statement, mysql: mysql, sql: sql)
        }
        defer { mysql_stmt_free_result(statement) }

        guard let metadata = mysql_stmt_result_metadata(statement) else {
            if mysql_stmt_errno(statement) != 0 { throw Self.error(of: statement, mysql: mysql, sql: sql) }
            return (nil, MariaDBExecuteResult(
                affectedRows: UInt64(mysql_stmt_affected_rows(statement)),
                lastInsertID: UInt64(mysql_stmt_insert_id(statement)),
                warningCount: Int(mysql_warning_count(mysql))))
        }
        defer { mysql_free_result(metadata) }
        let rows = try readRows(metadata: metadata)
        return (rows, MariaDBExecuteResult(
            affectedRows: UInt64(rows.count), lastInsertID: 0, warningCount: Int(mysql_warning_count(mysql))))
    }

    // MARK: Parameters

    private static func bindParameter(_ value: MariaDBValue, into bind: inout MYSQL_BIND, buffers: BindBuffers, index: Int) {
        bind.length = buffers.lengths + index
        switch value {
        case .null:
            bind.buffer_type = MYSQL_TYPE_NULL
        case .int(let number):
            bind.buffer_type = MYSQL_TYPE_LONGLONG
            bind.buffer = buffers.allocate(8)
            bind.buffer.storeBytes(of: number, as: Int64.self)
        case .uint(let number):
            bind.buffer_type = MYSQL_TYPE_LONGLONG
            bind.is_unsigned = 1
            bind.buffer = buffers.allocate(8)
            bind.buffer.storeBytes(of: number, as: UInt64.self)
        case .double(let number):
            bind.buffer_type = MYSQL_TYPE_DOUBLE
            bind.buffer = buffers.allocate(8)
            bind.buffer.storeBytes(of: number, as: Double.self)
        case .decimal(let decimal):
            bindBytes(Array(decimal.description.utf8), type: MYSQL_TYPE_NEWDECIMAL, into: &bind, buffers: buffers, index: index)
        case .string(let text):
            bindBytes(Array(text.utf8), type: MYSQL_TYPE_STRING, into: &bind, buffers: buffers, index: index)
        case .bytes(let bytes):
            bindBytes(bytes, type: MYSQL_TYPE_BLOB, into: &bind, buffers: buffers, index: index)
        case .date(let date):
            bind.buffer_type = MYSQL_TYPE_DATE
            bind.buffer = buffers.allocate(MemoryLayout<MYSQL_TIME>.stride)
            var time = MYSQL_TIME()
            time.year = UInt32(clamping: date.year)
            time.month = UInt32(clamping: date.month)
            time.day = UInt32(clamping: date.day)
            time.time_type = MYSQL_TIMESTAMP_DATE
            bind.buffer.storeBytes(of: time, as: MYSQL_TIME.self)
        case .dateTime(let instant):
            bind.buffer_type = MYSQL_TYPE_DATETIME
            bind.buffer = buffers.allocate(MemoryLayout<MYSQL_TIME>.stride)
            var time = MYSQL_TIME()
            time.year = UInt32(clamping: instant.date.year)
            time.month = UInt32(clamping: instant.date.month)
            time.day = UInt32(clamping: instant.date.day)
            time.hour = UInt32(clamping: instant.hour)
            time.minute = UInt32(clamping: instant.minute)
            time.second = UInt32(clamping: instant.second)
            time.second_part = UInt(clamping: instant.microsecond)
            time.time_type = MYSQL_TIMESTAMP_DATETIME
            bind.buffer.storeBytes(of: time, as: MYSQL_TIME.self)
        case .time(let microseconds):
            bind.buffer_type = MYSQL_TYPE_TIME
            bind.buffer = buffers.allocate(MemoryLayout<MYSQL_TIME>.stride)
            let magnitude = microseconds.magnitude
            var time = MYSQL_TIME()
            time.neg = microseconds < 0 ? 1 : 0
            // The binary protocol carries TIME's hours as days + a one-byte hour.
            let hours = magnitude / 3_600_000_000
            time.day = UInt32(clamping: hours / 24)
            time.hour = UInt32(hours % 24)
            time.minute = UInt32(magnitude / 60_000_000 % 60)
            time.second = UInt32(magnitude / 1_000_000 % 60)
            time.second_part = UInt(magnitude % 1_000_000)
            time.time_type = MYSQL_TIMESTAMP_TIME
            bind.buffer.storeBytes(of: time, as: MYSQL_TIME.self)
        }
    }

    private static func bindBytes(_ bytes: [UInt8], type: enum_field_types, into bind: inout MYSQL_BIND, buffers: BindBuffers, index: Int) {
        bind.buffer_type = type
        bind.buffer = buffers.copy(bytes)
        bind.buffer_length = UInt(bytes.count)
        buffers.lengths[index] = UInt(bytes.count)
    }

    // MARK: Results

    private func readRows(metadata: UnsafeMutablePointer<MYSQL_RES>) throws(MariaDBError) -> [MariaDBRow] {
        let count = Int(mysql_num_fields(metadata))
        guard let fields = mysql_fetch_fields(metadata) else { throw Self.error(of: statement, mysql: mysql, sql: sql) }
        var columns: [MariaDBColumn] = []
        columns.reserveCapacity(count)
        for index in 0..<count {
            columns.append(Self.column(from: fields + index))
        }
        let columnSet = MariaDBColumnSet(columns)

        let results = BindBuffers(count: count)
        for index in 0..<count {
            Self.prepareResultBind(&results.binds[index], column: columns[index], buffers: results, index: index)
        }
        guard mysql_stmt_bind_result(statement, results.binds) == 0 else {
            throw Self.error(of: statement, mysql: mysql, sql: sql)
        }

        var rows: [MariaDBRow] = []
        while true {
            let status = mysql_stmt_fetch(statement)
            if status == MYSQL_NO_DATA { break }
            if status == 1 { throw Self.error(of: statement, mysql: mysql, sql: sql) }
            var values: [MariaDBValue] = []
            values.reserveCapacity(count)
            for index in 0..<count {
                values.append(try readCell(index, column: columns[index], buffers: results))
            }
            rows.append(MariaDBRow(columnSet: columnSet, values: values))
        }
        return rows
    }

    private static func column(from field: UnsafeMutablePointer<MYSQL_FIELD>) -> MariaDBColumn {
        let flags = field.pointee.flags
        var extended = MARIADB_CONST_STRING()
        var extendedName: String?
        if mariadb_field_attr(&extended, field, MARIADB_FIELD_ATTR_DATA_TYPE_NAME) == 0, extended.length > 0, let text = extended.str {
            extendedName = String(decoding: UnsafeRawBufferPointer(start: text, count: Int(extended.length)), as: UTF8.self)
        }
        return MariaDBColumn(
            name: field.pointee.name.map { String(cString: $0) } ?? "",
            table: field.pointee.table.map { String(cString: $0) } ?? "",
            type: MariaDBColumnType(rawValue: field.pointee.type.rawValue),
            isUnsigned: flags & UInt32(UNSIGNED_FLAG) != 0,
            // charsetnr 63 is `binary`: bytes, not text.
            isBinary: field.pointee.charsetnr == 63,
            decimals: Int(field.pointee.decimals),
            extendedTypeName: extendedName)
    }

    private static func prepareResultBind(_ bind: inout MYSQL_BIND, column: MariaDBColumn, buffers: BindBuffers, index: Int) {
        bind.length = buffers.lengths + index
        bind.is_null = buffers.nullFlags + index
        bind.error = buffers.errorFlags + index
        let type = column.type
        if type.isInteger {
            bind.buffer_type = MYSQL_TYPE_LONGLONG
            bind.is_unsigned = column.isUnsigned ? 1 : 0
            bind.buffer = buffers.allocate(8)
            bind.buffer_length = 8
        } else if type == .float || type == .double {
            bind.buffer_type = MYSQL_TYPE_DOUBLE
            bind.buffer = buffers.allocate(8)
            bind.buffer_length = 8
        } else if type.isTemporal || type == .time {
            bind.buffer_type = type == .date || type == .newDate ? MYSQL_TYPE_DATE : (type == .time ? MYSQL_TYPE_TIME : MYSQL_TYPE_DATETIME)
            bind.buffer = buffers.allocate(MemoryLayout<MYSQL_TIME>.stride)
            bind.buffer_length = UInt(MemoryLayout<MYSQL_TIME>.stride)
        } else {
            bind.buffer_type = column.isBinary ? MYSQL_TYPE_BLOB : MYSQL_TYPE_STRING
            bind.buffer = buffers.allocate(initialCellCapacity)
            bind.buffer_length = UInt(initialCellCapacity)
        }
    }

    private func readCell(_ index: Int, column: MariaDBColumn, buffers: BindBuffers) throws(MariaDBError) -> MariaDBValue {
        if buffers.nullFlags[index] != 0 { return .null }
        let bind = buffers.binds[index]
        let type = column.type
        if type.isInteger {
            if column.isUnsigned {
                let value = bind.buffer.load(as: UInt64.self)
                return Int64(exactly: value).map(MariaDBValue.int) ?? .uint(value)
            }
            return .int(bind.buffer.load(as: Int64.self))
        }
        if type == .float || type == .double {
            return .double(bind.buffer.load(as: Double.self))
        }
        if type.isTemporal || type == .time {
            let time = bind.buffer.load(as: MYSQL_TIME.self)
            if type == .time {
                let micros = Int64(time.day) * 86_400_000_000 + Int64(time.hour) * 3_600_000_000
                    + Int64(time.minute) * 60_000_000 + Int64(time.second) * 1_000_000 + Int64(time.second_part)
                return .time(microseconds: time.neg != 0 ? -micros : micros)
            }
            let date = SQLDate(year: Int(time.year), month: Int(time.month), day: Int(time.day))
            if type == .date || type == .newDate { return .date(date) }
            return .dateTime(SQLDateTime(
                date: date, hour: Int(time.hour), minute: Int(time.minute), second: Int(time.second),
                microsecond: Int(time.second_part)))
        }

        // Byte strings: a cell longer than the bound buffer is fetched again, whole, into a
        // buffer of its own (the bound buffer stays as it is for the next row).
        let length = Int(buffers.lengths[index])
        let bytes: [UInt8]
        if length > Int(bind.buffer_length) {
            let whole = UnsafeMutableRawPointer.allocate(byteCount: length, alignment: 16)
            defer { whole.deallocate() }
            var wholeLength: UInt = 0
            var full = MYSQL_BIND()
            full.buffer_type = bind.buffer_type
            full.buffer = whole
            full.buffer_length = UInt(length)
            let status = withUnsafeMutablePointer(to: &wholeLength) { lengthPointer in
                full.length = lengthPointer
                return mysql_stmt_fetch_column(statement, &full, UInt32(index), 0)
            }
            guard status == 0 else { throw Self.error(of: statement, mysql: mysql, sql: sql) }
            bytes = Array(UnsafeRawBufferPointer(start: whole, count: length))
        } else {
            bytes = Array(UnsafeRawBufferPointer(start: bind.buffer, count: length))
        }
        if type.isDecimal {
            guard let text = String(validating: bytes, as: UTF8.self), let decimal = ExactDecimal(text) else {
                throw MariaDBError(code: 2036, sqlState: "HY000", message: "server sent a malformed DECIMAL for column '\(column.name)'", sql: sql)
            }
            return .decimal(decimal)
        }
        if column.isBinary || type == .bit || type == .geometry {
            return .bytes(bytes)
        }
        return .string(String(decoding: bytes, as: UTF8.self))
    }

    /// The statement's error. When the statement reports none, the connection's: an error
    /// that arrives while rows are streamed (a deadlock or lock wait timeout in a locking
    /// read) can be recorded on the connection only, and reporting it as "error 0" would hide
    /// its kind from `retryingDeadlocks`.
    static func error(of statement: UnsafeMutablePointer<MYSQL_STMT>, mysql: UnsafeMutablePointer<MYSQL>, sql: String?) -> MariaDBError {
        if mysql_stmt_errno(statement) == 0, mysql_errno(mysql) != 0 {
            return ConnectionHandle.error(of: mysql, sql: sql)
        }
        return MariaDBError(
            code: mysql_stmt_errno(statement),
            sqlState: String(cString: mysql_stmt_sqlstate(statement)),
            message: String(cString: mysql_stmt_error(statement)),
            sql: sql)
    }
}
