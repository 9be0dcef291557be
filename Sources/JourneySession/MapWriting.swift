import Foundation
import JourneyEditor
import JourneyKit

/// The work of a save and of an export: checks on disk, rendering and atomic writing. Runs on the
/// session's ``EffectWorker``, never on the key path.
enum MapWriting {
    /// Saves a map as the request says, after checking that nobody's work on disk is overwritten
    /// unseen.
    static func save(_ request: SaveRequest, fileSystem: any FileSystem) -> SaveOutcome {
        let path = expandingHome(request.path)
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
                return .failed(path: request.path, reason: .cannotCheck(reason: error.reason))
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
        do {
            try AtomicFileWriter(fileSystem: fileSystem).write(bytes, to: path)
        } catch {
            return .failed(path: request.path, reason: .writeFailed(reason: error.reason))
        }
        return .saved(request, version: FileVersion(contents: bytes))
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
