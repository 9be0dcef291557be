import JourneyKit

/// Undo that stays personal while others edit the same map: going back takes back only what
/// this editor's own change did, on top of whatever others changed since, and others' changes
/// taken in from the file are never steps of anyone's undo.
extension Editor {
    /// Goes from the version `origin` (the one a change, undo or redo left) to `target`.
    ///
    /// While the map is still `origin` (nothing came in from others since), `target` is restored
    /// as it was, revision and all. Otherwise the difference from `origin` to `target` is merged
    /// three ways into the map as it is now (base `origin`, ours the map now, theirs `target`):
    /// what others changed meanwhile stays, and where they changed the same field since, theirs
    /// stays too, since it came later.
    static func step(to target: EditorSnapshot, from origin: EditorSnapshot?, state: inout EditorState) {
        guard let origin, origin.revision != state.revision else {
            state.map = target.map
            state.cursor = target.cursor
            state.revision = target.revision
            return
        }
        let merged = JourneyMerge.merge(base: origin.map, ours: state.map, theirs: target.map).merged
        state.cursor = merged.follow(target.cursor, from: target.map)
        guard merged != state.map else { return }
        state.map = merged
        state.revision = state.nextRevision
        state.nextRevision += 1
    }
}
