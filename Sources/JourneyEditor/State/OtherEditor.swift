/// Another `journey` editor that has the same map open, as its presence file tells.
public struct OtherEditor: Sendable, Hashable {
    /// Who runs it.
    public var user: String
    /// On which machine.
    public var host: String
    /// Its process identifier.
    public var processID: Int32
    /// Since when, as shown to the user.
    public var since: String

    /// Creates a description.
    public init(user: String, host: String, processID: Int32, since: String) {
        self.user = user
        self.host = host
        self.processID = processID
        self.since = since
    }

    /// "alice (pid 4242 on studio) since 15:32".
    public var description: String {
        "\(user) (pid \(processID)\(host.isEmpty ? "" : " on " + host)) since \(since)"
    }
}
