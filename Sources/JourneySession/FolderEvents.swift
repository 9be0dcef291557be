#if canImport(Glibc)
import Glibc
#endif

/// The kernel's word (inotify) that files in the map's folder were written, renamed in or
/// removed, so that the editor looks at the map and at the others' presence files only when
/// something happened there, rather than polling them. Non-blocking: ``take()`` reads what
/// arrived since the last call between keys.
///
/// An atomic save renames a new file over the map (`IN_MOVED_TO`); a program that writes the
/// file in place ends with `IN_CLOSE_WRITE`; presence files come and go the same ways.
final class FolderEvents {
    /// What happened since the last look.
    struct Happened: Equatable {
        /// The map's file was written, replaced or removed.
        var map = false
        /// A presence file was written, replaced or removed.
        var presence = false
        /// Events were lost (the kernel's queue overflowed): look at everything.
        var overflow = false
    }

    private let descriptor: Int32
    private let mapName: String
    private let presencePrefix: String

    /// Watches the folder of the map `mapName` in `directory` ("" for the current folder); `nil`
    /// where inotify is not available (the session then polls).
    init?(directory: String, mapName: String) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE)
        guard inotify_add_watch(descriptor, directory.isEmpty ? "." : directory, mask) >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.mapName = mapName
        presencePrefix = "." + mapName + "."
        #else
        return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// What happened since the last call (nothing when nothing did; never waits).
    func take() -> Happened {
        var happened = Happened()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { happened.overflow = true }
                if name == mapName {
                    happened.map = true
                } else if name.hasPrefix(presencePrefix), name.hasSuffix(".open") {
                    happened.presence = true
                }
                offset += 16 + length
            }
        }
        if happened.overflow {
            happened.map = true
            happened.presence = true
        }
        return happened
    }
}
