import JourneyKit

/// Another `journey` editor that has the same map open, as its presence file tells.
public struct OtherEditor: Sendable, Hashable {
    /// Who runs it: the name given with `--name`, or the user's name.
    public var user: String
    /// On which machine.
    public var host: String
    /// Its process identifier.
    public var processID: Int32
    /// Since when, as shown to the user.
    public var since: String
    /// The cell its cursor is on, if it said.
    public var cursor: CellKeys?
    /// The cell it has a prompt open on (a note or a cell's text being typed), if any.
    public var editing: CellKeys?
    /// The version of the map file it wrote last, so that a change read from the file can be
    /// put down to who made it.
    public var lastWrite: FileVersion?
    /// Where its last write kept its own value over one written at the same moment by the editor
    /// ``clashedWith`` names.
    public var clashes: [MergeConflict.Location]
    /// The process whose values its last write replaced in ``clashes``.
    public var clashedWith: Int32?
    /// Whether it works live (shares each change at once) rather than saving when told.
    public var isLive: Bool

    /// Creates a description.
    public init(user: String, host: String, processID: Int32, since: String, cursor: CellKeys? = nil, editing: CellKeys? = nil,
                lastWrite: FileVersion? = nil, clashes: [MergeConflict.Location] = [], clashedWith: Int32? = nil, isLive: Bool = false) {
        self.user = user
        self.host = host
        self.processID = processID
        self.since = since
        self.cursor = cursor
        self.editing = editing
        self.lastWrite = lastWrite
        self.clashes = clashes
        self.clashedWith = clashedWith
        self.isLive = isLive
    }

    /// "alice (pid 4242 on studio) since 15:32".
    public var description: String {
        "\(user) (pid \(processID)\(host.isEmpty ? "" : " on " + host)) since \(since)"
    }

    /// The mark shown on the cell its cursor is on: the first letter of its name, capitalised.
    public var initial: String {
        user.first { $0.isLetter || $0.isNumber }.map { String($0).uppercased() } ?? "?"
    }

    /// Whether it is on a stage (or touchpoint) with this key: its cursor or a prompt there.
    func isWorking(on axis: MapAxis, key: String) -> Bool {
        [cursor, editing].contains { keys in
            guard let keys else { return false }
            return (axis == .stage ? keys.stage : keys.touchpoint) == key
        }
    }
}
