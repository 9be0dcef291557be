import Glibc

/// Unbuffered writes to standard output and standard error, through the file descriptors (the C
/// library's `stdout` and `stderr` are shared mutable state that Swift 6 does not let code touch).
enum StandardOutput {
    static func write(_ text: String) {
        write(text, to: 1)
    }

    /// A line on standard error.
    static func error(_ text: String) {
        write(text + "\n", to: 2)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { Glibc.write(descriptor, $0 + offset, raw.count - offset) } ?? 0
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
