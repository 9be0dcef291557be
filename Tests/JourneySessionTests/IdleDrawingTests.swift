import JourneyEditor
import Testing

/// The session draws a frame when something happened, not on every turn of its loop: an editor
/// left open (one per participant on a `journey serve` host) costs no rendering while idle.
@Suite("Session: drawing only what changed")
struct IdleDrawingTests {
    @Test func anIdleEditorDrawsNoFrames() throws {
        let harness = try SessionSafetyTests.Harness()
        var framesBefore = 0, framesAfter = 0
        var terminal: ScriptedTerminal?
        let steps: [ScriptedTerminal.Step] = [
            .run { framesBefore = terminal?.frames.count ?? 0 },
            // Ten seconds without a key: fifty turns of the loop at its 200 ms wait.
            .pause(10),
            .run { framesAfter = terminal?.frames.count ?? 0 },
        ] + ScriptedTerminal.keys("j") + [.pause(0.2)] + ScriptedTerminal.keys("q")
        let scripted = ScriptedTerminal(steps, clock: harness.clock)
        terminal = scripted
        let (_, played) = try harness.run(on: scripted)
        #expect(framesBefore >= 1)
        #expect(framesAfter - framesBefore <= 1, "an idle editor drew \(framesAfter - framesBefore) frames in ten seconds")
        // A key is still drawn: a frame follows `j`, with the cursor on the second touchpoint.
        #expect(played.frames.count == framesAfter + 1)
        #expect(played.frames.last != played.frames[framesAfter - 1])
    }
}
