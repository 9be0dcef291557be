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
        abstract: "Open a map in the editor (the default command: `journey FILE`).",
        discussion: """
            A FILE that does not exist yet is made from --template and written on the first save \
            (Ctrl-S). Press ? in the editor for every key and command.

            Examples:
              journey workshop.journey --template six-stage
              journey edit client/onboarding.journey --no-mouse
            """
    )

    @Argument(help: ArgumentHelp("The map file to open or create.", valueName: "file"))
    var file: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("For a new file: the template (or example) to start from.", valueName: "name"))
    var template: String = "blank"

    @Option(help: ArgumentHelp("For a new file: its title.", valueName: "text"))
    var title: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text); m toggles it in the editor.")
    var noMouse = false

    func run() throws {
        guard let file else {
            print(Journey.helpMessage())
            return
        }
        let exists = StandardStreams.exists(file)
        var map: JourneyMap
        var message: StatusMessage?
        var version: FileVersion?
        if exists {
            let bytes = try MapSource.read(file)
            version = FileVersion(contents: bytes)
            map = try MapSource.decode(bytes, path: file, format: .journey)
            if template != "blank" {
                message = .info("\(file) exists, so --template \(template) was not used")
            }
        } else {
            map = try TemplateChoice.map(named: template)
            if let title { map.title = title }
            message = .info("New map from the \(template) template: Ctrl-S creates \(file)")
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open(mouse: !noMouse)
        } catch {
            StandardStreams.error("journey: \(error)")
            throw ExitCode.failure
        }
        let signals = SignalWatcher()
        let state = EditorState(
            map: map,
            document: DocumentInfo(path: file, isNew: !exists),
            screenSize: terminal.size,
            mouseEnabled: !noMouse,
            message: message,
            diskVersion: version)
        let session = EditorSession(state: state, terminal: terminal, signals: signals)
        let ending = session.run()
        terminal.shutdown()
        signals.stop()
        if case .signal(let number) = ending {
            throw ExitCode(128 + number)
        }
    }
}
