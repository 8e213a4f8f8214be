/// The shape of the demo portfolio: who and what each demo organization has.
struct DemoPlan: Sendable {
    struct BuildingPlan: Sendable {
        let code: String
        let name: String
        let address: String
        let city: String
        let floors: Int
        let unitsPerFloor: Int
        /// Monthly base rent of a unit on the ground floor, in minor units.
        let baseRentMinor: Int64
    }

    let name: String
    let slug: String
    let currency: String
    /// Mail domain of the demo users (`owner@<domain>`, `manager@<domain>` …).
    let mailDomain: String
    let buildings: [BuildingPlan]
    /// Share of units with a current lease, in percent.
    let occupancyPercent: Int
    let seed: UInt64

    static let organizations: [DemoPlan] = [
        DemoPlan(
            name: "Harbor Property Management", slug: "harbor-pm", currency: "USD", mailDomain: "harbor.example",
            buildings: [
                BuildingPlan(code: "HBR-01", name: "Harbor Lofts", address: "12 Wharf Street", city: "Portland",
                    floors: 4, unitsPerFloor: 4, baseRentMinor: 145_000),
                BuildingPlan(code: "HBR-02", name: "Lighthouse Court", address: "88 Beacon Avenue", city: "Portland",
                    floors: 3, unitsPerFloor: 5, baseRentMinor: 128_000),
                BuildingPlan(code: "HBR-03", name: "Dockside Flats", address: "3 Pier Road", city: "Astoria",
                    floors: 2, unitsPerFloor: 6, baseRentMinor: 99_500),
            ],
            occupancyPercent: 85, seed: 0x5EED_0001),
        DemoPlan(
            name: "Maple Grove Homeowners Association", slug: "maple-grove-hoa", currency: "EUR",
            mailDomain: "maplegrove.example",
            buildings: [
                BuildingPlan(code: "MG-A", name: "Maple Grove A", address: "1 Ahornweg", city: "Utrecht",
                    floors: 3, unitsPerFloor: 3, baseRentMinor: 112_500)
            ],
            occupancyPercent: 78, seed: 0x5EED_0002),
    ]

    static let roles = ["OWNER", "ADMIN", "MANAGER", "STAFF", "TENANT"]
    static let firstNames = [
        "Ada", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Idris", "Julia", "Kofi", "Lena", "Mateo",
        "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf",
        "Zoë",
    ]
    static let lastNames = [
        "Okafor", "Lindqvist", "García", "Nakamura", "Kowalski", "Haddad", "O'Brien", "Rossi", "Mensah", "Dubois",
        "Schmidt", "Novak", "Iyer", "Moreau", "Costa", "Jensen",
    ]
    static let expenseCategories: [(category: String, vendor: String, minMinor: Int64, maxMinor: Int64)] = [
        ("MAINTENANCE", "FixIt Plumbing", 8_000, 65_000),
        ("UTILITIES", "City Water & Power", 40_000, 120_000),
        ("CLEANING", "Sparkle Cleaning Co.", 15_000, 30_000),
        ("INSURANCE", "Harborline Mutual", 90_000, 90_000),
        ("LANDSCAPING", "Green Thumb Gardens", 6_000, 20_000),
    ]
}

/// A small deterministic generator (SplitMix64) so the demo is the same on every machine.
struct DemoRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
