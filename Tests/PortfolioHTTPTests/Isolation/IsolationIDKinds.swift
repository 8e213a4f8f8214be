/// Which table an `ID` argument or input field points into, so the isolation test can pass
/// org B's id of the right kind: `buildingId` → `buildings`, `chargeIds` → `charges`; a bare
/// `id` takes the kind of the type the field returns (`building(id:)` → `Building`) or, for
/// mutations returning something else, of the noun in the field's name (`voidCharge` →
/// `charges`).
enum IsolationIDKinds {
    /// Names that do not pluralise to their table by adding `s`.
    static let aliases: [String: String] = [
        "user": "users", "member": "memberships", "membership": "memberships",
        "refund": "deposit_refunds", "plan": "installment_plans", "org": "organizations", "organization": "organizations",
    ]

    /// Explicit answers for `Type.field.argument` (or `Input.field`) the rules get wrong.
    static let overrides: [String: String] = [:]

    /// The table for an id named `name` (`id`, `buildingId`, `chargeIds`), or nil.
    static func table(
        for name: String, coordinate: String, field: String, returnType: String, tables: Set<String>
    ) -> String? {
        if let override = overrides[coordinate] { return override }
        var base = name
        if base.hasSuffix("Ids") { base.removeLast(3) } else if base.hasSuffix("Id") { base.removeLast(2) }
        if base != "id", base != "ids", !base.isEmpty, let table = lookup(words(base), tables) { return table }
        guard base == "id" || base == "ids" || base.isEmpty else { return nil }
        for suffix in ["Connection", "Payload", "Result", "Edge"] where returnType.hasSuffix(suffix) {
            if let table = lookup(words(String(returnType.dropLast(suffix.count))), tables) { return table }
        }
        if let table = lookup(words(returnType), tables) { return table }
        return lookup(words(field), tables)
    }

    /// Tries the longest trailing run of words first: `voidInstallmentPlan` → installment_plan,
    /// plan.
    private static func lookup(_ words: [String], _ tables: Set<String>) -> String? {
        for start in words.indices {
            let snake = words[start...].joined(separator: "_")
            if let alias = aliases[snake], tables.contains(alias) { return alias }
            for candidate in [snake + "s", snake + "es", snake] where tables.contains(candidate) { return candidate }
            if snake.hasSuffix("y"), tables.contains(snake.dropLast() + "ies") { return snake.dropLast() + "ies" }
        }
        return nil
    }

    /// `unitTypeId` → ["unit", "type", "id"] (lower case).
    static func words(_ name: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in name {
            if character.isUppercase, !current.isEmpty {
                result.append(current)
                current = ""
            }
            current.append(character.lowercased())
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
