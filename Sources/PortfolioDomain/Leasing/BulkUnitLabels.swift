/// Produces the labels of a bulk unit creation (seed 000's `units/bulk-create`) and finds every
/// reason it must fail, so creation is all-or-nothing and the conflicting labels are named.
///
/// Labels are trimmed and compared case-insensitively ("1a" clashes with "1A"), matching the
/// database's case-insensitive unique key on (building, label). Labels are 1–32 characters.
public enum BulkUnitLabels {
    public static let maximumCount = 500
    public static let maximumLabelLength = 32

    /// How labels are requested.
    public enum Request: Hashable, Sendable {
        /// `count` labels `prefix + n` for n = start, start+1, ...; numbers zero-padded to
        /// `padWidth` digits (0 = no padding): prefix "A-", start 101, count 3 →.
        case sequence(count: Int, prefix: String = "", start: Int = 1, padWidth: Int = 0)
        /// Exactly these labels, in order.
        case custom([String])
    }

    /// The labels to create, or a `DomainError` listing every problem: count out of 1–500 or
    /// bad label (`invalidInput`), duplicates inside the request and clashes with
    /// `existingLabels` of the building (`conflict`, each label named in its field error).
    public static func labels(for request: Request, existingLabels: [String]) throws(DomainError) -> [String] {
        var errors: [FieldError] = []
        let labels: [String]
        let fieldOf: (Int) -> String
        switch request {
        case let .sequence(count, prefix, start, padWidth):
            fieldOf = { _ in "count" }
            guard (1...maximumCount).contains(count) else {
                throw .invalid("count", ErrorCode.outOfRange, "Count must be between 1 and \(maximumCount)")
            }
            guard start >= 0, start <= 1_000_000_000 - count else {
                throw .invalid("start", ErrorCode.outOfRange, "Start must be between 0 and \(1_000_000_000 - count)")
            }
            guard (0...9).contains(padWidth) else {
                throw .invalid("padWidth", ErrorCode.outOfRange, "Pad width must be between 0 and 9")
            }
            let p = trim(prefix)
            labels = (0..<count).map { p + pad(start + $0, padWidth) }
        case let .custom(list):
            fieldOf = { "labels[\($0)]" }
            guard (1...maximumCount).contains(list.count) else {
                throw .invalid("labels", ErrorCode.outOfRange, "Give between 1 and \(maximumCount) labels")
            }
            labels = list.map(trim)
        }
        for (i, label) in labels.enumerated() {
            if label.isEmpty {
                errors.append(FieldError(field: fieldOf(i), code: ErrorCode.required, message: "Unit label must not be empty"))
            } else if label.count > maximumLabelLength {
                errors.append(FieldError(field: fieldOf(i), code: ErrorCode.tooLong,
                                         message: "Unit label \"\(label)\" is longer than \(maximumLabelLength) characters"))
            }
        }
        if let e = DomainError.validation(errors) { throw e }

        var clashing: [String] = []
        var firstIndex: [String: Int] = [:]
        for (i, label) in labels.enumerated() {
            let key = label.lowercased()
            if let j = firstIndex[key] {
                clashing.append(label)
                errors.append(FieldError(field: fieldOf(i), code: ErrorCode.duplicate,
                                         message: "Label \"\(label)\" is repeated (first at position \(j + 1))"))
            } else {
                firstIndex[key] = i
            }
        }
        let existing = Set(existingLabels.map { trim($0).lowercased() })
        for (i, label) in labels.enumerated() where existing.contains(label.lowercased()) {
            clashing.append(label)
            errors.append(FieldError(field: fieldOf(i), code: ErrorCode.alreadyExists,
                                     message: "Label \"\(label)\" already exists in this building"))
        }
        if var e = DomainError.validation(errors, kind: .conflict) {
            e.message = "Conflicting unit labels: " + clashing.joined(separator: ", ")
            throw e
        }
        return labels
    }

    private static func trim(_ s: String) -> String {
        String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
