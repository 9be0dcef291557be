import Foundation
import JourneyEditor
import JourneyKit

/// The file that tells other editors who has a map open: `.NAME.PID.open` beside the map, with
/// the user, the machine, the process and since when, written when the editor opens the map and
/// removed when it ends. While co-editing it also says where the editor's cursor is, which
/// version of the map it wrote last and what clashes that write won (see ``PresenceRecord``);
/// it is rewritten when those change.
public struct PresenceFile: Sendable {
    private let fileSystem: any FileSystem
    private let sidecars: SidecarFiles
    private let processID: Int32
    /// This editor's presence file.
    public let path: String

    /// The presence file of the editor with process identifier `processID` for a map.
    public init(mapPath: String, processID: Int32 = ProcessProbe.currentID, fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
        self.processID = processID
        sidecars = SidecarFiles(mapPath: mapPath)
        path = sidecars.path(kind: "open", processID: processID)
    }

    /// Writes this editor's presence file.
    public func write(user: String = ProcessProbe.displayName, host: String = ProcessProbe.hostName, since: Date = Date()) throws(FileError) {
        try write(PresenceRecord(user: user, host: host, since: Int(since.timeIntervalSince1970)))
    }

    /// Writes this editor's presence file with everything it says. It holds no data that matters
    /// after a crash, so it is not flushed to the disk: the rename alone makes it whole for readers.
    func write(_ record: PresenceRecord) throws(FileError) {
        let bytes = Array(record.text(processID: processID).utf8)
        let (directory, name) = FilePathParts.split(path)
        let temporary = try fileSystem.createTemporaryFile(in: directory, prefix: "." + name + ".saving-")
        do {
            try fileSystem.write(bytes, to: temporary.descriptor, path: temporary.path)
            try fileSystem.close(temporary.descriptor, path: temporary.path)
            try fileSystem.setPermissions(0o644, of: temporary.path)
            try fileSystem.rename(temporary.path, to: path)
        } catch {
            try? fileSystem.removeFile(temporary.path)
            throw error
        }
    }

    /// Removes this editor's presence file.
    public func remove() {
        try? fileSystem.removeFile(path)
    }

    /// The other editors that have the map open. Files left by editors on this machine that are
    /// no longer running are removed on the way.
    public func others(isRunning: (Int32) -> Bool = ProcessProbe.isJourneyRunning, host: String = ProcessProbe.hostName, language: Language = .english) -> [OtherEditor] {
        guard let entries = try? fileSystem.directoryEntries(sidecars.directory) else { return [] }
        var result: [OtherEditor] = []
        for file in sidecars.existing(kind: "open", in: entries) where file.processID != processID {
            guard let bytes = try? fileSystem.readFile(file.path), bytes.count < 8192 else { continue }
            let (fields, clashes) = PresenceRecord.parse(String(decoding: bytes, as: UTF8.self))
            let theirHost = fields["host"] ?? ""
            if theirHost == host && !isRunning(file.processID) {
                try? fileSystem.removeFile(file.path)  // holds no data: only who had the map open
                continue
            }
            let since = Double(fields["since"] ?? "").map { RecoveryStore.describe($0, language: language) } ?? "?"
            // The clashes its last write won matter here only when the values it replaced were this editor's.
            let clashedWithMe = Int32(fields["clash-with"] ?? "") == processID
            result.append(OtherEditor(
                user: PresenceRecord.oneLine(fields["user"] ?? "?"), host: theirHost == host ? "" : theirHost, processID: file.processID, since: since,
                cursor: PresenceRecord.cellKeys(fields["cursor"]), editing: PresenceRecord.cellKeys(fields["editing"]),
                lastWrite: PresenceRecord.version(fields["wrote"]), clashes: clashedWithMe ? clashes : [],
                clashedWith: Int32(fields["clash-with"] ?? ""), isLive: fields["live"] == "yes"))
        }
        return result.sorted { $0.processID < $1.processID }
    }
}
