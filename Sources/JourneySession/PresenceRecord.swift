import JourneyEditor
import JourneyKit

/// What an editor's presence file says: who, where, since when, whether it works live, where
/// its cursor is and which cell it has a prompt open on, the map version it wrote last, and the
/// clashes that write won. A few lines of `key: value` text:
///
/// ```
/// journey presence 1
/// user: ana
/// host: studio
/// pid: 4242
/// since: 1764500000
/// live: yes
/// cursor: awareness web
/// editing: awareness web
/// wrote: 2817 9f0c6a1b2d3e4f50
/// clash-with: 4243
/// clash: cell awareness web note
/// ```
struct PresenceRecord: Sendable, Equatable {
    var user: String
    var host: String
    var since: Int
    var live = false
    var cursor: CellKeys?
    var editing: CellKeys?
    var wrote: FileVersion?
    var clashes: [MergeConflict.Location] = []
    var clashedWith: Int32?

    /// At most this many clashes are told, so that the file stays small.
    static let clashLimit = 20

    /// The file's text for the editor with this process identifier.
    func text(processID: Int32) -> String {
        var lines = ["journey presence 1", "user: \(Self.oneLine(user))", "host: \(Self.oneLine(host))", "pid: \(processID)", "since: \(since)"]
        lines.append("live: \(live ? "yes" : "no")")
        if let cursor { lines.append("cursor: \(cursor.stage) \(cursor.touchpoint)") }
        if let editing { lines.append("editing: \(editing.stage) \(editing.touchpoint)") }
        if let wrote { lines.append("wrote: \(wrote.size) \(String(wrote.digest, radix: 16))") }
        if let clashedWith { lines.append("clash-with: \(clashedWith)") }
        for clash in clashes.prefix(Self.clashLimit) { lines.append("clash: " + Self.text(of: clash)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a presence file's fields (unknown lines are skipped, so older and newer editors
    /// understand each other).
    static func parse(_ text: String) -> (fields: [String: String], clashes: [MergeConflict.Location]) {
        var fields: [String: String] = [:]
        var clashes: [MergeConflict.Location] = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "clash" {
                if let clash = location(value) { clashes.append(clash) }
            } else {
                fields[key] = value
            }
        }
        return (fields, clashes)
    }

    /// Two keys separated by a space.
    static func cellKeys(_ text: String?) -> CellKeys? {
        guard let parts = text?.split(separator: " "), parts.count == 2 else { return nil }
        return CellKeys(stage: String(parts[0]), touchpoint: String(parts[1]))
    }

    /// A version as `wrote:` gives it.
    static func version(_ text: String?) -> FileVersion? {
        guard let parts = text?.split(separator: " "), parts.count == 2, let size = Int(parts[0]), let digest = UInt64(parts[1], radix: 16) else { return nil }
        return FileVersion(size: size, digest: digest)
    }

    private static func text(of location: MergeConflict.Location) -> String {
        switch location {
        case .map(let field): "map \(field)"
        case .stage(let key, let field): "stage \(key)" + (field.map { " " + $0 } ?? "")
        case .touchpoint(let key, let field): "touchpoint \(key)" + (field.map { " " + $0 } ?? "")
        case .cell(let stage, let touchpoint, let field): "cell \(stage) \(touchpoint) \(field)"
        case .extraBlocks: "blocks"
        }
    }

    private static func location(_ text: String) -> MergeConflict.Location? {
        let parts = text.split(separator: " ").map(String.init)
        switch (parts.first, parts.count) {
        case ("map", 2): return .map(field: parts[1])
        case ("stage", 2), ("stage", 3): return .stage(key: parts[1], field: parts.count == 3 ? parts[2] : nil)
        case ("touchpoint", 2), ("touchpoint", 3): return .touchpoint(key: parts[1], field: parts.count == 3 ? parts[2] : nil)
        case ("cell", 4): return .cell(stageKey: parts[1], touchpointKey: parts[2], field: parts[3])
        case ("blocks", 1): return .extraBlocks
        default: return nil
        }
    }

    /// A name on one line, without control characters, at most 40 characters.
    static func oneLine(_ text: String) -> String {
        String(text.filter { !$0.isNewline && !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7f } ?? false) }.prefix(40))
    }
}
