/// Finding the commands a mistyped word was probably meant to be, by edit distance.
enum CommandSuggestion {
    /// The names `word` was probably meant to be: those that start with it (for two letters or
    /// more), or else those at the smallest edit distance when that distance is small for the
    /// word's length (1 up to four letters, 2 from five on).
    static func closest(to word: String, among names: [String]) -> [String] {
        let lowered = word.lowercased()
        if lowered.count >= 2 {
            let completions = names.filter { $0.lowercased().hasPrefix(lowered) }
            if !completions.isEmpty { return completions }
        }
        let distances = names.map { editDistance(lowered, $0.lowercased()) }
        let limit = max(1, (lowered.count - 1) / 2)
        guard let best = distances.min(), best <= min(limit, 2) else { return [] }
        return names.indices.filter { distances[$0] == best }.map { names[$0] }
    }

    /// The number of characters to insert, delete, change or swap with a neighbour to turn one
    /// word into the other (optimal string alignment distance).
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
