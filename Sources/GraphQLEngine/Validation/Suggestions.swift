// "Did you mean ...?" helpers shared by the rules that suggest names. Behaviour (threshold,
// ordering, wording, at most five suggestions) matches graphql-js so messages compare equal.

/// ` Did you mean "A", "B", or "C"?` — empty when there is nothing to suggest.
/// `subMessage` goes between "mean" and the list (e.g. "to use an inline fragment on").
func didYouMean(_ suggestions: [String], subMessage: String? = nil) -> String {
    guard !suggestions.isEmpty else { return "" }
    var text = " Did you mean "
    if let subMessage { text += subMessage + " " }
    let shown = suggestions.prefix(5).map { "\"\($0)\"" }
    switch shown.count {
    case 1: text += shown[0]
    case 2: text += shown[0] + " or " + shown[1]
    default: text += shown.dropLast().joined(separator: ", ") + ", or " + shown[shown.count - 1]
    }
    return text + "?"
}

/// The options close enough to `input` to be worth suggesting, closest first (ties in
/// natural order; each option once). "Close" is an edit distance (with adjacent transpositions, ignoring
/// case, where a change of case alone costs 1) of at most 40% of the input's length + 1.
func suggestionList(_ input: String, _ options: [String]) -> [String] {
    let measure = LexicalDistance(input)
    let threshold = input.utf16.count * 4 / 10 + 1
    var scored: [(option: String, distance: Int)] = []
    var seen: Set<String> = []
    for option in options where seen.insert(option).inserted {
        if let distance = measure.distance(to: option, threshold: threshold) {
            scored.append((option, distance))
        }
    }
    scored.sort { lhs, rhs in
        if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
        return naturalCompare(lhs.option, rhs.option) < 0
    }
    return scored.map(\.option)
}

/// Orders strings with runs of digits compared as numbers ("a2" before "a10").
func naturalCompare(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.utf16), b = Array(rhs.utf16)
    var i = 0, j = 0
    func isDigit(_ c: UInt16) -> Bool { c >= 48 && c <= 57 }
    while i < a.count && j < b.count {
        if isDigit(a[i]) && isDigit(b[j]) {
            // A run of digits is read as a number; a leading zero ends the run (so "01"
            // reads as 0 then 1), matching graphql-js's ordering.
            var numA = 0
            repeat {
                numA = numA * 10 + Int(a[i] - 48)
                i += 1
            } while i < a.count && isDigit(a[i]) && numA > 0
            var numB = 0
            repeat {
                numB = numB * 10 + Int(b[j] - 48)
                j += 1
            } while j < b.count && isDigit(b[j]) && numB > 0
            if numA != numB { return numA < numB ? -1 : 1 }
        } else {
            if a[i] != b[j] { return a[i] < b[j] ? -1 : 1 }
            i += 1
            j += 1
        }
    }
    return a.count - b.count
}

/// Optimal-string-alignment distance between an input and candidate options, computed
/// with three rolling rows and an early exit once the threshold cannot be met.
struct LexicalDistance {
    let input: String
    let inputLower: String
    let inputCodes: [UInt16]

    init(_ input: String) {
        self.input = input
        self.inputLower = input.lowercased()
        self.inputCodes = Array(inputLower.utf16)
    }

    func distance(to option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let optionLower = option.lowercased()
        if optionLower == inputLower { return 1 }
        var a = Array(optionLower.utf16)
        var b = inputCodes
        if a.count < b.count { swap(&a, &b) }
        let aLength = a.count, bLength = b.count
        if aLength - bLength > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: bLength + 1), count: 3)
        for j in 0...bLength { rows[0][j] = j }
        if aLength == 0 { return bLength <= threshold ? bLength : nil }
        for i in 1...aLength {
            let up = (i - 1) % 3, current = i % 3
            var smallest = i
            rows[current][0] = i
            if bLength > 0 {
                for j in 1...bLength {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var cell = min(rows[up][j] + 1, rows[current][j - 1] + 1, rows[up][j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                    }
                    if cell < smallest { smallest = cell }
                    rows[current][j] = cell
                }
            }
            if smallest > threshold { return nil }
        }
        let result = rows[aLength % 3][bLength]
        return result <= threshold ? result : nil
    }
}

/// Sorts as JavaScript's and Python's TimSort do for short arrays (an initial run, then
/// binary insertion). Needed where graphql-js sorts with a comparator that is not a
/// consistent total order (suggested types): the result then depends on the algorithm,
/// and messages must match graphql-js's. `compare` returns <0, 0 or >0.
func timSortOrder<T>(_ items: [T], by compare: (T, T) -> Int) -> [T] {
    var a = items
    let n = a.count
    guard n > 1 else { return a }
    // The initial run: strictly descending (then reversed) or non-descending.
    var runEnd = 1
    if compare(a[1], a[0]) < 0 {
        runEnd = 2
        while runEnd < n && compare(a[runEnd], a[runEnd - 1]) < 0 { runEnd += 1 }
        a[0..<runEnd].reverse()
    } else {
        runEnd = 2
        while runEnd < n && compare(a[runEnd], a[runEnd - 1]) >= 0 { runEnd += 1 }
    }
    // Binary insertion of the rest, placing equal elements after existing ones.
    for start in runEnd..<n {
        let pivot = a[start]
        var left = 0, right = start
        while left < right {
            let mid = (left + right) >> 1
            if compare(pivot, a[mid]) < 0 { right = mid } else { left = mid + 1 }
        }
        a.remove(at: start)
        a.insert(pivot, at: left)
    }
    return a
}
