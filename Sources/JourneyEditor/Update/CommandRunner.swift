import JourneyKit

/// Carries out each ``EditorCommand`` on the editor state.
///
/// A command either does what it says, leaving a message on the status line, or is refused
/// with the reason as the returned ``CommandRefusal``, so that a prompt can stay open on a
/// refusal (a name already taken) without reading the status line back.
enum CommandRunner {
    /// Runs a command; a refusal is also shown on the status line.
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        let revision = state.revision
        let outcome = execute(command, state: &state)
        switch outcome {
        case .refused(let notice): state.message = .error(notice)
        case .done where command.isRepeatable && state.revision != revision: state.lastCellChange = command
        case .done: break
        }
        return outcome
    }

    private static func execute(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        if state.readOnly, changesMapOrFiles(command) {
            return .refused(.readOnlySession)
        }
        if state.confinedToFolder, let path = command.typedPath, !ConfinedPath.isPlainFileName(path) {
            return .refused(.confinedPath(path))
        }
        switch command {
        case .move, .firstStage, .lastStage, .firstTouchpoint, .lastTouchpoint, .pageUp, .pageDown, .goto:
            return CursorMotion.apply(command, state: &state)
        case .editNoteInPlace, .editNoteExternally, .setNote, .setEmotion, .nudgeEmotion, .setFeeling,
             .addItem, .addItems, .editItem, .deleteItem, .moveItem, .clearCell, .focusDetail,
             .copyCell, .cutCell, .pasteCell, .moveCell, .repeatLastChange:
            return CellCommands.run(command, state: &state)
        case .add, .rename, .delete, .moveLine, .setGoal, .setChannel:
            return AxisCommands.run(command, state: &state)
        case .setTitle, .setPersona, .setScenario, .setKind:
            return runMapCommand(command, state: &state)
        case .save, .quit, .saveAndQuit, .export, .undo, .redo, .help, .search, .searchNext, .setMouse, .setLive, .redraw, .suspend:
            return SessionCommands.run(command, state: &state)
        case .vote, .setScore, .setOwner, .setEvidence, .cycleEvidence, .addSource, .removeSource, .setMetric, .removeMetric,
             .showStats, .present, .timer, .compare:
            return WorkshopCommands.run(command, state: &state)
        }
    }

    /// Whether a command changes the map, writes a file or hands a note to another program:
    /// what a read-only editor refuses.
    private static func changesMapOrFiles(_ command: EditorCommand) -> Bool {
        switch command {
        case .move, .firstStage, .lastStage, .firstTouchpoint, .lastTouchpoint, .pageUp, .pageDown, .goto, .focusDetail, .copyCell,
             .quit, .help, .search, .searchNext, .setMouse, .setLive, .redraw, .suspend, .showStats, .present, .timer, .compare:
            false
        case .editNoteInPlace, .editNoteExternally, .setNote, .setEmotion, .nudgeEmotion, .setFeeling, .addItem, .addItems, .editItem,
             .deleteItem, .moveItem, .clearCell, .cutCell, .pasteCell, .moveCell, .repeatLastChange, .add, .rename, .delete, .moveLine,
             .setGoal, .setChannel, .setTitle, .setPersona, .setScenario, .setKind, .save, .saveAndQuit, .export, .undo, .redo,
             .vote, .setScore, .setOwner, .setEvidence, .cycleEvidence, .addSource, .removeSource, .setMetric, .removeMetric:
            true
        }
    }

    private static func runMapCommand(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        switch command {
        case .setTitle(let title):
            guard title != state.map.title else { return .done([]) }
            return change(.setTitle, state: &state, { $0.title = title }, then: .titleSet)
        case .setPersona(let persona):
            guard persona != state.map.persona else { return .done([]) }
            return change(.setPersona, state: &state, { $0.persona = persona }, then: persona == nil ? .personaCleared : .personaSet)
        case .setScenario(let scenario):
            guard scenario != state.map.scenario else { return .done([]) }
            return change(.setScenario, state: &state, { $0.scenario = scenario }, then: scenario == nil ? .scenarioCleared : .scenarioSet)
        case .setKind(let kind):
            guard kind != state.map.kind else { return .done([]) }
            return change(.setKind, state: &state, { $0.kind = kind }, then: .kindSet(kind))
        default:
            return .done([])
        }
    }

    /// Makes one undoable change to the map and says `notice` when it is made.
    static func change(_ label: ChangeLabel, state: inout EditorState, _ body: (inout JourneyMap) throws(JourneyModelError) -> Void, then notice: EditorNotice?) -> CommandOutcome {
        switch Editor.change(label, state: &state, body) {
        case .success:
            if let notice { state.message = .info(notice) }
            return .done([])
        case .failure(let error):
            return .refused(.modelRefused(error))
        }
    }

    /// The cursor's cell, or the refusal for a map without cells.
    static func requireCell(_ state: EditorState) -> CommandRefusal? {
        state.hasCell ? nil : .noCells
    }

    /// The cursor's stage or touchpoint, or the refusal for a map without any.
    static func requireLine(_ axis: MapAxis, _ state: EditorState) -> Result<Int, CommandRefusal> {
        state.cursor[axis] < state.map.count(axis) ? .success(state.cursor[axis]) : .failure(.noLines(axis))
    }
}

/// What came of a command: the effects to perform, or why it was refused.
enum CommandOutcome {
    /// The command ran (or had nothing to do); the session performs the effects.
    case done([EditorEffect])
    /// The command was refused, for the reason given.
    case refused(CommandRefusal)

    /// The effects, none for a refusal.
    var effects: [EditorEffect] {
        if case .done(let effects) = self { return effects }
        return []
    }
}

/// Why a command was refused; shown as an error on the status line.
typealias CommandRefusal = EditorNotice
