import JourneyEditor
import JourneyKit

/// Looks at the map's file now and then and says when it is no longer what the editor last read
/// or wrote. Cheap when nothing happened: the file is read again only when its size or
/// modification time changed.
final class FileWatcher {
    private let path: String
    private let fileSystem: any FileSystem
    private var lastStatus: FileStatus??
    private var lastChange: OutsideChange?

    init(path: String, fileSystem: any FileSystem) {
        self.path = path
        self.fileSystem = fileSystem
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
        if lastStatus.map({ $0 != status }) ?? true {
            lastStatus = .some(status)
            lastChange = read(status)
        }
        guard let change = lastChange else { return nil }
        switch change {
        case .modified(_, let version), .unreadable(_, let version):
            return version == known || version == noticed ? nil : change
        case .deleted:
            return known == nil || known == .absent || noticed == .absent ? nil : change
        }
    }

    private func read(_ status: FileStatus?) -> OutsideChange? {
        guard let status else { return .deleted }
        guard !status.isDirectory, let bytes = try? fileSystem.readFile(path) else { return nil }
        let version = FileVersion(contents: bytes)
        do {
            return .modified(try MapFile.decode(bytes, path: path, format: .journey), version: version)
        } catch {
            return .unreadable(reason: error.description, version: version)
        }
    }
}
