import Foundation
import JourneyEditor
import JourneyScreen
#if canImport(Glibc)
import Glibc
#endif

/// Runs the user's text editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a temporary file and
/// returns what was saved in it.
///
/// The editor runs in a process group of its own that is given the terminal (`tcsetpgrp`) for as
/// long as it runs, so that it can read the keyboard and the terminal's replies to its queries,
/// and so that Ctrl-C and Ctrl-Z reach it rather than `journey`. When it exits (or is killed), the
/// terminal comes back, input it left unread is discarded (so none of it arrives as a key), and
/// the editor's screen is drawn again.
public struct ExternalEditor: Sendable {
    /// The command line, as the shell reads it (`code --wait`, `vim -u NONE`…).
    public var command: String

    /// An editor run with this command line.
    public init(command: String) {
        self.command = command
    }

    /// The editor chosen by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalEditor {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return ExternalEditor(command: value)
            }
        }
        return ExternalEditor(command: "vi")
    }

    /// Edits `text`, handing `terminal` over to the editor meanwhile.
    public func edit(_ text: String, fileNameHint: String = "note", terminal: any TerminalDevice) -> Result<String, ExternalEditFailure> {
        let directory = FileManager.default.temporaryDirectory
        let safeHint = String(fileNameHint.map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(40))
        let file = directory.appendingPathComponent("journey-\(safeHint)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try Data((text + (text.isEmpty ? "" : "\n")).utf8).write(to: file, options: [.atomic])
        } catch {
            return .failure(ExternalEditFailure(.cannotWriteTemporaryFile(error.localizedDescription)))
        }
        defer { try? FileManager.default.removeItem(at: file) }
        terminal.suspend()
        let ending = ChildEditor.run(command: command, file: file.path)
        terminal.resume()
        terminal.invalidate()
        switch ending {
        case .couldNotStart(let reason):
            return .failure(ExternalEditFailure(.cannotStart(command: command, reason: reason)))
        case .lost(let reason):
            return .failure(ExternalEditFailure(.lost(command: command, reason: reason)))
        case .killed(let signal):
            return .failure(ExternalEditFailure(.killed(command: command, signal: signal)))
        case .exited(let status) where status != 0:
            return .failure(ExternalEditFailure(.exitStatus(command: command, status: status)))
        case .exited:
            break
        }
        guard let data = try? Data(contentsOf: file) else {
            return .failure(ExternalEditFailure(.cannotReadBack))
        }
        guard let edited = String(data: data, encoding: .utf8) else {
            return .failure(ExternalEditFailure(.notUTF8))
        }
        return .success(edited.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
