import Foundation
import JourneyKit

/// The arguments of `journey-serve`, as `journey serve` passes them on after checking them:
/// `MAP [--listen ADDRESS:PORT] [--passphrase WORDS] [--authorized-keys FILE] [--viewers]
/// [--max-sessions N] [--idle-timeout DURATION] [--stall-timeout DURATION] [--lang en|es]`.
public struct ServeArguments: Sendable {
    public var map: String?
    public var listen = ListenAddress.loopback
    public var passphrase: String?
    public var authorizedKeysFile: String?
    public var viewers = false
    public var maxSessions = 30
    /// Seconds without input before a session is closed (`--idle-timeout`, 30 minutes by default).
    public var idleTimeout = 30 * 60
    /// Seconds a connection may leave its output unread before it is dropped (`--stall-timeout`).
    public var stallTimeout = 60
    public var language: Language

    /// The language of the server's messages: `--lang`'s wherever it stands among the
    /// arguments, else the environment's; so that a problem with an earlier option is told in it.
    public static func language(of arguments: [String], environment: [String: String]) -> Language {
        let given = arguments.indices.last { arguments[$0] == "--lang" && $0 + 1 < arguments.endIndex }
        return given.flatMap { Language(code: arguments[$0 + 1]) } ?? Language.preferred(environment: environment)
    }

    /// Reads the arguments; the message of the first problem when there is one.
    public static func parse(_ arguments: [String], environment: [String: String]) -> Result<ServeArguments, ServerStrings> {
        var result = ServeArguments(language: language(of: arguments, environment: environment))
        var index = arguments.startIndex
        func value(_ option: String) -> String? {
            index += 1
            return index < arguments.endIndex ? arguments[index] : nil
        }
        while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "--listen":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                guard let address = ListenAddress(parsing: text) else { return .failure(.badListen(text)) }
                result.listen = address
            case "--passphrase":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                guard !Passphrase(text).text.isEmpty else { return .failure(.emptyPassphrase) }
                result.passphrase = text
            case "--authorized-keys":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                result.authorizedKeysFile = text
            case "--viewers":
                result.viewers = true
            case "--max-sessions":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                guard let number = Int(text), number >= 1 else { return .failure(.badMaxSessions(text)) }
                result.maxSessions = number
            case "--idle-timeout", "--stall-timeout":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                guard let seconds = WrittenDuration.seconds(in: text) else { return .failure(.badDuration(option: argument, given: text)) }
                if argument == "--idle-timeout" { result.idleTimeout = seconds } else { result.stallTimeout = seconds }
            case "--lang":
                guard let text = value(argument) else { return .failure(.missingValue(argument)) }
                result.language = Language(code: text) ?? result.language
            default:
                guard !argument.hasPrefix("-") || argument == "-", result.map == nil else { return .failure(.unexpectedArgument(argument)) }
                result.map = argument
            }
            index += 1
        }
        return .success(result)
    }

    /// The server's configuration: the map made absolute, the keys read, the passphrases
    /// generated when not given (editors get one unless only keys let them in; viewers, with
    /// `--viewers`, always a second one).
    public func configuration(environment: [String: String], editorExecutable: String) -> Result<ServerConfiguration, ServerStrings> {
        guard let map else { return .failure(.missingMap) }
        let absolute = map.hasPrefix("/") ? map : FileManager.default.currentDirectoryPath + "/" + map
        var keys = AuthorizedKeys()
        if let file = authorizedKeysFile {
            do {
                keys = AuthorizedKeys(text: try String(contentsOfFile: file, encoding: .utf8))
            } catch {
                return .failure(.cannotReadKeys(file: file, reason: (error as NSError).localizedDescription))
            }
        }
        let editors = passphrase.map(Passphrase.init) ?? (authorizedKeysFile == nil ? Passphrase.generated(in: language) : nil)
        if editors == nil, keys.keys.isEmpty, let file = authorizedKeysFile {
            return .failure(.noUsableKeys(file: file))  // a server nobody could join
        }
        var viewerPassphrase = viewers ? Passphrase.generated(in: language) : nil
        while viewerPassphrase != nil, viewerPassphrase?.text == editors?.text {
            viewerPassphrase = Passphrase.generated(in: language)
        }
        var configuration = ServerConfiguration(
            mapPath: (absolute as NSString).standardizingPath, listen: listen, passphrase: editors, viewerPassphrase: viewerPassphrase,
            authorizedKeys: keys, maxSessions: maxSessions, idleTimeout: Int64(idleTimeout), stallTimeout: Int64(stallTimeout),
            editorExecutable: editorExecutable, language: language, environment: environment)
        configuration.authorizedKeysFile = authorizedKeysFile
        return .success(configuration)
    }
}
