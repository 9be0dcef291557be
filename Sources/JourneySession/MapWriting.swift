import Foundation
import JourneyEditor
import JourneyKit

/// The work of a save and of an export: checks on disk, rendering and atomic writing. Runs on the
/// session's ``EffectWorker``, never on the key path.
enum MapWriting {
    /// What a save tells others around writing the map, while the folder is locked.
    struct Hooks: Sendable {
        /// Just before the new version replaces the file (the presence file says who wrote it).
        var beforeReplacing: @Sendable (FileVersion) -> Void = { _ in }
        /// Once the new version is in place (the file watch remembers it, so as not to read it back).
        var afterWriting: @Sendable (FileVersion) -> Void = { _ in }
    }

    /// Saves a map as the request says, after checking that nobody's work on disk is overwritten
    /// unseen. The check and the write happen under the folder's lock (see ``FolderLock``).
    static func save(_ request: SaveRequest, fileSystem: any FileSystem, hooks: Hooks = Hooks()) -> SaveOutcome {
        let path = expandingHome(request.path)
        return FolderLock.holding(FilePathParts.split(path).directory) {
            saveLocked(request, path: path, fileSystem: fileSystem, hooks: hooks)
        }
    }

    private static func saveLocked(_ request: SaveRequest, path: String, fileSystem: any FileSystem, hooks: Hooks) -> SaveOutcome {
        switch request.check {
        case .none:
            break
        case .createOnly:
            if let existing = try? fileSystem.status(path) {
                return .failed(path: request.path, reason: existing.isDirectory ? .isFolder : .exists(path: request.path))
            }
        case .expect(let expected):
            // The file is read once: its version and, when it changed, the map it holds.
            let onDisk: [UInt8]?
            do {
                onDisk = try fileSystem.status(path) == nil ? nil : try fileSystem.readFile(path)
            } catch {
                return .failed(path: request.path, reason: .cannotCheck(error.problem))
            }
            if let onDisk, FileVersion(contents: onDisk) != expected {
                do {
                    let theirs = try MapFile.decode(onDisk, path: path, format: .journey)
                    return .changedOnDisk(request, theirs: theirs, version: FileVersion(contents: onDisk))
                } catch {
                    return .failed(path: request.path, reason: .unreadableOnDisk(reason: "\(error)"))
                }
            }
        }
        let bytes = JourneyWriter.bytes(for: request.map)
        let version = FileVersion(contents: bytes)
        hooks.beforeReplacing(version)
        do {
            try AtomicFileWriter(fileSystem: fileSystem).write(bytes, to: path)
        } catch {
            return .failed(path: request.path, reason: .writeFailed(error.problem))
        }
        hooks.afterWriting(version)
        return .saved(request, version: version)
    }

    /// Renders the map in the request's format and writes it; the event says how it went.
    static func export(_ request: ExportRequest, fileSystem: any FileSystem) -> EditorEvent {
        let contents: String
        do throws(FormatError) {
            guard let format = FormatRegistry.named(request.format) else { throw .cannotExport(request.format) }
            contents = try format.export(request.map, language: request.language)
        } catch {
            return .exportFinished(path: request.path, error: error.text(in: request.language))
        }
        do {
            try AtomicFileWriter(fileSystem: fileSystem).write(Array(contents.utf8), to: expandingHome(request.path))
            return .exportFinished(path: request.path, error: nil)
        } catch {
            return .exportFinished(path: request.path, error: error.reason)
        }
    }

    /// `~/x` as the home folder's `x`; other paths unchanged.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}

extension SaveCheck {
    /// Whether two checks are of the same kind (the versions they expect may differ).
    static func sameKind(_ first: SaveCheck, _ second: SaveCheck) -> Bool {
        switch (first, second) {
        case (.none, .none), (.createOnly, .createOnly), (.expect, .expect): true
        default: false
        }
    }
}
