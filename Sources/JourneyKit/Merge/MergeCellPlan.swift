/// An emotion with its feeling word, merged as one where both sides changed them differently.
struct MergeEmotion: Sendable, Equatable {
    var emotion: Emotion?
    var feeling: String?
}

/// A merged cell: settled, or field by field with conflicts.
enum MergeCellPlan: Sendable {
    case settled(Cell)
    case fields(MergeCellFields)

    /// The cell for the choices made.
    func cell(_ side: (Int) -> MergeSide) -> Cell {
        switch self {
        case .settled(let cell):
            return cell
        case .fields(let fields):
            let emotion = fields.emotion.value(side)
            var cell = Cell(
                note: fields.note.value(side),
                emotion: emotion.emotion,
                feeling: emotion.feeling,
                evidence: fields.evidence.value(side),
                sources: fields.sources.value(side),
                extraFields: fields.extraFields.fields(side))
            for list in ItemList.allCases { cell[list: list] = fields.lists[list.rawValue].value(side) }
            return cell
        }
    }
}

/// The fields of a cell both sides changed.
struct MergeCellFields: Sendable {
    var note: MergeResolvable<String>
    var emotion: MergeResolvable<MergeEmotion>
    /// The items of each list, at its ``ItemList`` raw value.
    var lists: [MergeResolvable<[Item]>]
    var evidence: MergeResolvable<Evidence?>
    var sources: MergeResolvable<[String]>
    var extraFields: MergeExtraFieldsPlan
}
