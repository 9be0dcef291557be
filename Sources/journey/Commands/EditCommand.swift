import ArgumentParser
import Foundation
import JourneyEditor
import JourneySession
import JourneyKit
import JourneyTerminal

/// `journey FILE` / `journey edit FILE`: opens the editor.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: CommandHelp.editAbstract.text,
        discussion: CommandHelp.editDiscussion.text
    )

    @Argument(help: ArgumentHelp(OptionHelp.editFile.text, valueName: OptionHelp.fileValue.text))
    var file: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.editTemplate.text, valueName: OptionHelp.nameValue.text))
    var template: String = "blank"

    @Option(help: ArgumentHelp(OptionHelp.editTitle.text, valueName: OptionHelp.textValue.text))
    var title: String?

    @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(OptionHelp.editNoMouse.text))
    var noMouse = false

    @Option(help: ArgumentHelp(OptionHelp.editName.text, valueName: OptionHelp.nameValue.text))
    var name: String?

    @Flag(name: .customLong("read-only"), help: ArgumentHelp(OptionHelp.editReadOnly.text))
    var readOnly = false

    @Flag(name: .customLong("confined"), help: ArgumentHelp(OptionHelp.editConfined.text))
    var confined = false

    @Flag(help: ArgumentHelp(OptionHelp.editSolo.text))
    var solo = false

    @OptionGroup var interface: LanguageOption

    func run() throws {
        guard let file else {
            throw CleanExit.helpRequest(Journey.self)
        }
        if let name, !name.isEmpty {
            // The session layer shows this name to the others on the map (presence).
            setenv("JOURNEY_NAME", name, 1)
        }
        let exists = StandardStreams.exists(file)
        var map: JourneyMap
        var message: StatusMessage?
        var version: FileVersion?
        var scenarioHint: String?
        var conflicts: (result: MergeResult, theirs: JourneyMap)?
        var openedTerminal: NcursesTerminal?
        if exists {
            let format = MapFile.guessFormat(from: file)
            if template != "blank" {
                message = .info(.templateNotUsed(file: file, template: template))
            }
            let size = format == .journey ? (try? LocalFileSystem().status(file))?.size ?? 0 : 0
            if size >= Self.previewThreshold {
                // A large map: a first screen is painted from the file's start, then the file is read
                // whole on other threads (a problem anywhere in it still ends the editor before any edit).
                let start = try MapSource.readStart(of: file, count: Self.previewStartBytes)
                let opened = try openTerminal()
                openedTerminal = opened
                let read: BackgroundMapRead
                if paintPreview(of: start, isStartOfFile: start.count < size, on: opened) {
                    read = BackgroundMapRead(path: file, format: format)
                } else if let whole = try? LocalFileSystem().readFile(file) {
                    // The start did not hold the first screen (a wide screen, cells in another order).
                    read = BackgroundMapRead(bytes: whole, path: file, format: format)
                    paintPreview(of: whole, isStartOfFile: false, on: opened)
                } else {
                    read = BackgroundMapRead(path: file, format: format)  // which reports why not
                }
                switch read.wait() {
                case .success(let whole):
                    map = whole.map
                    version = whole.version
                case .failure(let error):
                    // A file git left with conflict markers opens into the conflict review.
                    if case .invalid = error, let text = try? LocalFileSystem().readFile(file), let found = try Self.conflicts(in: text, path: file) {
                        version = FileVersion(contents: text)
                        conflicts = found
                        map = found.result.merged
                    } else {
                        // Nothing was edited: the editor never started on a map it had not read whole.
                        opened.shutdown()
                        MapSource.report(error, path: file)
                        throw ExitCode.failure
                    }
                }
            } else {
                let bytes = try MapSource.read(file)
                version = FileVersion(contents: bytes)
                if let parsed = try? MapFile.decode(bytes, path: file, format: format) {
                    map = parsed
                } else if format == .journey, let found = try Self.conflicts(in: bytes, path: file) {
                    // A file git left with conflict markers: open straight into the conflict review.
                    conflicts = found
                    map = found.result.merged
                } else {
                    map = try MapSource.decode(bytes, path: file, format: format)  // reports the problems
                }
            }
        } else {
            let bundled = try TemplateChoice.bundled(named: template)
            map = bundled.map
            scenarioHint = bundled.scenarioHint
            if let title { map.title = title }
            message = .info(.newFromTemplate(template: template, file: file))
        }
        let terminal = try openedTerminal ?? openTerminal()
        let signals = SignalWatcher()
        var state = EditorState(
            map: map,
            document: DocumentInfo(path: file, isNew: !exists),
            screenSize: terminal.size,
            mouseEnabled: !noMouse,
            message: message,
            diskVersion: version,
            language: Interface.language,
            scenarioHint: scenarioHint,
            readOnly: readOnly,
            confinedToFolder: confined,
            live: !solo)
        if let conflicts { state.reviewConflictsInFile(conflicts.result, theirs: conflicts.theirs) }
        let session = EditorSession(state: state, terminal: terminal, signals: signals)
        let ending = session.run()
        terminal.shutdown()
        signals.stop()
        if case .signal(let number) = ending {
            throw ExitCode(128 + number)
        }
    }

    /// The merge conflicts recorded in a file (see ``ConflictedFile``); `nil` when it has no
    /// conflict markers.
    static func conflicts(in bytes: [UInt8], path: String) throws -> (result: MergeResult, theirs: JourneyMap)? {
        guard ConflictedFile.hasMarkers(bytes) else { return nil }
        do {
            return try ConflictedFile(bytes, path: path).merge()
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }

    /// Maps from this size on are painted from a preview while they are read whole.
    static let previewThreshold = 1 << 20

    /// How much of a large map's start is read for the preview: the declarations and the first
    /// screen's stages of a map a hundred stages wide and thousands of touchpoints long.
    static let previewStartBytes = 8 << 20

    private func openTerminal() throws -> NcursesTerminal {
        do {
            return try NcursesTerminal.open(mouse: !noMouse)
        } catch {
            StandardStreams.error(CLIStrings.terminalProblem("\(error)").text)
            throw ExitCode.failure
        }
    }

    /// Paints the first screen from the cells it shows, found by a scan of the file (see
    /// `JourneyParser.preview`), with the curve left out and a note that the file is being read.
    /// Says whether it painted: not when `bytes` (the file, or only its start) did not hold it.
    @discardableResult
    private func paintPreview(of bytes: [UInt8], isStartOfFile: Bool, on terminal: NcursesTerminal) -> Bool {
        guard let file else { return false }
        let size = terminal.size
        guard let preview = JourneyParser.preview(
            bytes, path: file,
            stages: size.width / EditorLayout.minimumColumnWidth + 1,
            touchpoints: size.height / EditorLayout.minimumRowHeight + 1,
            isStartOfFile: isStartOfFile)
        else { return false }
        var state = EditorState(
            map: preview,
            document: DocumentInfo(path: file, isNew: false),
            screenSize: size,
            mouseEnabled: !noMouse,
            message: .info(.readingFile(DocumentInfo(path: file, isNew: false).displayName)),
            language: Interface.language)
        state.isReadingFile = true
        terminal.present(EditorRenderer.render(state, size: size, ascii: terminal.usesASCII))
        return true
    }
}
