import JourneyKit

/// Co-editing live: while others have the map open, each change is shared within a fraction of
/// a second (written through the three-way merge, never over theirs) and theirs are taken in as
/// they come, also while this editor has changes of its own or a prompt open.
extension Editor {
    // MARK: Sharing

    /// The session says it is time to share: saves what is not written yet.
    static func shareChanges(state: inout EditorState) -> [EditorEffect] {
        guard state.isLiveSharing, state.isModified, state.conflictReview == nil, let path = state.document.path else { return [] }
        return [.save(liveRequest(path: path, then: .keepEditing, check: .expect(state.diskVersion ?? .absent), state: &state))]
    }

    /// `q` while sharing live: every change is written anyway within a fraction of a second, so
    /// quitting writes what is not written yet and then quits, without asking.
    static func shareAndQuit(state: inout EditorState) -> [EditorEffect] {
        guard let path = state.document.path else { return [] }
        state.message = .info(.quittingAfterSave)
        return [.save(liveRequest(path: path, then: .quit, check: .expect(state.diskVersion ?? .absent), state: &state))]
    }

    private static func liveRequest(path: String, then: AfterSave, check: SaveCheck, note: SaveNote? = nil, state: inout EditorState) -> SaveRequest {
        let request = SaveRequest(path: path, map: state.map, revision: state.revision, then: then, check: check, note: note,
                                  isLive: true, clashes: state.unsharedClashes, clashedWith: state.unsharedClashesWith)
        state.unsharedClashes = []
        state.unsharedClashesWith = nil
        return request
    }

    /// A live save found the file changed since this editor read or wrote it: takes the change
    /// in (merging), then writes the result, without stopping for conflicts: the later stands.
    static func mergeLiveBeforeSaving(_ request: SaveRequest, theirs: JourneyMap, version: FileVersion, state: inout EditorState) -> [EditorEffect] {
        takeIn(theirs, version: version, state: &state)
        if state.map == theirs && request.then == .keepEditing {
            state.savedRevision = state.revision
            return []  // everything here is in the file already
        }
        return [.save(liveRequest(path: request.path, then: request.then, check: .expect(version), note: request.note, state: &state))]
    }

    // MARK: Taking in others' changes

    /// Takes in a version of the map written by someone else: merged with this editor's unsaved
    /// changes against the version last read or written (the base), without an undo step (undo
    /// stays personal). The cursor and an open prompt follow their cell by its keys; a prompt
    /// keeps its text. Where both changed the same field, this editor's value stands (it is
    /// written next, so it is the later one), the screen names who clashed, and `u` takes theirs.
    /// Where the writer says it kept its value over this editor's, the screen says so, and `u`
    /// brings this editor's value back.
    static func takeIn(_ theirs: JourneyMap, version: FileVersion, state: inout EditorState) {
        let writer = state.otherEditors.first { $0.lastWrite == version }
        let old = state
        var merged = theirs
        var clashes: [MergeConflict] = []
        var theirsWins = theirs
        if state.isModified {
            let result = JourneyMerge.merge(base: state.baseMap, ours: state.map, theirs: theirs)
            merged = result.merged
            clashes = result.conflicts
            if result.hasConflicts { theirsWins = result.resolved(taking: .theirs) }
        }
        if merged != state.map {
            state.map = merged
            state.revision = state.nextRevision
            state.nextRevision += 1
        }
        if !old.isModified || state.map == theirs { state.savedRevision = state.revision }
        state.baseMap = theirs
        state.diskVersion = version
        state.noticedDiskVersion = nil
        follow(from: old, state: &state)
        let who = writer?.user ?? LiveNotice.someone.text(in: state.language)
        if let first = clashes.first {
            recordStep(to: theirsWins, label: .clashKeptYours, state: &state)
            state.unsharedClashes += clashes.map(\.location)
            state.unsharedClashesWith = writer?.processID
            state.message = .error(.live(.clashYoursStands(who: who, place: place(first.location, in: state.map, language: state.language),
                                                           theirs: first.theirs, more: clashes.count - 1)))
        }
        if let writer, !writer.clashes.isEmpty {
            var restored = state.map
            let lost = writer.clashes.filter { ClashField.copy($0, from: old.map, into: &restored) }
            if let first = lost.first, restored != state.map {
                recordStep(to: restored, label: .clashTookTheirs, state: &state)
                state.message = .error(.live(.clashTheirsStands(who: writer.user, place: place(first, in: state.map, language: state.language),
                                                                more: lost.count - 1)))
            }
        }
    }

    /// Records an undo step of this editor's that goes from the map as it is now to `other`, so
    /// that `u` gives the value that did not stand in a clash.
    private static func recordStep(to other: JourneyMap, label: ChangeLabel, state: inout EditorState) {
        let target = EditorSnapshot(map: other, cursor: state.cursor, revision: state.nextRevision)
        state.nextRevision += 1
        state.history.record(target, after: state.snapshot, label: label)
    }

    /// Moves the cursor, an open prompt's cell and a pending question's line to where their
    /// stages and touchpoints went.
    private static func follow(from old: EditorState, state: inout EditorState) {
        guard old.map.stages.map(\.key) != state.map.stages.map(\.key) || old.map.touchpoints.map(\.key) != state.map.touchpoints.map(\.key) else { return }
        state.cursor = state.map.follow(old.cursor, from: old.map)
        switch state.mode {
        case .prompt(var prompt):
            switch prompt.purpose {
            case .note(let position):
                prompt.purpose = .note(state.map.follow(position, from: old.map))
                if old.map.keys(at: position).flatMap(state.map.position(of:)) == nil { state.message = .error(.live(.promptCellGone)) }
            case .command(let name, let target, let arguments):
                prompt.purpose = .command(name: name, target: state.map.follow(target, from: old.map), arguments: arguments)
                if old.map.keys(at: target).flatMap(state.map.position(of:)) == nil, old.hasCell { state.message = .error(.live(.promptCellGone)) }
            case .commandLine:
                break
            }
            state.mode = .prompt(prompt)
        case .question(.delete(let axis, let index, let filled)), .question(.deleteWhileOthersEdit(let axis, let index, let filled, _)):
            let key = index < old.map.count(axis) ? old.map.key(axis, at: index) : nil
            guard let key, let now = state.map.index(axis, key: key) else {
                state.mode = .grid  // already gone
                return
            }
            if case .question(.delete) = state.mode {
                state.mode = .question(.delete(axis, now, filledCells: filled))
            } else if case .question(.deleteWhileOthersEdit(_, _, _, let names)) = state.mode {
                state.mode = .question(.deleteWhileOthersEdit(axis, now, filledCells: filled, names: names))
            }
        default:
            break
        }
    }

    /// Where a clash was, in words.
    static func place(_ location: MergeConflict.Location, in map: JourneyMap, language: Language) -> String {
        LiveNotice.place(location, stageName: { key in map.stageIndex(key: key).map { map.stages[$0].name } ?? key },
                         touchpointName: { key in map.touchpointIndex(key: key).map { map.touchpoints[$0].name } ?? key }).text(in: language)
    }

    // MARK: Asking before deleting what others work on

    /// The names of the other editors working on the stage or touchpoint at `index`.
    static func othersWorking(on axis: MapAxis, at index: Int, state: EditorState) -> [String] {
        guard index < state.map.count(axis) else { return [] }
        let key = state.map.key(axis, at: index)
        return state.otherEditors.filter { $0.isWorking(on: axis, key: key) }.map(\.user)
    }
}

extension JourneyMap {
    /// The key of the stage or touchpoint at a position.
    func key(_ axis: MapAxis, at index: Int) -> String {
        axis == .stage ? stages[index].key : touchpoints[index].key
    }

    /// The position of the stage or touchpoint with a key.
    func index(_ axis: MapAxis, key: String) -> Int? {
        axis == .stage ? stageIndex(key: key) : touchpointIndex(key: key)
    }
}
