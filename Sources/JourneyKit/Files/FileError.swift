import Glibc

/// A file operation that failed, with the path and a message a person can act on.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path the operation was about.
    public var path: String
    /// What failed, such as "the disk is full".
    public var reason: String
    /// The system's error number, when the failure came from the system.
    public var code: Int32?

    /// Creates an error.
    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    /// An error from a failed system call: the error number turned into a plain reason.
    public init(path: String, operation: String, errno code: Int32) {
        self.path = path
        self.code = code
        self.reason = "\(operation): \(FileError.explanation(of: code))"
    }

    /// `path: reason`, with control characters escaped (see ``TerminalSafeText``).
    public var description: String { TerminalSafeText.escaping("\(path): \(reason)") }

    /// Plain words for the error numbers a save meets, the system's text for the rest.
    public static func explanation(of code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case EROFS: return "the file system is read-only"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such file or directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case EISDIR: return "it is a directory"
        case EIO: return "an input/output error (the disk or network share failed)"
        case EXDEV: return "the temporary file is on another file system"
        case ELOOP: return "too many symbolic links"
        case ENAMETOOLONG: return "the name is too long"
        default: return String(cString: strerror(code))
        }
    }
}
