import JourneyEditor
@testable import JourneySession
import JourneyKit
import JourneyTestSupport
import Testing

/// The file watch: what this editor wrote is never read back as news, even by a look asked for
/// before the editor learnt its save was done; anything else the file comes to hold is.
@Suite struct FileWatcherTests {
    static func map(title: String) throws -> JourneyMap {
        var map = JourneyMap(title: title)
        _ = try map.appendStage(named: "Compra")
        _ = try map.appendTouchpoint(named: "Web")
        return map
    }

    @Test func whatThisEditorWroteIsNotNewsEvenToALateLook() throws {
        let folder = try ScratchFolder()
        let path = folder.file("map.journey")
        let first = JourneyWriter.bytes(for: try Self.map(title: "first"))
        try AtomicFileWriter().write(first, to: path)
        let watcher = FileWatcher(path: path, fileSystem: LocalFileSystem())
        let firstVersion = FileVersion(contents: first)
        #expect(watcher.check(known: firstVersion, noticed: nil) == nil)

        // This editor writes a second version; a look asked for while the editor still knew
        // only the first does not read it back as a change.
        let second = JourneyWriter.bytes(for: try Self.map(title: "second"))
        try AtomicFileWriter().write(second, to: path)
        watcher.noteWritten(FileVersion(contents: second))
        #expect(watcher.check(known: firstVersion, noticed: nil) == nil)

        // Someone else writes a third: news.
        let third = JourneyWriter.bytes(for: try Self.map(title: "third"))
        try AtomicFileWriter().write(third, to: path)
        guard case .modified(let theirs, let version)? = watcher.check(known: FileVersion(contents: second), noticed: nil) else {
            Issue.record("another editor's version was not reported")
            return
        }
        #expect(theirs.title == "third" && version == FileVersion(contents: third))

        // And the file going back to the bytes this editor once wrote is news too, once the
        // editor has taken in the third.
        try AtomicFileWriter().write(second, to: path)
        guard case .modified(let back, _)? = watcher.check(known: version, noticed: nil) else {
            Issue.record("the file going back to an older version was not reported")
            return
        }
        #expect(back.title == "second")
    }
}
