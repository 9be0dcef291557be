/// One change from a base sequence to another: `base[start..<end]` replaced by `items`.
///
/// An empty range is an insertion before `base[start]`; empty `items` a deletion.
struct MergeHunk<Element: Hashable>: Hashable {
    var start: Int
    var end: Int
    var items: [Element]

    /// Whether the hunk only inserts, touching no base element.
    var isInsertion: Bool { start == end }
}

/// The differences between two sequences, as hunks against the first, from a longest common
/// subsequence.
enum MergeSequenceDiff {
    /// Above this many cells the quadratic table is not built, and the differing middle of the
    /// sequences (after their common start and end) is reported as one hunk.
    static let tableLimit = 4_000_000

    /// The hunks that turn `base` into `other`, in base order, neither overlapping nor adjacent.
    static func hunks<Element: Hashable>(from base: [Element], to other: [Element]) -> [MergeHunk<Element>] {
        var prefix = 0
        while prefix < base.count, prefix < other.count, base[prefix] == other[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < base.count - prefix, suffix < other.count - prefix,
              base[base.count - 1 - suffix] == other[other.count - 1 - suffix] { suffix += 1 }
        let old = base[prefix..<(base.count - suffix)]
        let new = other[prefix..<(other.count - suffix)]
        if old.isEmpty && new.isEmpty { return [] }
        if old.isEmpty || new.isEmpty || old.count * new.count > tableLimit {
            return [MergeHunk(start: old.startIndex, end: old.endIndex, items: Array(new))]
        }
        let oldItems = Array(old)
        let newItems = Array(new)
        let rows = oldItems.count
        let columns = newItems.count
        let width = columns + 1
        // lengths[i * width + j]: the longest common subsequence of oldItems[i...] and newItems[j...].
        var lengths = [Int32](repeating: 0, count: (rows + 1) * width)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i * width + j] = oldItems[i] == newItems[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var result: [MergeHunk<Element>] = []
        var open: MergeHunk<Element>?
        var i = 0
        var j = 0
        while i < rows || j < columns {
            if i < rows, j < columns, oldItems[i] == newItems[j] {
                if let hunk = open { result.append(hunk) }
                open = nil
                i += 1
                j += 1
                continue
            }
            if open == nil { open = MergeHunk(start: prefix + i, end: prefix + i, items: []) }
            if j == columns || (i < rows && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
                i += 1
                open?.end = prefix + i
            } else {
                open?.items.append(newItems[j])
                j += 1
            }
        }
        if let hunk = open { result.append(hunk) }
        return result
    }
}
