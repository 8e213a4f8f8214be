// report-bench: loads a large portfolio into MariaDB and times the reports and the year-end
// CSV export (time, statements and memory). Not a test; run it in release:
//   cd Benchmarks && swift run -c release report-bench [--units 10000] [--months 100]
// Uses DATABASE_URL when set (an empty database, or one this program loaded before with the
// same options: the load is then skipped), else starts a private embedded MariaDB in a
// temporary folder that is removed on exit. Prints a table, then the JSON figures.
import Foundation
import Logging
import MariaDB
import PortfolioDomain
import PortfolioRepositories

/// The whole run in a nonisolated function, so connections are never sent across actors.
enum ReportBench {
    static func run() async throws {
        // MARK: - Options

        var unitCount = 10_000
        var months = 100
        var runs = 3
        var arguments = CommandLine.arguments.dropFirst()
        while let flag = arguments.popFirst() {
            switch flag {
            case "--units": unitCount = Int(arguments.popFirst() ?? "") ?? unitCount
            case "--months": months = Int(arguments.popFirst() ?? "") ?? months
            case "--runs": runs = Int(arguments.popFirst() ?? "") ?? runs
            default: print("unknown option \(flag)"); exit(2)
            }
        }
        let unitsPerBuilding = 100
        let buildingCount = max(1, (unitCount + unitsPerBuilding - 1) / unitsPerBuilding)
        let expensesPerBuildingMonth = 5
        // .../Benchmarks/Sources/report-bench/main.swift -> the project folder.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path

        var logger = Logger(label: "report-bench")
        logger.logLevel = .warning

        // MARK: - Helpers

        /// A `/proc/self/status` figure in KiB (`VmRSS`, `VmHWM`); 0 where unavailable.
        func memoryKiB(_ key: String) -> Int {
            guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
            for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
                return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
            }
            return 0
        }

        /// Resets the peak RSS (`VmHWM`) to the current RSS (Linux `clear_refs`).
        func resetPeakRSS() {
            if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
                handle.write(Data("5".utf8))
                try? handle.close()
            }
        }

        /// Sequential UUIDs (a kind byte and a counter) so bulk inserts append to the B-trees.
        func id(_ kind: Int, _ n: Int) -> UUID {
            UUID(uuidString: String(format: "%02lx000000-0000-4000-8000-%012llx", kind, UInt64(n)))!
        }

        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }

        /// Month `index` counted from the first loaded month (the last one is 2026-12).
        func month(_ index: Int) -> BillingMonth {
            let absolute = 2026 * 12 + 11 - (months - 1) + index
            return try! BillingMonth(year: absolute / 12, month: absolute % 12 + 1)
        }

        let stamp = "2026-01-01 00:00:00"

        // MARK: - Database

        let server: MariaDBServer?
        let pool: MariaDBPool
        if let url = ProcessInfo.processInfo.environment["DATABASE_URL"] {
            server = nil
            pool = try MariaDBPool(url: url, options: .init(maxConnections: 4), logger: logger)
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-bench-\(getpid())").path
            let embedded = MariaDBServer(
                options: .init(directory: folder, bufferPoolSize: "2G", logFileSize: "512M", durable: false,
                               removeDirectoryWhenProcessExits: true),
                logger: logger)
            try await embedded.start(createDatabase: "bench")
            server = embedded
            pool = MariaDBPool(configuration: embedded.configuration(database: "bench"), options: .init(maxConnections: 4), logger: logger)
        }
        _ = try await MigrationRunner(pool: pool, migrations: try MigrationSource.load(from: root + "/migrations"), logger: logger).up()

        // MARK: - Load

        let orgID = id(1, 1)
        func rent(_ unit: Int) -> Int64 { 100_000 + Int64(unit % 50) * 1_000 }
        /// Which charges stay unpaid: the last three months of every 10th lease, and every 7th
        /// month of every 37th lease (old debt for the 90+ bucket).
        func isUnpaid(_ unit: Int, _ m: Int) -> Bool {
            (unit % 10 == 0 && m >= months - 3) || (unit % 37 == 0 && m % 7 == 0)
        }

        let loadStart = ContinuousClock.now
        var counts: [String: Int] = [:]
        let loaded = try await pool.withConnection { c in
            try await c.query("SELECT COUNT(*) AS n FROM charges WHERE org_id = ?", [orgID]).first?.decode("n", as: Int.self) ?? 0
        }
        if loaded == unitCount * months {
            print("reusing the \(loaded) charges already loaded")
            counts["charges"] = loaded
        } else {
            print("loading \(unitCount) units in \(buildingCount) buildings, \(unitCount * months) charges over \(months) months (\(month(0)) … \(month(months - 1)))")
            try await pool.withConnection { c in
                try await c.execute("SET SESSION unique_checks = 0, SESSION foreign_key_checks = 0")
                try await c.execute(
                    "INSERT INTO organizations (id, name, slug, currency, created_at, updated_at) VALUES (?, 'Bench', 'bench', 'USD', ?, ?)",
                    [orgID, stamp, stamp])
                let buildings = (0..<buildingCount).map { b -> [any MariaDBBindable] in [id(2, b), orgID, "B\(b)", "Building \(b)", stamp, stamp] }
                counts["buildings"] = try await BatchInsert(table: "buildings", columns: ["id", "org_id", "code", "name", "created_at", "updated_at"]).run(buildings, on: c)

                let unitInsert = BatchInsert(table: "units", columns: ["id", "org_id", "building_id", "label", "base_rent_minor", "created_at", "updated_at"])
                let tenantInsert = BatchInsert(table: "tenants", columns: ["id", "org_id", "full_name", "created_at", "updated_at"])
                let leaseInsert = BatchInsert(table: "leases", columns: ["id", "org_id", "unit_id", "start_date", "rent_minor", "due_day", "created_at", "updated_at"])
                let partyInsert = BatchInsert(table: "lease_parties", columns: ["lease_id", "tenant_id", "role", "org_id"])
                let chargeInsert = BatchInsert(table: "charges", columns: ["id", "org_id", "lease_id", "kind", "rent_month", "description", "amount_minor", "due_date", "settled_on", "created_at"], rowsPerStatement: 1_000)
                let paymentInsert = BatchInsert(table: "payments", columns: ["id", "org_id", "lease_id", "kind", "amount_minor", "paid_on", "method", "created_at"], rowsPerStatement: 1_000)
                let allocationInsert = BatchInsert(table: "allocations", columns: ["id", "org_id", "payment_id", "charge_id", "amount_minor", "created_at"], rowsPerStatement: 1_000)
                let expenseInsert = BatchInsert(table: "expenses", columns: ["id", "org_id", "building_id", "category", "vendor", "amount_minor", "spent_on", "created_at", "updated_at"], rowsPerStatement: 1_000)

                let leasesPerBatch = 100
                var unitStart = 0
                while unitStart < unitCount {
                    let range = unitStart..<min(unitStart + leasesPerBatch, unitCount)
                    var units: [[any MariaDBBindable]] = [], tenants: [[any MariaDBBindable]] = []
                    var leases: [[any MariaDBBindable]] = [], parties: [[any MariaDBBindable]] = []
                    var charges: [[any MariaDBBindable]] = [], payments: [[any MariaDBBindable]] = [], allocations: [[any MariaDBBindable]] = []
                    for u in range {
                        let lease = id(5, u)
                        units.append([id(3, u), orgID, id(2, u / unitsPerBuilding), "\(u % unitsPerBuilding + 1)", rent(u), stamp, stamp])
                        tenants.append([id(4, u), orgID, "Tenant \(u)", stamp, stamp])
                        leases.append([lease, orgID, id(3, u), month(0).firstDay, rent(u), 1, stamp, stamp])
                        parties.append([lease, id(4, u), "PRIMARY", orgID])
                        for m in 0..<months {
                            let n = u * months + m
                            let billing = month(m)
                            // `settled_on` as `ChargeSettlement` keeps it: the day of the payment covering it.
                            let paidOn = isUnpaid(u, m) ? nil : try LocalDate(year: billing.year, month: billing.month, day: 1 + u % 20)
                            charges.append([id(6, n), orgID, lease, "RENT", billing, "Rent \(billing)", rent(u), billing.firstDay, paidOn, stamp])
                            if let paidOn {
                                payments.append([id(7, n), orgID, lease, "RENT", rent(u), paidOn, "BANK", stamp])
                                allocations.append([id(8, n), orgID, id(7, n), id(6, n), rent(u), stamp])
                            }
                        }
                    }
                    counts["units", default: 0] += try await unitInsert.run(units, on: c)
                    counts["tenants", default: 0] += try await tenantInsert.run(tenants, on: c)
                    counts["leases", default: 0] += try await leaseInsert.run(leases, on: c)
                    _ = try await partyInsert.run(parties, on: c)
                    counts["charges", default: 0] += try await chargeInsert.run(charges, on: c)
                    counts["payments", default: 0] += try await paymentInsert.run(payments, on: c)
                    counts["allocations", default: 0] += try await allocationInsert.run(allocations, on: c)
                    unitStart = range.upperBound
                }
                var expenses: [[any MariaDBBindable]] = []
                var n = 0
                for b in 0..<buildingCount {
                    for m in 0..<months {
                        let billing = month(m)
                        for k in 0..<expensesPerBuildingMonth {
                            expenses.append([id(9, n), orgID, id(2, b), ["repairs", "cleaning", "utilities", "insurance", "other"][k],
                                             "Vendor \(k)", Int64(5_000 + k * 1_000), try LocalDate(year: billing.year, month: billing.month, day: 3 + k), stamp, stamp])
                            n += 1
                        }
                    }
                    if expenses.count >= 10_000 {
                        counts["expenses", default: 0] += try await expenseInsert.run(expenses, on: c)
                        expenses.removeAll(keepingCapacity: true)
                    }
                }
                counts["expenses", default: 0] += try await expenseInsert.run(expenses, on: c)
                try await c.execute("ANALYZE TABLE charges, payments, allocations, expenses, leases, units")
            }
        }
        let loadSeconds = seconds(ContinuousClock.now - loadStart)
        print("loaded in \(String(format: "%.1f", loadSeconds)) s: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))

        // MARK: - Timings

        struct Measurement: Codable {
            let name: String
            /// Median wall time of the runs, seconds.
            let medianSeconds: Double
            let bestSeconds: Double
            let rows: Int
            let statements: Int
            var peakRSSGrowthKiB: Int?
            var rssSamplesKiB: [Int]?
        }

        var results: [Measurement] = []
        func measure(_ name: String, _ body: () async throws -> Int) async throws {
            var times: [Double] = []
            var rows = 0
            var statements = 0
            for _ in 0..<runs {
                let before = pool.statementCounter.count
                let start = ContinuousClock.now
                rows = try await body()
                times.append(seconds(ContinuousClock.now - start))
                statements = pool.statementCounter.count - before
            }
            times.sort()
            results.append(Measurement(name: name, medianSeconds: times[times.count / 2], bestSeconds: times[0], rows: rows, statements: statements))
        }

        let asOf = try LocalDate(year: 2026, month: 12, day: 31)
        let currency = try CurrencyCode("USD")
        try await measure("delinquency (as of 2026-12-31)") {
            try await pool.withConnection { try await DelinquencyRepository.rows(orgID: orgID, asOf: asOf, on: $0) }.count
        }
        // A date in the past: the charges settled after it are candidates too.
        let pastAsOf = try LocalDate(year: 2025, month: 6, day: 30)
        try await measure("delinquency (as of 2025-06-30)") {
            try await pool.withConnection { try await DelinquencyRepository.rows(orgID: orgID, asOf: pastAsOf, on: $0) }.count
        }
        try await measure("cashflow (2026-06)") {
            let june = try BillingMonth(year: 2026, month: 6)
            let groups = try await pool.withConnection { try await CashflowRepository.groups(orgID: orgID, month: june, on: $0) }
            let entries = groups.map {
                CashflowEntry(buildingId: EntityID($0.buildingID.uuidString), direction: $0.direction, category: $0.category,
                              date: june.firstDay, amount: Money(minorUnits: $0.amountMinor, currency: currency))
            }
            return try CashflowReport(month: june, currency: currency, entries: entries).buildings.count
        }
        try await measure("rent roll (as of 2026-12-31)") {
            try await pool.withConnection { try await RentRollRepository.rows(orgID: orgID, asOf: asOf, on: $0) }.count
        }
        // The ledger of one lease: its charges with remaining balances and its payments (two
        // indexed statements, as the billing area reads them).
        let ledgerLease = id(5, unitCount / 2 / 10 * 10)
        try await measure("ledger of one lease (\(months) charges)") {
            try await pool.withConnection { c in
                let charges = try await c.query("""
                    SELECT c.id, c.due_date, c.amount_minor, c.voided_at,
                           c.amount_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a JOIN payments p ON p.id = a.payment_id
                                                      WHERE a.charge_id = c.id AND p.reversed_at IS NULL), 0) AS remaining
                    FROM charges c WHERE c.lease_id = ? AND c.org_id = ? ORDER BY c.due_date, c.id
                    """, [ledgerLease, orgID])
                let payments = try await c.query("""
                    SELECT p.id, p.paid_on, p.amount_minor, p.reversed_at,
                           (SELECT COALESCE(SUM(a.amount_minor), 0) FROM allocations a WHERE a.payment_id = p.id) AS allocated
                    FROM payments p WHERE p.lease_id = ? AND p.org_id = ? ORDER BY p.paid_on, p.id
                    """, [ledgerLease, orgID])
                return charges.count + payments.count
            }
        }
        try await measure("payments feed (first 50 + totalCount)") {
            let list = PaymentsFeedRepository.list(orgID: orgID, filter: .init())
            let page = try await pool.withConnection { try await list.page(PageRequest(limit: 50), on: $0) }
            _ = try await pool.withConnection { try await list.count(on: $0) }
            return page.rows.count
        }

        // The export: bytes are discarded (as a fast client would take them); RSS is sampled after
        // every chunk and the peak growth over the run is reported.
        var exportRuns = 0
        var samples: [Int] = []
        var peakGrowth = 0
        try await measure("year-end CSV export (2026)") {
            let export = YearEndExport(orgID: orgID, year: 2026, currency: currency)
            resetPeakRSS()
            let baseline = memoryKiB("VmRSS")
            var bytes = 0
            var chunk = 0
            var runSamples: [Int] = []
            let rows = try await export.write(pool: pool) { text in
                bytes += text.utf8.count
                chunk += 1
                if chunk % 25 == 0 { runSamples.append(memoryKiB("VmRSS")) }
            }
            peakGrowth = max(peakGrowth, memoryKiB("VmHWM") - baseline)
            samples = runSamples
            exportRuns += 1
            print("  export run \(exportRuns): \(rows) rows, \(bytes / 1_048_576) MiB of CSV, RSS \(baseline) KiB before, peak \(memoryKiB("VmHWM")) KiB")
            return rows
        }
        results[results.count - 1].peakRSSGrowthKiB = peakGrowth
        results[results.count - 1].rssSamplesKiB = samples

        // MARK: - Report

        print("")
        print("| measurement | median s | best s | rows | statements |")
        print("|---|---:|---:|---:|---:|")
        for r in results {
            print("| \(r.name) | \(String(format: "%.3f", r.medianSeconds)) | \(String(format: "%.3f", r.bestSeconds)) | \(r.rows) | \(r.statements) |")
        }
        print("")
        print("export: peak RSS growth \(peakGrowth) KiB; RSS samples every 25 chunks (KiB): \(samples.map(String.init).joined(separator: " "))")
        print("")
        struct Report: Codable {
            let units: Int
            let months: Int
            let rows: [String: Int]
            let loadSeconds: Double
            let runs: Int
            let measurements: [Measurement]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(Report(units: unitCount, months: months, rows: counts, loadSeconds: loadSeconds, runs: runs, measurements: results)), as: UTF8.self))

        await pool.close()
        if let server { await server.stop() }

    }
}

try await ReportBench.run()
