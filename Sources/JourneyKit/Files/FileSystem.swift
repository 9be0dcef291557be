/// What is known about a path.
public struct FileStatus: Sendable, Hashable {
    /// Whether the path names a directory.
    public var isDirectory: Bool
    /// The permission bits (`0o644`…).
    public var permissions: UInt32
    /// The size in bytes.
    public var size: Int
    /// The last modification time, in seconds since 1970.
    public var modificationTime: Double

    /// Creates a status.
    public init(isDirectory: Bool, permissions: UInt32, size: Int, modificationTime: Double) {
        self.isDirectory = isDirectory
        self.permissions = permissions
        self.size = size
        self.modificationTime = modificationTime
    }
}

/// The file operations journey needs, one system call each, so that tests can put a fault at
/// any step of a save (a full disk at the write, a failing rename…) and check that nothing is lost.
///
/// ``LocalFileSystem`` is the real one. Paths are plain strings as the user gave them.
public protocol FileSystem: Sendable {
    /// The whole contents of a file.
    func readFile(_ path: String) throws(FileError) -> [UInt8]
    /// The status of a path after following symbolic links, or `nil` when nothing is there.
    func status(_ path: String) throws(FileError) -> FileStatus?
    /// Where a symbolic link points (as stored in the link), or `nil` when `path` is not a link.
    func linkTarget(_ path: String) throws(FileError) -> String?
    /// Creates a new, empty file with a unique name in `directory`, open for writing; returns its
    /// descriptor and path.
    func createTemporaryFile(in directory: String, prefix: String) throws(FileError) -> (descriptor: Int32, path: String)
    /// Writes all of `bytes` to an open file.
    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError)
    /// Flushes an open file to the disk.
    func synchronize(_ descriptor: Int32, path: String) throws(FileError)
    /// Closes an open file.
    func close(_ descriptor: Int32, path: String) throws(FileError)
    /// Sets a file's permission bits.
    func setPermissions(_ permissions: UInt32, of path: String) throws(FileError)
    /// Renames a file over another, atomically.
    func rename(_ source: String, to destination: String) throws(FileError)
    /// Flushes a directory's entries (a rename in it) to the disk.
    func synchronizeDirectory(_ path: String) throws(FileError)
    /// The names of the entries in a directory (without `.` and `..`), in no particular order.
    func directoryEntries(_ path: String) throws(FileError) -> [String]
    /// Deletes a file; missing files are not an error.
    func removeFile(_ path: String) throws(FileError)
    /// The process's file-creation mask, to give new files the usual permissions.
    func creationMask() -> UInt32
}
