import Foundation
import JourneyKit
import Testing

/// A facilitator runs a workshop in the real editor: votes with keys and `:vote`, marks
/// evidence, scores an opportunity, opens the analysis and jumps to an item, presents at 100×30,
/// runs a timer, saves, and undoes.
@Suite("Workshop end to end", .serialized)
struct WorkshopEndToEndTests {
    static let map = """
        journey 1
        title: Taller tienda

        [stage descubrimiento]
        name: Descubrimiento

        [stage compra]
        name: Compra

        [touchpoint web]
        name: Web
        channel: web

        [cell descubrimiento web]
        note: Busca tazas de gato
        emotion: +1
        pain: No ve el precio
        opportunity: Mostrar el precio

        [cell compra web]
        note: Paga con tarjeta
        emotion: -2
        pain: El envío aparece al final
        pain: Pide crear cuenta
        opportunity: Mostrar el envío en la ficha

        """

    @Test func aFacilitatorRunsTheWorkshop() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("taller.journey", Self.map)
        let journey = try JourneyBinary.path()
        let tmux = try TmuxSession("\(journey) taller.journey", width: 100, height: 30, directory: folder.url.path)
        try tmux.waitFor(text: "taller.journey")
        // Votes with keys in the detail pane: one key per vote.
        try tmux.keys("l", "Tab", "+", "+", "j", "+")
        try tmux.waitFor(text: "Vote added: the pain point has 1 vote")
        try tmux.keys("Escape")
        try Self.waitForTheGrid(tmux)
        try tmux.type(":vote opportunity 1")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Vote added: the opportunity has 1 vote")
        // Evidence, and the opportunity scored and given an owner.
        try tmux.keys("R", "R", "R")
        try tmux.waitFor(text: "Evidence: researched")
        try tmux.type(":impact 1 5")
        try tmux.keys("Enter")
        try tmux.type(":effort 1 1")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Effort 1")
        try tmux.keys("Tab", "Right", "O")
        try tmux.waitFor(text: "Owner (a team or a person)")
        try tmux.type("Ecommerce")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Owner: Ecommerce")
        try tmux.keys("Escape")
        try Self.waitForTheGrid(tmux)
        try tmux.keys("h")
        // The analysis: the quick win is listed; Enter on it goes to its cell.
        try tmux.type(":stats")
        try tmux.keys("Enter")
        let stats = try tmux.waitFor(text: "Quick wins")
        #expect(stats.contains("Mostrar el envío en la ficha"))
        #expect(stats.contains("●2  El envío aparece al final"))
        try tmux.keys("Down", "Down", "Enter")
        try tmux.waitFor(text: "Compra › Web")
        try tmux.keys("Escape")
        try Self.waitForTheGrid(tmux)
        // The presentation at 100×30, stage by stage.
        try tmux.type(":present")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Top pain points (by votes)")
        try tmux.keys("Right")
        try tmux.waitFor(text: "D E S C U B R I M I E N T O")
        try tmux.keys("Right")
        let stage = try tmux.waitFor(text: "C O M P R A")
        #expect(stage.contains("El envío aparece al final  ●2"))
        try tmux.keys("Escape")
        try Self.waitForTheGrid(tmux)
        // A one-minute timer counts down on the status line.
        try tmux.type(":timer 1m")
        try tmux.keys("Enter")
        let first = try tmux.waitFor("the timer") { $0.contains("Timer 0:5") }
        let shown = Self.timer(in: first)
        try tmux.waitFor("the timer to count down", seconds: 5) { screen in
            guard let now = Self.timer(in: screen), let shown else { return false }
            return now < shown
        }
        // The future state's curve over this one, read off the key path; a broken file says where.
        _ = try folder.write("futuro.journey", Self.map.replacingOccurrences(of: "emotion: -2", with: "emotion: +2"))
        _ = try folder.write("roto.journey", "journey 1\n[stage x]\nnombre: X\n")
        try tmux.type(":compare futuro.journey")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Comparing with 'Taller tienda'")
        try tmux.type(":compare roto.journey")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Cannot compare with roto.journey: roto.journey:2:1:")
        // Saved, with every vote, score and mark.
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved taller.journey")
        let saved = try JSONInterchange.decode(try CommandRun.journey(["export", folder.path("taller.journey"), "--format", "json"]).output)
        let cell = saved.cell(stage: 1, touchpoint: 0)
        #expect(cell[list: .painPoints].map(\.votes) == [2, 1])
        #expect(cell.evidence == .researched)
        let opportunity = cell[list: .opportunities][0]
        #expect(opportunity.votes == 1 && opportunity.impact == 5 && opportunity.effort == 1 && opportunity.owner == "Ecommerce")
        #expect(try folder.read("taller.journey").contains("[votes 2]"))
        // And undoable, one step at a time.
        try tmux.keys("u")
        try tmux.waitFor(text: "Undone: set owner")
        try tmux.keys("u")
        try tmux.waitFor(text: "Undone: set effort")
        try tmux.type(":q!")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "EXITED 0")
    }

    /// Waits until the grid has the keys again (an Escape and a key typed at once would read as Alt and the key).
    private static func waitForTheGrid(_ tmux: TmuxSession) throws {
        try tmux.waitFor("the grid") { $0.contains("? help") && !$0.contains("Detail pane:") && !$0.contains("Presentation:") && !$0.contains("Analysis:") }
    }

    /// The seconds the timer shows on a screen, if any.
    private static func timer(in screen: String) -> Int? {
        guard let range = screen.range(of: "Timer ") else { return nil }
        let clock = screen[range.upperBound...].prefix { $0.isNumber || $0 == ":" }
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return parts[0] * 60 + parts[1]
    }
}
