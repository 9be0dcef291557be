import Foundation
import Glibc
import JourneyKit
import JourneyTestSupport
import Testing

/// Saving replaces a file whole or not at all, whatever fails on the way, and keeps the file's
/// permission bits and symbolic links.
@Suite("Atomic saves")
struct AtomicSaveTests {
    static let old = "journey 1\ntitle: Old\n"
    static let new = "journey 1\ntitle: New\n"

    /// Every step of a save, failing with what a full disk, a quota, a read-only share or a
    /// broken disk would give.
    static let faults: [(FaultyFileSystem.Operation, Int32, String)] = [
        (.createTemporaryFile, EROFS, "read-only"),
        (.createTemporaryFile, EACCES, "permission denied"),
        (.createTemporaryFile, ENOSPC, "the disk is full"),
        (.write, ENOSPC, "the disk is full"),
        (.write, EDQUOT, "quota"),
        (.write, EIO, "input/output error"),
        (.synchronize, EIO, "input/output error"),
        (.synchronize, ENOSPC, "the disk is full"),
        (.close, EDQUOT, "quota"),
        (.setPermissions, EPERM, "permission denied"),
        (.rename, EACCES, "permission denied"),
        (.rename, EXDEV, "another file system"),
    ]

    @Test(arguments: faults.indices)
    func aFailureAtAnyStepLeavesTheOldFileWholeAndNoTemporaryFile(_ index: Int) throws {
        let (operation, code, words) = Self.faults[index]
        let folder = try ScratchFolder()
        try folder.write("map.journey", Self.old)
        let fileSystem = FaultyFileSystem([.init(operation, errno: code)])
        #expect {
            try AtomicFileWriter(fileSystem: fileSystem).write(Array(Self.new.utf8), to: folder.file("map.journey"))
        } throws: { error in
            (error as? FileError)?.description.contains(words) == true && (error as? FileError)?.description.contains("map.journey") == true
        }
        #expect(try folder.read("map.journey") == Self.old)
        #expect(try folder.names() == ["map.journey"])
    }

    @Test func aSaveThatSucceedsReplacesTheFileAndFlushesIt() throws {
        let folder = try ScratchFolder()
        try folder.write("map.journey", Self.old)
        let fileSystem = FaultyFileSystem()
        try AtomicFileWriter(fileSystem: fileSystem).write(Array(Self.new.utf8), to: folder.file("map.journey"))
        #expect(try folder.read("map.journey") == Self.new)
        #expect(try folder.names() == ["map.journey"])
        let steps = fileSystem.operations.filter { [.write, .synchronize, .rename, .synchronizeDirectory].contains($0) }
        #expect(steps == [.write, .synchronize, .rename, .synchronizeDirectory])
    }

    @Test func aFolderThatCannotBeFlushedDoesNotFailTheSave() throws {
        let folder = try ScratchFolder()
        try folder.write("map.journey", Self.old)
        let fileSystem = FaultyFileSystem([.init(.synchronizeDirectory, errno: EIO)])
        try AtomicFileWriter(fileSystem: fileSystem).write(Array(Self.new.utf8), to: folder.file("map.journey"))
        #expect(try folder.read("map.journey") == Self.new)
    }

    @Test func aMissingFolderIsNamed() throws {
        let folder = try ScratchFolder()
        #expect {
            try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("gone/map.journey"))
        } throws: { error in
            (error as? FileError)?.description.contains("the folder \(folder.file("gone")) does not exist") == true
        }
        #expect(try folder.names().isEmpty)
    }

    @Test func aFolderInThePlaceOfTheFileIsRefused() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("map.journey"), withIntermediateDirectories: false)
        #expect(throws: FileError.self) {
            try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("map.journey"))
        }
    }

    @Test(arguments: [0o600 as UInt32, 0o640, 0o644, 0o664, 0o755])
    func theFilesPermissionBitsAreKept(_ mode: UInt32) throws {
        let folder = try ScratchFolder()
        try folder.write("map.journey", Self.old)
        #expect(chmod(folder.file("map.journey"), mode_t(mode)) == 0)
        try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("map.journey"))
        let status = try #require(try LocalFileSystem().status(folder.file("map.journey")))
        #expect(status.permissions == mode)
        #expect(try folder.read("map.journey") == Self.new)
    }

    @Test func aNewFileGetsTheUsualPermissionsOrTheOnesAskedFor() throws {
        let folder = try ScratchFolder()
        let fileSystem = LocalFileSystem()
        try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("new.journey"))
        #expect(try fileSystem.status(folder.file("new.journey"))?.permissions == 0o666 & ~fileSystem.creationMask())
        try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("private.journey"), permissions: 0o600)
        #expect(try fileSystem.status(folder.file("private.journey"))?.permissions == 0o600)
    }

    @Test func savingThroughASymbolicLinkReplacesTheTargetAndKeepsTheLink() throws {
        let folder = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("maps"), withIntermediateDirectories: false)
        try folder.write("maps/real.journey", Self.old)
        #expect(chmod(folder.file("maps/real.journey"), 0o640) == 0)
        #expect(symlink("maps/real.journey", folder.file("link.journey")) == 0)   // relative, as `ln -s` makes
        #expect(symlink(folder.file("link.journey"), folder.file("link-to-link.journey")) == 0)

        try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("link-to-link.journey"))

        let fileSystem = LocalFileSystem()
        #expect(try fileSystem.linkTarget(folder.file("link.journey")) == "maps/real.journey")
        #expect(try fileSystem.linkTarget(folder.file("link-to-link.journey")) == folder.file("link.journey"))
        #expect(try folder.read("maps/real.journey") == Self.new)
        #expect(try fileSystem.status(folder.file("maps/real.journey"))?.permissions == 0o640)
        #expect(try folder.names() == ["link-to-link.journey", "link.journey", "maps"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("maps")) == ["real.journey"])
    }

    @Test func aLinkLoopIsAClearError() throws {
        let folder = try ScratchFolder()
        #expect(symlink("b.journey", folder.file("a.journey")) == 0)
        #expect(symlink("a.journey", folder.file("b.journey")) == 0)
        #expect {
            try AtomicFileWriter().write(Array(Self.new.utf8), to: folder.file("a.journey"))
        } throws: { error in
            (error as? FileError)?.description.contains("too many symbolic links") == true
        }
    }
}
