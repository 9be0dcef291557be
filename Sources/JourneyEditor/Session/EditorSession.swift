import Foundation
import JourneyKit

/// The editor running on a terminal: reads input, steps the pure ``Editor``, performs the
/// effects it asks for (saving, exporting, running `$EDITOR`) and shows each new frame.
///
/// Tests run it on a scripted ``TerminalDevice`` and a file system with faults; the `journey`
/// executable runs it on the real terminal.
public final class EditorSession {
    /// How the session ended.
    public enum Ending: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A signal (SIGHUP, SIGTERM, SIGINT) ended it; unsaved changes went to the recovery file.
        case signal(Int32)
    }

    /// The editor's state, as of the last event.
    public private(set) var state: EditorState
    private let terminal: any TerminalDevice
    private let fileSystem: any FileSystem
    private let externalEditor: ExternalEditor
    private let signals: SignalWatcher?

    /// Creates a session.
    public init(
        state: EditorState,
        terminal: any TerminalDevice,
        fileSystem: any FileSystem = LocalFileSystem(),
        externalEditor: ExternalEditor = .fromEnvironment(),
        signals: SignalWatcher? = nil
    ) {
        self.state = state
        self.terminal = terminal
        self.fileSystem = fileSystem
        self.externalEditor = externalEditor
        self.signals = signals
    }

    /// Runs until the user quits or a signal arrives.
    public func run() -> Ending {
        terminal.setMouseCapture(state.mouseEnabled)
        dispatch(.input(.resize(terminal.size)))
        present()
        while true {
            if let signal = signals?.pendingSignal() {
                return .signal(signal)
            }
            guard let input = terminal.nextInput(timeoutMilliseconds: 200) else { continue }
            dispatch(.input(input))
            // Take whatever else is already waiting (a burst of keys, a resize storm) before drawing.
            var drained = 0
            while !state.hasQuit, drained < 512, signals?.pendingSignal() == nil,
                  let more = terminal.nextInput(timeoutMilliseconds: 0) {
                dispatch(.input(more))
                drained += 1
            }
            if state.hasQuit { return .quit }
            present()
        }
    }

    /// Applies an event and everything that follows from its effects.
    public func dispatch(_ event: EditorEvent) {
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in Editor.update(&state, with: next) {
                if let outcome = perform(effect) { pending.append(outcome) }
            }
        }
    }

    private func present() {
        terminal.present(EditorRenderer.render(state, size: terminal.size, ascii: terminal.usesASCII))
    }

    /// Performs one effect; returns the event reporting its outcome, if it has one.
    private func perform(_ effect: EditorEffect) -> EditorEvent? {
        switch effect {
        case .save(let request):
            return .saveFinished(save(request))
        case .export(let path, let contents):
            do {
                try AtomicFileWriter(fileSystem: fileSystem).write(Array(contents.utf8), to: Self.expandingHome(path))
                return .exportFinished(path: path, error: nil)
            } catch {
                return .exportFinished(path: path, error: error.reason)
            }
        case .editExternally(let position, let text):
            terminal.suspend()
            let hint = position.stage < state.map.stages.count ? state.map.stages[position.stage].name : "note"
            let result = externalEditor.edit(text, fileNameHint: hint)
            terminal.resume()
            terminal.invalidate()
            return .externalEditFinished(position, result)
        case .setMouseCapture(let enabled):
            terminal.setMouseCapture(enabled)
        case .redraw:
            terminal.invalidate()
        case .suspend:
            terminal.suspendProcess()
            terminal.invalidate()
            return .input(.resize(terminal.size))
        case .quit:
            break
        }
        return nil
    }

    private func save(_ request: SaveRequest) -> SaveOutcome {
        let path = Self.expandingHome(request.path)
        let bytes = JourneyWriter.bytes(for: request.map)
        do {
            try AtomicFileWriter(fileSystem: fileSystem).write(bytes, to: path)
        } catch {
            return .failed(path: request.path, message: error.reason)
        }
        return .saved(path: request.path, revision: request.revision, then: request.then)
    }

    /// `~/x` as the home folder's `x`; other paths unchanged.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
