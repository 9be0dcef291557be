import Foundation
import JourneyEditor

/// Runs the user's text editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a temporary file and
/// returns what was saved in it.
public struct ExternalEditor: Sendable {
    /// The command line, as the shell reads it (`code --wait`, `vim -u NONE`…).
    public var command: String

    /// The editor chosen by the environment.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalEditor {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return ExternalEditor(command: value)
            }
        }
        return ExternalEditor(command: "vi")
    }

    /// Edits `text`; the terminal must be handed over (``TerminalDevice/suspend()``) first.
    public func edit(_ text: String, fileNameHint: String = "note") -> Result<String, ExternalEditFailure> {
        let directory = FileManager.default.temporaryDirectory
        let safeHint = String(fileNameHint.map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(40))
        let file = directory.appendingPathComponent("journey-\(safeHint)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try Data((text + (text.isEmpty ? "" : "\n")).utf8).write(to: file, options: [.atomic])
        } catch {
            return .failure(ExternalEditFailure("Cannot write a temporary file for the editor: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \"$1\"", "journey-editor", file.path]
        do {
            try process.run()
        } catch {
            return .failure(ExternalEditFailure("Cannot start the editor '\(command)': \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(ExternalEditFailure("The editor '\(command)' exited with status \(process.terminationStatus); the note is unchanged"))
        }
        guard let data = try? Data(contentsOf: file) else {
            return .failure(ExternalEditFailure("The edited note could not be read back; the note is unchanged"))
        }
        guard let edited = String(data: data, encoding: .utf8) else {
            return .failure(ExternalEditFailure("The edited note is not UTF-8 text; the note is unchanged"))
        }
        return .success(edited.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
