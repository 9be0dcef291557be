import Foundation
import JourneyKit
import NIOConcurrencyHelpers

/// The server's own output, for the facilitator: one line per event, each escaped so that a name
/// sent by a client cannot reach the terminal raw, in the server's language.
struct ServerLog: Sendable {
    /// The language of the lines.
    let language: Language
    private let lock = NIOLock()

    init(language: Language) {
        self.language = language
    }

    /// Prints a message on standard output, each line escaped, with the time before events.
    func say(_ message: ServerStrings, timed: Bool = false) {
        let lines = message.text(in: language).split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSafeText.escaping(String($0)) }
        let prefix = timed ? Self.clock() + " " : ""
        let text = lines.map { prefix + $0 }.joined(separator: "\n") + "\n"
        lock.withLock {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Prints a problem on standard error.
    func problem(_ message: ServerStrings) {
        let text = TerminalSafeText.escaping(message.text(in: language)) + "\n"
        lock.withLock {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    private static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
