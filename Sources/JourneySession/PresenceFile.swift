import Foundation
import JourneyEditor
import JourneyKit

/// The file that tells other editors who has a map open: `.NAME.PID.open` beside the map, with
/// the user, the machine, the process and since when, written when the editor opens the map and
/// removed when it ends.
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
    public func write(user: String = ProcessProbe.userName, host: String = ProcessProbe.hostName, since: Date = Date()) throws(FileError) {
        let text = "journey presence 1\nuser: \(user)\nhost: \(host)\npid: \(processID)\nsince: \(Int(since.timeIntervalSince1970))\n"
        try AtomicFileWriter(fileSystem: fileSystem).write(Array(text.utf8), to: path, permissions: 0o644)
    }

    /// Removes this editor's presence file.
    public func remove() {
        try? fileSystem.removeFile(path)
    }

    /// The other editors that have the map open. Files left by editors on this machine that are
    /// no longer running are removed on the way.
    public func others(isRunning: (Int32) -> Bool = ProcessProbe.isJourneyRunning, host: String = ProcessProbe.hostName) -> [OtherEditor] {
        guard let entries = try? fileSystem.directoryEntries(sidecars.directory) else { return [] }
        var result: [OtherEditor] = []
        for file in sidecars.existing(kind: "open", in: entries) where file.processID != processID {
            guard let bytes = try? fileSystem.readFile(file.path), bytes.count < 4096 else { continue }
            var fields: [String: String] = [:]
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let theirHost = fields["host"] ?? ""
            if theirHost == host && !isRunning(file.processID) {
                try? fileSystem.removeFile(file.path)  // holds no data: only who had the map open
                continue
            }
            let since = Double(fields["since"] ?? "").map { RecoveryStore.describe($0) } ?? "?"
            result.append(OtherEditor(user: fields["user"] ?? "?", host: theirHost == host ? "" : theirHost, processID: file.processID, since: since))
        }
        return result.sorted { $0.processID < $1.processID }
    }
}
