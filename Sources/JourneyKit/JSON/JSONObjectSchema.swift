/// The kinds of object in the JSON interchange form and the keys each may hold, in the order
/// the writer writes them.
enum JSONObjectSchema: Sendable, Hashable {
    case document, stage, touchpoint, cell
    /// An item of a cell's list given as an object.
    case item(ItemList)
    /// One of a stage's metrics.
    case metric

    /// The keys this object may hold.
    var knownKeys: [String] {
        switch self {
        case .document: JSONObjectSchema.documentKeys
        case .stage: JSONObjectSchema.stageKeys
        case .touchpoint: JSONObjectSchema.touchpointKeys
        case .cell: JSONObjectSchema.cellKeys
        case .item(let list): ["text"] + list.attributes.map(\.rawValue)
        case .metric: JSONObjectSchema.metricKeys
        }
    }

    private static let documentKeys = ["version", "title", "persona", "scenario", "kind", "language", "stages", "touchpoints", "cells"]
    private static let stageKeys = ["name", "goal", "metrics"]
    private static let touchpointKeys = ["name", "channel"]
    private static let cellKeys = ["stage", "touchpoint", "note", "emotion", "feeling", "evidence", "sources"]
        + ItemList.allCases.map(\.jsonName)
    private static let metricKeys = ["name", "value", "unit", "source"]

    /// The message for a key this object may not hold, with a suggestion when the key looks like a known one.
    func unknownKeyMessage(_ key: String) -> JSONReaderStrings {
        .unknownKey(JSONTextWriter.escapedContent(JSONValue.shortened(key, limit: 40)), suggestion: suggestion(for: key), in: self)
    }

    /// A known key that `key` was probably meant to be: the same but for case, or at most two edits away.
    func suggestion(for key: String) -> String? {
        let lowered = key.lowercased()
        if let match = knownKeys.first(where: { $0.lowercased() == lowered }) { return match }
        guard key.unicodeScalars.count <= 24 else { return nil }
        var best: (key: String, distance: Int)?
        for known in knownKeys {
            let distance = JSONObjectSchema.editDistance(Array(lowered.unicodeScalars), Array(known.lowercased().unicodeScalars))
            if distance <= 2, distance < (best?.distance ?? Int.max) { best = (known, distance) }
        }
        return best?.key
    }

    /// The Levenshtein distance between two short sequences.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
