import Foundation
import Testing

/// Large maps: painted from a preview while they are read whole (on two cores), and never
/// edited or saved before the whole file has been read without a problem.
@Suite struct LargeMapEndToEndTests {
    /// A map of `stages` × `touchpoints` full cells, over 1 MB (the size from which the editor
    /// paints a preview and the parser reads on two cores); `lastEmotion` is the last cell's emotion.
    static func bigMap(stages: Int = 20, touchpoints: Int = 300, lastEmotion: String = "1") -> (text: String, lines: Int) {
        var text = "journey 1\ntitle: Big map\nkind: current-state\n"
        for stage in 0..<stages { text += "\n[stage s\(stage)]\nname: Stage \(stage)\n" }
        for touchpoint in 0..<touchpoints { text += "\n[touchpoint t\(touchpoint)]\nname: Touchpoint \(touchpoint)\n" }
        for stage in 0..<stages {
            for touchpoint in 0..<touchpoints {
                let last = stage == stages - 1 && touchpoint == touchpoints - 1
                text += "\n[cell s\(stage) t\(touchpoint)]\nnote: Ana compara el envío exprés 🚚 y la garantía de dos años, cell \(stage)-\(touchpoint), antes de cenar.\n"
                text += "emotion: \(last ? lastEmotion : "1")\nfeeling: curiosa\npain: El precio total no aparece hasta el final 💶\n"
            }
        }
        return (text, text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func checkReportsAProblemNearTheEndOfALargeMap() throws {
        let folder = try TemporaryFolder()
        let (text, lines) = Self.bigMap(lastEmotion: "7")
        #expect(text.utf8.count > 1 << 20)
        let path = try folder.write("big.journey", text)
        let run = try CommandRun.journey(["check", path])
        #expect(run.status == 1)
        // The last cell's emotion is the file's last line but two (then feeling, pain and the final newline).
        #expect(run.errors.contains("big.journey:\(lines - 3):1: emotion must be a whole number from -2 to +2, found '7'"))
    }

    @Test func theEditorReportsAProblemNearTheEndAndNeverSavesOverTheFile() throws {
        let folder = try TemporaryFolder()
        let (text, lines) = Self.bigMap(lastEmotion: "7")
        _ = try folder.write("big.journey", text)
        let terminal = try PseudoTerminal(arguments: ["big.journey"], directory: folder.url.path)
        // Keys that would change and save the map, typed while it is being read.
        terminal.send("e")
        terminal.send("x")
        terminal.send("\u{13}")  // Ctrl-S
        terminal.send(":wq\r")
        let output = String(decoding: terminal.drain(quiet: 1), as: UTF8.self)
        #expect(terminal.waitForExit() == 1)
        #expect(output.contains("big.journey:\(lines - 3):1: emotion must be a whole number from -2 to +2, found '7'"))
        // Not a byte written: the file is as it was, and nothing was left beside it.
        #expect(try folder.read("big.journey") == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["big.journey"])
    }

    /// A large map git left with a conflict: the whole read fails on the markers (the text has
    /// been let go of by then), so the file is read again and opens into the conflict review.
    @Test func aLargeMapWithAMergeConflictOpensIntoTheReview() throws {
        let folder = try TemporaryFolder()
        let (text, _) = Self.bigMap()
        let base = try folder.write("base.journey", text)
        let ours = try folder.write("big.journey", text.replacingOccurrences(of: "cell 0-0,", with: "cell 0-0 (ours),"))
        let theirs = try folder.write("theirs.journey", text.replacingOccurrences(of: "cell 0-0,", with: "cell 0-0 (theirs),"))
        #expect(try CommandRun.journey(["merge", base, ours, theirs]).status == 1)
        let conflicted = try folder.read("big.journey")
        #expect(conflicted.utf8.count > 1 << 20 && conflicted.contains("<<<<<<<"))
        let tmux = try TmuxSession("\(try JourneyBinary.path()) big.journey", directory: folder.url.path)
        let screen = try tmux.waitFor(text: "Conflict 1 of 1")
        #expect(screen.contains("(ours)") && screen.contains("(theirs)"))
        try tmux.keys("t")
        try tmux.waitFor(text: "Saved big.journey")
        let saved = try folder.read("big.journey")
        #expect(saved.contains("cell 0-0 (theirs),") && !saved.contains("<<<<<<<"))
        #expect(try CommandRun.journey(["check", folder.path("big.journey")]).output.contains("6000"))
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
    }

    @Test func aLargeMapOpensAndSavesWhole() throws {
        let folder = try TemporaryFolder()
        let (text, _) = Self.bigMap()
        _ = try folder.write("big.journey", text)
        let terminal = try PseudoTerminal(arguments: ["big.journey"], directory: folder.url.path)
        let first = String(decoding: terminal.drain(quiet: 1), as: UTF8.self)
        #expect(first.contains("Touchpoint 0"))
        // An edit far from the first screen, saved: every other cell is kept, so the whole map was read.
        terminal.send("G")
        terminal.send(":emotion -2\r")
        terminal.send("\u{13}")
        _ = terminal.drain(quiet: 1)
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        let saved = try folder.read("big.journey")
        #expect(saved != text)
        #expect(saved.contains("[cell s0 t299]\nnote: Ana compara el envío exprés 🚚 y la garantía de dos años, cell 0-299, antes de cenar.\nemotion: -2\n"))
        #expect(saved.contains("[cell s19 t299]"))
        #expect(try CommandRun.journey(["check", folder.path("big.journey")]).output.contains("6000"))
    }
}
