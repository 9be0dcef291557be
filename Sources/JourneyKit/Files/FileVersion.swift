/// Which contents a file had, by size and a 64-bit digest of its bytes: for noticing that a map
/// changed on disk since it was read (a content comparison, so a `touch` or a rewrite with the
/// same text is not taken for a change, and a change within the same second is not missed).
///
/// ```swift
/// let read = FileVersion(contents: try fileSystem.readFile("shop.journey"))
/// // … later, before saving:
/// if FileVersion(contents: try fileSystem.readFile("shop.journey")) != read { /* merge first */ }
/// ```
public struct FileVersion: Hashable, Sendable, CustomStringConvertible {
    /// The size in bytes; -1 for a file that does not exist.
    public let size: Int
    /// A 64-bit digest of the contents (not cryptographic: it tells versions of one file apart).
    public let digest: UInt64

    /// The version of a file with these contents.
    ///
    /// The digest takes eight bytes at a step (an FNV-style multiply with a rotation), so that a
    /// 50 MB map is digested in a few milliseconds.
    public init(contents: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        contents.withUnsafeBytes { raw in
            let words = raw.count / 8
            var offset = 0
            for _ in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = (hash ^ word) &* prime
                hash = (hash << 29) | (hash >> 35)
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* prime
                offset += 1
            }
        }
        size = contents.count
        digest = hash
    }

    /// The version with this size and digest, as another editor told it.
    public init(size: Int, digest: UInt64) {
        self.size = size
        self.digest = digest
    }

    /// The "version" of a file that does not exist.
    public static let absent = FileVersion(size: -1, digest: 0)

    /// Whether the file exists.
    public var exists: Bool { size >= 0 }

    public var description: String {
        exists ? "\(size) bytes, digest \(String(digest, radix: 16))" : "absent"
    }
}
