/// Earlier and later versions of the editor's document, for undo and redo without limit.
///
/// Each entry is a whole snapshot. Because ``JourneyKit/JourneyMap`` shares storage between
/// versions and a change copies only the touched row, a snapshot costs little, and recording
/// one costs the same however long the history already is.
public struct UndoHistory<Snapshot: Sendable>: Sendable {
    /// A version and what changed to leave it.
    public struct Entry: Sendable {
        /// The version.
        public var snapshot: Snapshot
        /// What the change after it did, such as "set emotion".
        public var label: ChangeLabel
    }

    /// Versions before the current one, oldest first.
    public private(set) var past: [Entry] = []
    /// Versions after the current one (undone changes), the next to redo last.
    public private(set) var future: [Entry] = []

    /// An empty history.
    public init() {}

    /// Records the version before a change; the redo list is dropped, as in every editor.
    public mutating func record(_ before: Snapshot, label: ChangeLabel) {
        past.append(Entry(snapshot: before, label: label))
        if !future.isEmpty { future.removeAll() }
    }

    /// Takes the last change back without keeping it for redo (a digit that turned out to be a
    /// count); returns the version to restore.
    public mutating func discardLast() -> Entry? {
        past.popLast()
    }

    /// Steps back: returns the version to restore and keeps `current` for redo.
    public mutating func undo(from current: Snapshot) -> Entry? {
        guard let entry = past.popLast() else { return nil }
        future.append(Entry(snapshot: current, label: entry.label))
        return entry
    }

    /// Steps forward again: returns the version to restore and keeps `current` for undo.
    public mutating func redo(from current: Snapshot) -> Entry? {
        guard let entry = future.popLast() else { return nil }
        past.append(Entry(snapshot: current, label: entry.label))
        return entry
    }
}
