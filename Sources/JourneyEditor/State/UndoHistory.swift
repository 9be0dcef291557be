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
        /// The version the change left (`nil` when not known): while the document is still that
        /// version, going back restores ``snapshot`` as it was; once others' changes came in
        /// meanwhile, only the difference between the two is taken back, on top of theirs.
        public var after: Snapshot?
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
    public mutating func record(_ before: Snapshot, after: Snapshot? = nil, label: ChangeLabel) {
        past.append(Entry(snapshot: before, after: after, label: label))
        if !future.isEmpty { future.removeAll() }
    }

    /// Takes the last change back without keeping it for redo (a digit that turned out to be a
    /// count); returns the version to restore.
    mutating func discardLast() -> Entry? {
        past.popLast()
    }

    /// Steps back: returns the version to restore and keeps `current` for redo.
    public mutating func undo(from current: Snapshot) -> Entry? {
        guard let entry = past.popLast() else { return nil }
        future.append(Entry(snapshot: current, after: nil, label: entry.label))
        return entry
    }

    /// Says which version an undo (or a redo) just left, once it is known: the redo (or undo)
    /// kept for it then takes back only that difference.
    mutating func noteVersionLeft(byUndo undo: Bool, _ version: Snapshot) {
        if undo {
            if !future.isEmpty { future[future.count - 1].after = version }
        } else if !past.isEmpty {
            past[past.count - 1].after = version
        }
    }

    /// Steps forward again: returns the version to restore and keeps `current` for undo.
    mutating func redo(from current: Snapshot) -> Entry? {
        guard let entry = future.popLast() else { return nil }
        past.append(Entry(snapshot: current, after: nil, label: entry.label))
        return entry
    }
}
