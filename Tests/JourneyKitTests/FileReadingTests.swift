import Foundation
import Testing
@testable import JourneyKit

/// Reading a file whole: large files are read in two halves at once, and must come back byte for
/// byte, whatever their size.
@Suite struct FileReadingTests {
    /// A file of `count` bytes whose every position holds a different pattern, so that a half
    /// read into the wrong place, or twice, shows.
    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 13) }
    }

    static func roundTrip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.journey").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try LocalFileSystem().readFile(path)
    }

    @Test(arguments: [0, 1, 4096, SplitRead.threshold - 1, SplitRead.threshold, SplitRead.threshold + 1, SplitRead.threshold * 2 + 12_345])
    func aFileIsReadByteForByte(_ size: Int) throws {
        let bytes = Self.pattern(size)
        let read = try Self.roundTrip(bytes)
        #expect(read.count == size)
        #expect(read == bytes)
    }

    @Test(arguments: [(size: 10_000, count: 4096), (size: 4096, count: 10_000), (size: SplitRead.threshold * 2, count: SplitRead.threshold + 7)])
    func theStartOfAFileIsItsFirstBytes(size: Int, count: Int) throws {
        let bytes = Self.pattern(size)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-start-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.journey").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try LocalFileSystem().readStart(of: path, count: count) == Array(bytes.prefix(count)))
        #expect(throws: FileError.self) { try LocalFileSystem().readStart(of: folder.appendingPathComponent("missing").path, count: count) }
    }

    @Test func aFolderIsNotReadAsAFile() throws {
        #expect(throws: FileError.self) { try LocalFileSystem().readFile(FileManager.default.temporaryDirectory.path) }
    }
}
