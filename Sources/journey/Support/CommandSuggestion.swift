/// Finding the commands a mistyped word was probably meant to be, by edit distance.
enum CommandSuggestion {
    /// The names closest to `word`: those at the smallest edit distance, when it is small for the
    /// word's length (at most 2, and less than half the word), and any that start with it.
    static func closest(to word: String, among names: [String]) -> [String] {
        let lowered = word.lowercased()
        let distances = names.map { editDistance(lowered, $0.lowercased()) }
        let limit = min(2, max(1, lowered.count / 2))
        let best = distances.min() ?? Int.max
        return names.indices.filter { index in
            (distances[index] == best && best <= limit)
                || (lowered.count >= 2 && names[index].lowercased().hasPrefix(lowered))
        }.map { names[$0] }
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
