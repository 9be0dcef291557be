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
        if exists {
            let bytes = try MapSource.read(file)
            version = FileVersion(contents: bytes)
            if let parsed = try? MapFile.decode(bytes, path: file, format: .journey) {
                map = parsed
            } else if let opened = try Self.conflicts(in: bytes, path: file) {
                conflicts = opened
                map = opened.result.merged
            } else {
                map = try MapSource.decode(bytes, path: file, format: .journey)  // reports the problems
            }
            if template != "blank" {
                message = .info(.templateNotUsed(file: file, template: template))
            }
        } else {
            let bundled = try TemplateChoice.bundled(named: template)
            map = bundled.map
            scenarioHint = bundled.scenarioHint
            if let title { map.title = title }
            message = .info(.newFromTemplate(template: template, file: file))
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open(mouse: !noMouse)
        } catch {
            StandardStreams.error(CLIStrings.terminalProblem("\(error)").text)
            throw ExitCode.failure
        }
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
            confinedToFolder: confined)
        if let conflicts { state.reviewConflictsInFile(conflicts.result, theirs: conflicts.theirs) }
        let session = EditorSession(state: state, terminal: terminal, signals: signals)
        let ending = session.run()
        terminal.shutdown()
        signals.stop()
        if case .signal(let number) = ending {
            throw ExitCode(128 + number)
        }
    }

    /// The merge conflicts recorded in a file that is not a valid map (see ``ConflictedFile``);
    /// `nil` when it has no conflict markers.
    static func conflicts(in bytes: [UInt8], path: String) throws -> (result: MergeResult, theirs: JourneyMap)? {
        guard ConflictedFile.hasMarkers(bytes) else { return nil }
        do {
            return try ConflictedFile(bytes, path: path).merge()
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }
}
