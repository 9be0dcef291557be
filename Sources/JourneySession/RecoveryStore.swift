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
///
/// Beside it, `.NAME.PID.recovery-base` holds the map those changes were made against (the map
/// as the editor last read or wrote the file), written after the recovery file and only when that
/// base changed since it was last written, so that typing on a huge map does not write two large
/// files each time. Restoring applies only the changes from that base onto the map as it is then,
/// keeping what others saved after the crash. It goes with its recovery file; a recovery file
/// without one (written by older versions) is restored whole.
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
    /// This session's record of the map its unsaved changes are based on.
    public var basePath: String { Self.basePath(of: path) }

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

    /// Writes the map the unsaved changes are based on beside the recovery file, atomically,
    /// readable only by the user.
    public func writeBase(_ map: JourneyMap) throws(FileError) {
        try AtomicFileWriter(fileSystem: fileSystem).write(JourneyWriter.bytes(for: map), to: basePath, permissions: 0o600)
    }

    /// Removes this session's recovery file and its base, if there are.
    public func remove() {
        remove(path)
    }

    /// The path of the base recorded beside a recovery file.
    public static func basePath(of recoveryPath: String) -> String {
        recoveryPath + "-base"
    }

    /// The map the changes in a left-behind recovery file were made against, when it records one
    /// that can be read.
    public func base(of file: LeftBehind) -> JourneyMap? {
        let path = Self.basePath(of: file.path)
        guard exists(path) else { return nil }
        return try? MapFile.read(path, format: .journey, fileSystem: fileSystem)
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
    /// contents equal the map as read), and its base.
    public func remove(_ path: String) {
        try? fileSystem.removeFile(path)
        try? fileSystem.removeFile(Self.basePath(of: path))
    }

    /// Removes the bases of editors that are not running whose recovery file is gone (an editor
    /// that ended between removing the two).
    public func removeStrayBases(isRunning: (Int32) -> Bool = ProcessProbe.isJourneyRunning) {
        guard let entries = try? fileSystem.directoryEntries(sidecars.directory) else { return }
        let recoveries = Set(sidecars.existing(kind: "recovery", in: entries).map(\.path))
        for base in sidecars.existing(kind: "recovery-base", in: entries)
        where base.path != basePath && !recoveries.contains(String(base.path.dropLast(5))) && !isRunning(base.processID) {
            try? fileSystem.removeFile(base.path)
        }
    }

    /// Makes a left-behind recovery file, and its base, this session's own (after its changes
    /// were restored).
    public func adopt(_ file: LeftBehind) throws(FileError) {
        try fileSystem.rename(file.path, to: path)
        let base = Self.basePath(of: file.path)
        if exists(base) {
            try? fileSystem.rename(base, to: basePath)
        } else {
            try? fileSystem.removeFile(basePath)
        }
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
        // The map set aside is whole; what it was based on was in the map's file.
        try? fileSystem.removeFile(Self.basePath(of: file.path))
        return candidate
    }

    private func exists(_ path: String) -> Bool {
        ((try? fileSystem.status(path)) ?? nil) != nil
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
