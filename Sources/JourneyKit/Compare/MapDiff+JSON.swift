import Foundation

extension MapDiff {
    /// The comparison as JSON for tools (`journey diff --format json`), pretty-printed with sorted
    /// keys:
    ///
    /// ```json
    /// {
    ///   "changes" : [
    ///     { "change" : "edited", "field" : "emotion", "new" : "+1", "old" : "-1", "place" : "cell",
    ///       "stage" : "compra", "stageName" : "Compra", "touchpoint" : "web", "touchpointName" : "Web" }
    ///   ],
    ///   "same" : false
    /// }
    /// ```
    ///
    /// Each change has `place` (`map`, `stage`, `touchpoint` or `cell`), `field` and `change`
    /// (``MapChange/Kind``), the stage's and touchpoint's `stage`/`stageName` and
    /// `touchpoint`/`touchpointName` where it has them, `item` for an item's attribute, and `old`
    /// and `new` as strings, each left out when absent (a move's are 1-based positions).
    public func json() -> String {
        let document = Document(same: isEmpty, changes: changes.map(Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        var same: Bool
        var changes: [Entry]
    }

    private struct Entry: Encodable {
        var place: String
        var stage: String?
        var stageName: String?
        var touchpoint: String?
        var touchpointName: String?
        var field: String
        var change: String
        var item: String?
        var old: String?
        var new: String?

        init(_ change: MapChange) {
            switch change.place {
            case .map:
                place = "map"
            case .stage(let key, let name):
                place = "stage"
                stage = key
                stageName = name
            case .touchpoint(let key, let name):
                place = "touchpoint"
                touchpoint = key
                touchpointName = name
            case .cell(let stageKey, let stageName, let touchpointKey, let touchpointName):
                place = "cell"
                stage = stageKey
                self.stageName = stageName
                touchpoint = touchpointKey
                self.touchpointName = touchpointName
            }
            field = change.field
            self.change = change.kind.rawValue
            item = change.item
            old = change.old
            new = change.new
        }
    }
}
