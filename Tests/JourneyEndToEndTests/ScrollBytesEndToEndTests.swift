import Foundation
import Testing

/// What moving the cursor sends to the terminal, counted in bytes (they are deterministic for a
/// given terminal type and size; no timing is measured).
@Suite(.serialized) struct ScrollBytesEndToEndTests {
    /// A map of 16 stages and 3 touchpoints with short notes.
    static func wideMap() -> String {
        var text = "journey 1\ntitle: Wide map\nkind: current-state\n"
        for stage in 0..<16 { text += "\n[stage s\(stage)]\nname: Stage \(stage)\n" }
        for touchpoint in 0..<3 { text += "\n[touchpoint t\(touchpoint)]\nname: Touchpoint \(touchpoint)\n" }
        let words = ["Ana compara el envío exprés", "Zoë lee las reseñas con calma", "Jürgen busca la tabla de tallas", "Søren abre la app en el metro"]
        for stage in 0..<16 {
            for touchpoint in 0..<3 { text += "\n[cell s\(stage) t\(touchpoint)]\nnote: \(words[stage % words.count]) \(stage)-\(touchpoint)\nemotion: 1\n" }
        }
        return text
    }

    @Test func aSidewaysSweepRedrawsTheGridOncePerHalfScreen() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("wide.journey", Self.wideMap())
        let terminal = try PseudoTerminal(arguments: ["wide.journey"], width: 132, height: 40, directory: folder.url.path)
        let firstScreen = terminal.drain(quiet: 1.0).count
        #expect(firstScreen > 2000)
        var moves: [Int] = []
        for _ in 0..<12 {
            terminal.send("l")
            moves.append(terminal.drain(quiet: 0.6).count)
        }
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        // At 132 columns six stages show; a move past the edge brings a screen of new stages in,
        // the stage just left still in view, so twelve moves right scroll twice (at the 6th and
        // the 11th move; one stage at a time they would scroll seven times), and every other
        // move sends a few hundred bytes.
        let typical = moves.sorted()[moves.count / 2]
        let scrolls = moves.indices.filter { 2 * moves[$0] > 3 * typical }
        #expect(scrolls == [5, 10], "bytes per move: \(moves), first screen \(firstScreen)")
        #expect(moves.indices.filter { !scrolls.contains($0) }.allSatisfy { moves[$0] > 0 && moves[$0] <= 700 }, "bytes per move: \(moves)")
        #expect(moves.reduce(0, +) < 2 * firstScreen, "bytes per move: \(moves), first screen \(firstScreen)")
    }
}
