import JourneyEditor
import JourneyKit
import Synchronization

/// Looks at the map's file now and then and says when it is no longer what the editor last read
/// or wrote. Cheap when nothing happened: the file is read again only when its size or
/// modification time changed, and decoded only when what it holds is not a version the editor
/// already has. The session runs it on its worker, off the key path.
final class FileWatcher: Sendable {
    /// What the file held when it was last read.
    private enum Seen {
        case deleted
        /// Its version, with the change it makes once decoded (`nil` until it is needed).
        case version(FileVersion, change: OutsideChange?)
        /// It could not be read (a folder, no permission): nothing to say.
        case nothing
    }

    private struct Memory {
        var status: FileStatus??
        var seen: Seen = .nothing
        /// The version this editor wrote last: never news, even to a look that was asked for
        /// before the editor learnt that its save was done (it would otherwise decode the whole
        /// file it has just written).
        var written: FileVersion?
    }

    private let path: String
    private let fileSystem: any FileSystem
    /// The language of the reason given for a file that cannot be read.
    private let language: Language
    private let memory = Mutex(Memory())

    init(path: String, fileSystem: any FileSystem, language: Language = .english) {
        self.path = path
        self.fileSystem = fileSystem
        self.language = language
    }

    /// What the file holds now, if that is not `known` (the version the editor has) and not
    /// `noticed` (already reported).
    func check(known: FileVersion?, noticed: FileVersion?) -> OutsideChange? {
        let status: FileStatus?
        do {
            status = try fileSystem.status(path)
        } catch {
            return nil  // cannot look (a network share hiccup): try again later
        }
        return memory.withLock { memory in
            // Two writes within one tick of the file system's clock can leave the same size and
            // time: when what was seen is neither what the editor has nor what it was told, the
            // contents decide, so that an older version is never reported after a newer one.
            let unsure: Bool
            if case .version(let seen, _) = memory.seen {
                unsure = seen != known && seen != noticed && seen != memory.written
            } else {
                unsure = false
            }
            if memory.status.map({ $0 != status }) ?? true || unsure {
                memory.status = .some(status)
                memory.seen = read(status, known: known, noticed: noticed, written: memory.written)
                // Once the file holds something else, what this editor wrote is history: should
                // the file ever hold those bytes again, that is news like any other version.
                if case .version(let seen, _) = memory.seen, seen != memory.written { memory.written = nil }
            }
            switch memory.seen {
            case .nothing:
                return nil
            case .deleted:
                return known == nil || known == .absent || noticed == .absent ? nil : .deleted
            case .version(let version, let change):
                guard version != known, version != noticed, version != memory.written else { return nil }
                if let change { return change }
                let decoded = decode(version)
                memory.seen = .version(version, change: decoded)
                return decoded
            }
        }
    }

    /// Remembers that this editor just wrote `version` (with the folder locked, so the file is
    /// still that version): the watch does not read it back.
    func noteWritten(_ version: FileVersion) {
        guard let status = try? fileSystem.status(path), status.size == version.size else { return }
        memory.withLock { memory in
            memory.status = .some(status)
            memory.seen = .version(version, change: nil)
            memory.written = version
        }
    }

    /// What the file holds; decoded from the same bytes when it is news (read once, not twice).
    private func read(_ status: FileStatus?, known: FileVersion?, noticed: FileVersion?, written: FileVersion?) -> Seen {
        guard let status else { return .deleted }
        guard !status.isDirectory, let bytes = try? fileSystem.readFile(path) else { return .nothing }
        let version = FileVersion(contents: bytes)
        guard version != known, version != noticed, version != written else { return .version(version, change: nil) }
        return .version(version, change: decode(bytes, version: version))
    }

    /// The change the file makes, read again (it is decoded only when its version is news).
    private func decode(_ version: FileVersion) -> OutsideChange? {
        guard let bytes = try? fileSystem.readFile(path) else { return nil }
        return decode(bytes, version: FileVersion(contents: bytes))
    }

    private func decode(_ bytes: [UInt8], version current: FileVersion) -> OutsideChange? {
        do {
            return .modified(try MapFile.decode(bytes, path: path, format: .journey), version: current)
        } catch {
            return .unreadable(reason: error.text(in: language), version: current)
        }
    }
}
