import Foundation
import JourneyKit
import JourneyServer

/// `journey-serve`: the SSH server of `journey serve`, which runs it with the arguments it has
/// checked (see `journey serve --help`). Each participant's editor is the `journey` executable
/// installed beside this one.
let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())
let fallbackLanguage = ServeArguments.language(of: arguments, environment: environment)

func fail(_ message: ServerStrings, language: Language, status: Int32) -> Never {
    FileHandle.standardError.write(Data(("journey serve: " + TerminalSafeText.escaping(message.text(in: language)) + "\n").utf8))
    exit(status)
}

let parsed: ServeArguments
switch ServeArguments.parse(arguments, environment: environment) {
case .success(let value): parsed = value
case .failure(let message): fail(message, language: fallbackLanguage, status: 64)
}
let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("journey").path
guard FileManager.default.isExecutableFile(atPath: executable) else {
    fail(.editorMissing(executable), language: parsed.language, status: 1)
}
switch parsed.configuration(environment: environment, editorExecutable: executable) {
case .success(let configuration):
    exit(WorkshopServer.run(configuration, hostKeys: HostKeyStore(environment: environment)))
case .failure(let message):
    fail(message, language: parsed.language, status: 1)
}
