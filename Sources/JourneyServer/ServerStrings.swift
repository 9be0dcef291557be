import JourneyKit

/// The string catalogue's messages of `journey serve`: what the server prints for the facilitator,
/// and what it says to a participant it refuses, in English and Spanish side by side.
///
/// Names and addresses that come from a client are escaped before they reach a terminal (see
/// ``TerminalSafeText``).
public enum ServerStrings: Error, Localized {
    /// The first line: which map is served, and where.
    case serving(map: String, address: String)
    /// The host key's fingerprint, for participants to check on their first connection.
    case fingerprint(String)
    /// How to join as an editor (the ssh command, then the passphrase).
    case joinAsEditor(host: String, port: Int, passphrase: String?)
    /// How to join as a viewer, with `--viewers`.
    case joinAsViewer(host: String, port: Int, passphrase: String)
    /// Which keys from `--authorized-keys` may join.
    case keysAccepted(count: Int, file: String)
    /// A line of `--authorized-keys` that is not a key the server accepts.
    case keySkipped(file: String, line: Int, reason: AuthorizedKeys.SkipReason)
    /// The limits in force (the timeouts in seconds).
    case limits(maxSessions: Int, idleSeconds: Int, stallSeconds: Int)
    /// How to stop the server.
    case howToStop
    /// Someone joined.
    case joined(name: String, viewer: Bool, address: String, sessions: Int)
    /// Someone left.
    case left(name: String, sessions: Int)
    /// A failed authentication.
    case authenticationFailed(name: String, address: String)
    /// A request that the server refuses, logged.
    case refusedRequest(name: String, what: RefusedRequest)
    /// A session refused because the server is full, logged.
    case refusedFull(name: String, maxSessions: Int)
    /// A connection dropped for not reading its output.
    case droppedSlow(name: String)
    /// A session closed after the idle timeout.
    case closedIdle(name: String)
    /// The server is stopping.
    case stopping(sessions: Int)
    /// The server stopped.
    case stopped

    // To participants, on their terminal
    /// The server is full.
    case fullForParticipant(maxSessions: Int)
    /// Only an interactive session is served.
    case onlyInteractive
    /// `ssh -T`: no terminal was asked for.
    case needsTerminal
    /// The session ended for lack of input (the timeout in seconds).
    case idleForParticipant(seconds: Int)
    /// The server is stopping.
    case stoppingForParticipant

    // Problems starting
    /// `--listen` that is not ADDRESS:PORT.
    case badListen(String)
    /// The server cannot listen there.
    case cannotListen(address: String, reason: String)
    /// The host key cannot be read or made.
    case hostKeyProblem(path: String, problem: HostKeyStore.Problem)
    /// `--authorized-keys` cannot be read.
    case cannotReadKeys(file: String, reason: String)
    /// Only keys would let editors in, and the file holds none the server accepts.
    case noUsableKeys(file: String)
    /// An editor process cannot be started.
    case cannotStartEditor(reason: String)
    /// `--max-sessions` that is not a number of 1 or more.
    case badMaxSessions(String)
    /// `--idle-timeout` or `--stall-timeout` that is not a duration such as `90s` or `30m`.
    case badDuration(option: String, given: String)
    /// An option without its value.
    case missingValue(String)
    /// An argument journey serve does not take.
    case unexpectedArgument(String)
    /// No map named.
    case missingMap
    /// `--passphrase` with no words.
    case emptyPassphrase
    /// The `journey` executable is not beside `journey-serve`.
    case editorMissing(String)

    public func text(in language: Language) -> String {
        switch self {
        case .serving(let map, let address):
            language.choose(en: "Serving \(map) over SSH on \(address)", es: "Sirviendo \(map) por SSH en \(address)")
        case .fingerprint(let fingerprint):
            language.choose(en: "Host key fingerprint: \(fingerprint)", es: "Huella de la clave del servidor: \(fingerprint)")
        case .joinAsEditor(let host, let port, let passphrase):
            language.choose(en: "To join and edit, with your name instead of NAME:\n    \(Self.sshCommand(host, port, language))",
                            es: "Para unirse y editar, con su nombre en lugar de NOMBRE:\n    \(Self.sshCommand(host, port, language))")
                + (passphrase.map { language.choose(en: "\n  passphrase: \($0)", es: "\n  frase de paso: \($0)") }
                    ?? language.choose(en: "\n  with a key from --authorized-keys", es: "\n  con una clave de --authorized-keys"))
        case .joinAsViewer(let host, let port, let passphrase):
            language.choose(en: "To join and only watch:\n    \(Self.sshCommand(host, port, language))\n  passphrase: \(passphrase)",
                            es: "Para unirse y solo mirar:\n    \(Self.sshCommand(host, port, language))\n  frase de paso: \(passphrase)")
        case .keysAccepted(let count, let file):
            language.choose(en: "Also accepted: \(language.count(count, one: "key", other: "keys")) from \(file)",
                            es: "También se aceptan: \(language.count(count, one: "clave", other: "claves")) de \(file)")
        case .keySkipped(let file, let line, .unsupportedType(let type)):
            language.choose(en: "\(file):\(line): skipped: '\(type)' is not an Ed25519 or ECDSA key",
                            es: "\(file):\(line): omitida: '\(type)' no es una clave Ed25519 ni ECDSA")
        case .keySkipped(let file, let line, .unreadable):
            language.choose(en: "\(file):\(line): skipped: the key cannot be read", es: "\(file):\(line): omitida: la clave no se puede leer")
        case .limits(let maxSessions, let idleSeconds, let stallSeconds):
            language.choose(en: "At most \(language.count(maxSessions, one: "session", other: "sessions")); a session ends after \(WrittenDuration.words(idleSeconds, in: language)) without input, "
                                + "and a connection that stops reading is dropped after \(WrittenDuration.words(stallSeconds, in: language)).",
                            es: "Como mucho \(language.count(maxSessions, one: "sesión", other: "sesiones")); una sesión termina tras \(WrittenDuration.words(idleSeconds, in: language)) sin actividad, "
                                + "y una conexión que deja de leer se corta tras \(WrittenDuration.words(stallSeconds, in: language)).")
        case .howToStop:
            language.choose(en: "Ctrl-C stops the server; every editor saves its changes first.",
                            es: "Ctrl-C detiene el servidor; antes, cada editor guarda sus cambios.")
        case .joined(let name, let viewer, let address, let sessions):
            language.choose(en: "+ \(name) joined \(viewer ? "as a viewer" : "to edit") from \(address) (\(language.count(sessions, one: "session", other: "sessions")))",
                            es: "+ \(name) se ha unido \(viewer ? "para mirar" : "para editar") desde \(address) (\(language.count(sessions, one: "sesión", other: "sesiones")))")
        case .left(let name, let sessions):
            language.choose(en: "- \(name) left (\(language.count(sessions, one: "session", other: "sessions")))",
                            es: "- \(name) se ha ido (\(language.count(sessions, one: "sesión", other: "sesiones")))")
        case .authenticationFailed(let name, let address):
            language.choose(en: "! refused '\(name)' from \(address): wrong passphrase or unknown key",
                            es: "! rechazado '\(name)' desde \(address): frase de paso errónea o clave desconocida")
        case .refusedRequest(let name, let what):
            language.choose(en: "! refused from '\(name)': ", es: "! rechazado de '\(name)': ") + what.text(in: language)
        case .refusedFull(let name, let maxSessions):
            language.choose(en: "! refused '\(name)': already \(language.count(maxSessions, one: "session", other: "sessions"))",
                            es: "! rechazado '\(name)': ya hay \(language.count(maxSessions, one: "sesión", other: "sesiones"))")
        case .droppedSlow(let name):
            language.choose(en: "! dropped '\(name)': the connection stopped reading", es: "! desconectado '\(name)': la conexión dejó de leer")
        case .closedIdle(let name):
            language.choose(en: "- \(name): closed after no input", es: "- \(name): cerrada por inactividad")
        case .stopping(let sessions):
            language.choose(en: "Stopping: ending \(language.count(sessions, one: "session", other: "sessions"))…",
                            es: "Deteniendo: cerrando \(language.count(sessions, one: "sesión", other: "sesiones"))…")
        case .stopped:
            language.choose(en: "Stopped.", es: "Detenido.")

        case .fullForParticipant(let maxSessions):
            language.choose(en: "journey serve: the map already has \(language.count(maxSessions, one: "session", other: "sessions")), the most this server allows; try again later.",
                            es: "journey serve: el mapa ya tiene \(language.count(maxSessions, one: "sesión", other: "sesiones")), el máximo que permite este servidor; inténtelo más tarde.")
        case .onlyInteractive:
            language.choose(en: "journey serve: only an interactive session is served here (no commands, files or forwarding).",
                            es: "journey serve: aquí solo se sirve una sesión interactiva (ni comandos, ni archivos, ni redirecciones).")
        case .needsTerminal:
            language.choose(en: "journey serve: the editor needs a terminal; connect without -T (or with -t).",
                            es: "journey serve: el editor necesita un terminal; conéctese sin -T (o con -t).")
        case .idleForParticipant(let seconds):
            language.choose(en: "journey serve: session closed after \(WrittenDuration.words(seconds, in: language)) without input.",
                            es: "journey serve: sesión cerrada tras \(WrittenDuration.words(seconds, in: language)) sin actividad.")
        case .stoppingForParticipant:
            language.choose(en: "journey serve: the server is stopping.", es: "journey serve: el servidor se está deteniendo.")

        case .badListen(let given):
            language.choose(en: "--listen takes ADDRESS:PORT (such as 127.0.0.1:2222 or [::1]:2222), not '\(given)'",
                            es: "--listen admite DIRECCIÓN:PUERTO (como 127.0.0.1:2222 o [::1]:2222), no '\(given)'")
        case .cannotListen(let address, let reason):
            language.choose(en: "Cannot listen on \(address): \(reason)", es: "No se puede escuchar en \(address): \(reason)")
        case .hostKeyProblem(let path, let problem):
            language.choose(en: "\(path): cannot use the host key: ", es: "\(path): no se puede usar la clave del servidor: ") + {
                switch problem {
                case .readableByOthers(let mode):
                    language.choose(en: "its mode is \(mode); make it private with chmod 600 \(path)",
                                    es: "su modo es \(mode); hágala privada con chmod 600 \(path)")
                case .notAKey:
                    language.choose(en: "it holds no Ed25519 key made by journey serve", es: "no contiene una clave Ed25519 hecha por journey serve")
                case .system(let reason):
                    reason
                }
            }()
        case .cannotReadKeys(let file, let reason):
            language.choose(en: "\(file): cannot read the authorized keys: \(reason)", es: "\(file): no se pueden leer las claves autorizadas: \(reason)")
        case .noUsableKeys(let file):
            language.choose(
                en: "\(file) holds no key journey serve accepts (Ed25519 or ECDSA) and no --passphrase was given: nobody could join. Add a key, or give a passphrase.",
                es: "\(file) no contiene ninguna clave que journey serve acepte (Ed25519 o ECDSA) y no se dio --passphrase: nadie podría entrar. Añade una clave o da una frase de paso.")
        case .cannotStartEditor(let reason):
            language.choose(en: "Cannot start an editor: \(reason)", es: "No se puede iniciar un editor: \(reason)")
        case .badMaxSessions(let given):
            language.choose(en: "--max-sessions takes a number of 1 or more, not '\(given)'", es: "--max-sessions admite un número de 1 o más, no '\(given)'")
        case .badDuration(let option, let given):
            language.choose(en: "\(option) takes a duration from 1s to 24h, such as 90s, 30m or 1h30m (a bare number is minutes), not '\(given)'",
                            es: "\(option) admite una duración de 1s a 24h, como 90s, 30m o 1h30m (un número solo son minutos), no '\(given)'")
        case .missingValue(let option):
            language.choose(en: "\(option) needs a value", es: "\(option) necesita un valor")
        case .unexpectedArgument(let argument):
            language.choose(en: "journey serve does not take '\(argument)'; see journey serve --help",
                            es: "journey serve no admite '\(argument)'; consulte journey serve --help")
        case .missingMap:
            language.choose(en: "Name the map to serve: journey serve MAP", es: "Indique el mapa que servir: journey serve MAPA")
        case .emptyPassphrase:
            language.choose(en: "--passphrase needs at least one word", es: "--passphrase necesita al menos una palabra")
        case .editorMissing(let path):
            language.choose(en: "\(path): not found; journey serve runs the journey executable installed beside it",
                            es: "\(path): no existe; journey serve ejecuta el programa journey instalado a su lado")
        }
    }

    /// `ssh -p PORT NAME@HOST` (port 22 left out), with NAME in the language.
    static func sshCommand(_ host: String, _ port: Int, _ language: Language) -> String {
        let user = language.choose(en: "NAME", es: "NOMBRE")
        let target = host.contains(":") ? "\(user)@\(host)" : "\(user)@\(host)"
        return port == 22 ? "ssh \(target)" : "ssh -p \(port) \(target)"
    }
}

/// A request the server refuses, as its log names it.
public enum RefusedRequest: Localized, Hashable {
    case exec, subsystem(String), shellWithoutTerminal, secondSession, tcpipForward, directTCPIP, forwardedTCPIP

    public func text(in language: Language) -> String {
        switch self {
        case .exec: language.choose(en: "a command (exec)", es: "un comando (exec)")
        case .subsystem(let name): language.choose(en: "the subsystem \(name)", es: "el subsistema \(name)")
        case .shellWithoutTerminal: language.choose(en: "a session without a terminal", es: "una sesión sin terminal")
        case .secondSession: language.choose(en: "a second session on one connection", es: "una segunda sesión en una conexión")
        case .tcpipForward: language.choose(en: "remote port forwarding (tcpip-forward)", es: "la redirección de puertos remota (tcpip-forward)")
        case .directTCPIP: language.choose(en: "local port forwarding (direct-tcpip)", es: "la redirección de puertos local (direct-tcpip)")
        case .forwardedTCPIP: language.choose(en: "a forwarded-tcpip channel", es: "un canal forwarded-tcpip")
        }
    }
}
