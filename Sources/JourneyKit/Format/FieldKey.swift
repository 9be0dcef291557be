/// The field keys this version of the `.journey` format knows, and the blocks they belong to.
enum FieldKey: Int, CaseIterable {
    case title, persona, scenario, kind
    case name, goal, metric, channel
    case note, emotion, feeling, pain, opportunity, evidence, source

    var spelling: String {
        switch self {
        case .title: "title"
        case .persona: "persona"
        case .scenario: "scenario"
        case .kind: "kind"
        case .name: "name"
        case .goal: "goal"
        case .metric: "metric"
        case .channel: "channel"
        case .note: "note"
        case .emotion: "emotion"
        case .feeling: "feeling"
        case .pain: "pain"
        case .opportunity: "opportunity"
        case .evidence: "evidence"
        case .source: "source"
        }
    }

    /// Whether the field may appear more than once in a block, each time adding an item.
    var isRepeatable: Bool {
        switch self {
        case .pain, .opportunity, .source, .metric: true
        default: false
        }
    }

    /// The list whose items this field holds, if it holds items.
    var itemList: ItemList? {
        switch self {
        case .pain: .painPoints
        case .opportunity: .opportunities
        default: nil
        }
    }

    /// Where the field belongs, for the message when it stands in the wrong block.
    var home: String {
        switch self {
        case .title, .persona, .scenario, .kind: "at the top of the file, before the first block"
        case .name: "in a [stage …] or [touchpoint …] block"
        case .goal, .metric: "in a [stage …] block"
        case .channel: "in a [touchpoint …] block"
        case .note, .emotion, .feeling, .pain, .opportunity, .evidence, .source: "in a [cell …] block"
        }
    }

    /// Recognises a key from its UTF-8 bytes without making a string.
    static func recognise(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> FieldKey? {
        let length = end - start
        @inline(__always) func matches(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == length else { return false }
            let pointer = literal.utf8Start
            for offset in 0..<length where pointer[offset] != bytes[start + offset] { return false }
            return true
        }
        switch length {
        case 4:
            if matches("note") { return .note }
            if matches("name") { return .name }
            if matches("pain") { return .pain }
            if matches("kind") { return .kind }
            if matches("goal") { return .goal }
        case 5:
            if matches("title") { return .title }
        case 6:
            if matches("source") { return .source }
            if matches("metric") { return .metric }
        case 7:
            if matches("emotion") { return .emotion }
            if matches("feeling") { return .feeling }
            if matches("persona") { return .persona }
            if matches("channel") { return .channel }
        case 8:
            if matches("scenario") { return .scenario }
            if matches("evidence") { return .evidence }
        case 11:
            if matches("opportunity") { return .opportunity }
        default:
            break
        }
        return nil
    }
}
