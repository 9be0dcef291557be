import Glibc

/// The machine's own file system, through the C library's calls.
public struct LocalFileSystem: FileSystem {
    /// Creates the file system.
    public init() {}

    public func readFile(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "cannot open", errno: errno) }
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(path: path, operation: "cannot read", errno: errno) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw FileError(path: path, operation: "cannot read", errno: EISDIR) }
        // As much as the file says it holds (a large file in two halves at once); a file that
        // grows meanwhile, or reports no size (a pipe), is read on in chunks.
        var result = try readStart(of: descriptor, count: Int(info.st_size), path: path)
        // `pread` leaves the file's offset alone: what follows reads on from the end of what was read.
        if !result.isEmpty, lseek(descriptor, off_t(result.count), SEEK_SET) < 0 {
            throw FileError(path: path, operation: "cannot read", errno: errno)
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "cannot read", errno: errno)
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// The first `count` bytes of a file (all of it when it is shorter), read without reading the rest.
    public func readStart(of path: String, count: Int) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "cannot open", errno: errno) }
        defer { _ = Glibc.close(descriptor) }
        return try readStart(of: descriptor, count: count, path: path)
    }

    private func readStart(of descriptor: Int32, count: Int, path: String) throws(FileError) -> [UInt8] {
        do throws(SplitRead.ReadFailure) {
            return try SplitRead.bytes(upTo: count, from: descriptor)
        } catch {
            throw FileError(path: path, operation: "cannot read", errno: error.errno)
        }
    }

    public func status(_ path: String) throws(FileError) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw FileError(path: path, operation: "cannot look at", errno: errno)
        }
        return FileStatus(
            isDirectory: (info.st_mode & S_IFMT) == S_IFDIR,
            permissions: UInt32(info.st_mode & 0o7777),
            size: Int(info.st_size),
            modificationTime: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    public func linkTarget(_ path: String) throws(FileError) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw FileError(path: path, operation: "cannot look at", errno: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { throw FileError(path: path, operation: "cannot read the link", errno: errno) }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func createTemporaryFile(in directory: String, prefix: String) throws(FileError) -> (descriptor: Int32, path: String) {
        var template = ((directory.isEmpty ? "." : directory) + "/" + prefix + "XXXXXX").utf8CString
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw FileError(path: directory.isEmpty ? "." : directory, operation: "cannot create a file in the folder", errno: errno)
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (descriptor, path)
    }

    public func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "cannot write", errno: errno)
            }
            offset += written
        }
    }

    public func synchronize(_ descriptor: Int32, path: String) throws(FileError) {
        guard fsync(descriptor) == 0 else { throw FileError(path: path, operation: "cannot flush to disk", errno: errno) }
    }

    public func close(_ descriptor: Int32, path: String) throws(FileError) {
        guard Glibc.close(descriptor) == 0 else { throw FileError(path: path, operation: "cannot close", errno: errno) }
    }

    public func setPermissions(_ permissions: UInt32, of path: String) throws(FileError) {
        guard chmod(path, mode_t(permissions)) == 0 else { throw FileError(path: path, operation: "cannot set permissions", errno: errno) }
    }

    public func rename(_ source: String, to destination: String) throws(FileError) {
        guard Glibc.rename(source, destination) == 0 else {
            throw FileError(path: destination, operation: "cannot replace the file", errno: errno)
        }
    }

    public func synchronizeDirectory(_ path: String) throws(FileError) {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "cannot open the folder", errno: errno) }
        defer { _ = Glibc.close(descriptor) }
        // Some file systems (network shares) cannot flush a directory; that is not a failed save.
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP {
            throw FileError(path: path, operation: "cannot flush the folder to disk", errno: errno)
        }
    }

    public func directoryEntries(_ path: String) throws(FileError) -> [String] {
        guard let directory = opendir(path.isEmpty ? "." : path) else {
            throw FileError(path: path, operation: "cannot list the folder", errno: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func removeFile(_ path: String) throws(FileError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw FileError(path: path, operation: "cannot delete", errno: errno) }
    }

    public func creationMask() -> UInt32 {
        // Linux reports the mask without changing it; `umask()` itself can only be read by setting it.
        if let status = try? readFile("/proc/self/status") {
            let text = String(decoding: status, as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("Umask:") {
                if let mask = UInt32(line.dropFirst(6).trimmingPrefix { $0 == " " || $0 == "\t" }, radix: 8) { return mask }
            }
        }
        return 0o022
    }
}
