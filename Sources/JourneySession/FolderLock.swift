#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on the map's folder, held by a save from the moment it looks at the file on
/// disk until its own version is in place, so that two editors on one machine never both
/// check, then both write: the second one always sees (and merges) what the first wrote.
///
/// It is `flock` on the folder itself, so no lock file is left beside the map; where the folder
/// cannot be locked (a file system without `flock`), the save goes on unlocked, as before.
enum FolderLock {
    /// Runs `body` holding the lock on `directory` ("" for the current folder).
    static func holding<Result>(_ directory: String, _ body: () -> Result) -> Result {
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return body() }
        defer { close(descriptor) }
        var locked = false
        for _ in 0..<500 {  // at most about 5 s, then write anyway rather than hang
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                locked = true
                break
            }
            guard errno == EWOULDBLOCK || errno == EINTR else { break }
            usleep(10_000)
        }
        defer { if locked { flock(descriptor, LOCK_UN) } }
        return body()
    }
}
