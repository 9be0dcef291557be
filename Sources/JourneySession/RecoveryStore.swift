import Foundation
import JourneyEditor
import JourneyKit

/// The recovery file of an editing session, and those that editors which did not end normally
/// left beside the same map.
///
/// While a map has unsaved changes, the session writes them (atomically, readable only by the
/// user) to `.NAME.PID.recovery` beside the map a few seconds after the last change and when a
/// signal ends the editor; it removes the file after a successful save or a deliberate quit. A
/// file whose editor is no longer running holds changes that were never saved: the next editor
/// to open the map offers to restore them.
public struct RecoveryStore: Sendable {
    /// A recovery file left by an editor that is no longer running.
    public struct LeftBehind: Sendable, Equatable {
        /// Its path.
        public var path: String
        /// The identifier the editor that wrote it had.
        public var processID: Int32
        /// When it was last written, in seconds since 1970.
        public var modificationTime: Double
    }

    private let fileSystem: any FileSystem
    private let sidecars: SidecarFiles
    /// This session's recovery file.
    public let path: String

    /// The recovery store for a map, for the editor with process identifier `processID`.
    public init(mapPath: String, processID: Int32 = ProcessProbe.currentID, fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
        sidecars = SidecarFiles(mapPath: mapPath)
        path = sidecars.path(kind: "recovery", processID: processID)
    }

    /// Writes the map to this session's recovery file, atomically, readable only by the user.
    public func write(_ map: JourneyMap) throws(FileError) {
        try AtomicFileWriter(fileSystem: fileSystem).write(JourneyWriter.bytes(for: map), to: path, permissions: 0o600)
    }

    /// Removes this session's recovery file, if there is one.
    public func remove() {
        try? fileSystem.removeFile(path)
    }

    /// The recovery files beside the map whose editors are not running, newest first.
    public func leftBehind(isRunning: (Int32) -> Bool = ProcessProbe.isJourneyRunning) -> [LeftBehind] {
        guard let entries = try? fileSystem.directoryEntries(sidecars.directory) else { return [] }
        return sidecars.existing(kind: "recovery", in: entries)
            .filter { $0.path != path && !isRunning($0.processID) }
            .compactMap { file in
                guard let status = try? fileSystem.status(file.path), !status.isDirectory else { return nil }
                return LeftBehind(path: file.path, processID: file.processID, modificationTime: status.modificationTime)
            }
            .sorted { $0.modificationTime > $1.modificationTime }
    }

    /// Deletes a recovery file that holds nothing the map file does not (used only for files whose
    /// contents equal the map as read).
    public func remove(_ path: String) {
        try? fileSystem.removeFile(path)
    }

    /// Makes a left-behind recovery file this session's own (after its changes were restored).
    public func adopt(_ file: LeftBehind) throws(FileError) {
        try fileSystem.rename(file.path, to: path)
    }

    /// Renames a left-behind recovery file to a visible name beside the map, such as
    /// `shop.recovered-20261123-153200.journey`, and returns that path.
    public func setAside(_ file: LeftBehind) throws(FileError) -> String {
        let stem = sidecars.mapName.hasSuffix(".journey") ? String(sidecars.mapName.dropLast(8)) : sidecars.mapName
        let stamp = Self.stamp(file.modificationTime)
        var candidate = sidecars.path("\(stem).recovered-\(stamp).journey")
        var number = 2
        while (try? fileSystem.status(candidate)) != nil, number < 1000 {
            candidate = sidecars.path("\(stem).recovered-\(stamp)-\(number).journey")
            number += 1
        }
        try fileSystem.rename(file.path, to: candidate)
        return candidate
    }

    /// `20261123-153200` in local time.
    static func stamp(_ time: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date(timeIntervalSince1970: time))
    }

    /// "today 15:32" (or "hoy 15:32") or "2026-11-20 09:10", in local time.
    public static func describe(_ time: Double, now: Date = Date(), language: Language = .english) -> String {
        let date = Date(timeIntervalSince1970: time)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        if Calendar.current.isDate(date, inSameDayAs: now) {
            formatter.dateFormat = "HH:mm"
            return language.choose(en: "today ", es: "hoy ") + formatter.string(from: date)
        }
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
