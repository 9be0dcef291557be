/// Replaces a file's contents so that, whatever happens (a crash, a full disk, a lost
/// connection), the file holds either its old contents or its new ones, whole.
///
/// It writes a temporary file in the same folder, flushes it to the disk, gives it the old file's
/// permission bits, renames it over the file and flushes the folder. When the path is a symbolic
/// link, the link's target is replaced and the link kept. On any failure the temporary file is
/// removed and the old file is left as it was.
///
/// ```swift
/// try AtomicFileWriter().write(Array(text.utf8), to: "shop.journey")
/// ```
public struct AtomicFileWriter: Sendable {
    /// The file system written to; tests pass one that fails on purpose.
    public let fileSystem: any FileSystem

    /// Creates a writer over a file system (the machine's by default).
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Writes `bytes` to `path`, atomically.
    ///
    /// - Parameter permissions: the permission bits for a new file; an existing file keeps its own.
    ///   Defaults to `0o666` less the process's file-creation mask, as for any new file.
    public func write(_ bytes: [UInt8], to path: String, permissions: UInt32? = nil) throws(FileError) {
        let target = try resolveLinks(path)
        let (directory, name) = FilePathParts.split(target)
        if let existing = try fileSystem.status(target), existing.isDirectory {
            throw FileError(path: path, problem: .saveOverFolder)
        }
        let mode = try fileSystem.status(target)?.permissions ?? permissions ?? (0o666 & ~fileSystem.creationMask())
        if let folder = try fileSystem.status(directory.isEmpty ? "." : directory) {
            guard folder.isDirectory else { throw FileError(path: directory, problem: .notAFolder) }
        } else {
            throw FileError(path: path, problem: .folderMissing(directory.isEmpty ? "." : directory))
        }
        let temporary = try fileSystem.createTemporaryFile(in: directory, prefix: "." + name + ".saving-")
        var open = true
        do {
            try fileSystem.write(bytes, to: temporary.descriptor, path: temporary.path)
            try fileSystem.synchronize(temporary.descriptor, path: temporary.path)
            open = false
            try fileSystem.close(temporary.descriptor, path: temporary.path)
            try fileSystem.setPermissions(mode, of: temporary.path)
            try fileSystem.rename(temporary.path, to: target)
        } catch {
            if open { try? fileSystem.close(temporary.descriptor, path: temporary.path) }
            try? fileSystem.removeFile(temporary.path)
            throw FileError(path: path, problem: error.problem, code: error.code)
        }
        // The new contents are in place; a folder that cannot be flushed does not undo that.
        try? fileSystem.synchronizeDirectory(directory.isEmpty ? "." : directory)
    }

    /// Follows symbolic links (up to 32) to the file they finally name.
    func resolveLinks(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<32 {
            guard let target = try fileSystem.linkTarget(current) else { return current }
            if target.hasPrefix("/") {
                current = target
            } else {
                let (directory, _) = FilePathParts.split(current)
                current = directory.isEmpty ? target : directory + "/" + target
            }
        }
        throw FileError(path: path, problem: .tooManyLinks)
    }

}
