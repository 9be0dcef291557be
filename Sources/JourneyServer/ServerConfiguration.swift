import JourneyKit

/// Everything `journey serve` is told: which map, where to listen, who may join, and the limits.
public struct ServerConfiguration: Sendable {
    /// The map every participant edits (an absolute path).
    public var mapPath: String
    /// Where to listen.
    public var listen: ListenAddress
    /// The passphrase of editors; `nil` when only keys let editors in.
    public var passphrase: Passphrase?
    /// The passphrase of read-only sessions, with `--viewers`.
    public var viewerPassphrase: Passphrase?
    /// The keys that let editors in, from `--authorized-keys`.
    public var authorizedKeys: AuthorizedKeys
    /// The file the keys came from, for the start-up message.
    public var authorizedKeysFile: String?
    /// The most sessions at once.
    public var maxSessions: Int
    /// How long a session may go without input before it is closed, in seconds.
    public var idleTimeout: Int64
    /// How long a connection may leave its output unread before it is dropped, in seconds: from
    /// the moment the client's SSH window and the connection's send buffer (256 KiB) are full.
    public var stallTimeout: Int64
    /// How long a failed authentication waits before it is answered, in milliseconds.
    public var failureDelay: Int64 = 1500
    /// The `journey` executable that runs each participant's editor.
    public var editorExecutable: String
    /// The server's language: its own output, and participants' messages unless their LANG says another.
    public var language: Language
    /// The server's environment, from which the editors get PATH, HOME and the language fallback.
    public var environment: [String: String]

    public init(mapPath: String, listen: ListenAddress = .loopback, passphrase: Passphrase?, viewerPassphrase: Passphrase?,
                authorizedKeys: AuthorizedKeys, maxSessions: Int = 30, idleTimeout: Int64 = 30 * 60, stallTimeout: Int64 = 60,
                editorExecutable: String, language: Language, environment: [String: String]) {
        self.mapPath = mapPath
        self.listen = listen
        self.passphrase = passphrase
        self.viewerPassphrase = viewerPassphrase
        self.authorizedKeys = authorizedKeys
        self.maxSessions = maxSessions
        self.idleTimeout = idleTimeout
        self.stallTimeout = stallTimeout
        self.editorExecutable = editorExecutable
        self.language = language
        self.environment = environment
    }
}
