import ArgumentParser
import Foundation
import JourneyKit

/// `journey serve MAP`: checks the map and the options, then runs the SSH server, the
/// `journey-serve` executable installed beside `journey` (kept apart so that SwiftNIO and
/// swift-crypto do not slow the editor's start).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: CommandHelp.serveAbstract.text,
        discussion: CommandHelp.serveDiscussion.text
    )

    @Argument(help: ArgumentHelp(OptionHelp.serveMap.text, valueName: OptionHelp.fileValue.text))
    var map: String

    @Option(help: ArgumentHelp(OptionHelp.serveListen.text, valueName: OptionHelp.addressValue.text))
    var listen = "127.0.0.1:2222"

    @Option(help: ArgumentHelp(OptionHelp.servePassphrase.text, valueName: OptionHelp.wordsValue.text))
    var passphrase: String?

    @Option(name: .customLong("authorized-keys"), help: ArgumentHelp(OptionHelp.serveAuthorizedKeys.text, valueName: OptionHelp.fileValue.text))
    var authorizedKeys: String?

    @Flag(help: ArgumentHelp(OptionHelp.serveViewers.text))
    var viewers = false

    @Option(name: .customLong("max-sessions"), help: ArgumentHelp(OptionHelp.serveMaxSessions.text, valueName: OptionHelp.numberValue.text))
    var maxSessions = 30

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp(OptionHelp.serveIdleTimeout.text, valueName: OptionHelp.durationValue.text))
    var idleTimeout = "30m"

    @Option(name: .customLong("stall-timeout"), help: ArgumentHelp(OptionHelp.serveStallTimeout.text, valueName: OptionHelp.durationValue.text))
    var stallTimeout = "60s"

    @OptionGroup var interface: LanguageOption

    func run() throws {
        // The map must be there and valid: every participant opens it.
        _ = try MapSource.decode(try MapSource.read(map), path: map, format: .journey)
        let server = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("journey-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            StandardStreams.error(CLIStrings.serverMissing(server).text)
            throw ExitCode.failure
        }
        // journey-serve checks the values (the listen address, the durations) and says what is wrong.
        var arguments = [server, map, "--listen", listen, "--max-sessions", String(maxSessions),
                         "--idle-timeout", idleTimeout, "--stall-timeout", stallTimeout, "--lang", Interface.language.rawValue]
        if let passphrase { arguments += ["--passphrase", passphrase] }
        if let authorizedKeys { arguments += ["--authorized-keys", authorizedKeys] }
        if viewers { arguments.append("--viewers") }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        StandardStreams.error(CLIStrings.terminalProblem("\(server): \(String(cString: strerror(errno)))").text)
        throw ExitCode.failure
    }
}
