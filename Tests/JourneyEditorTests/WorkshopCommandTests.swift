@testable import JourneyEditor
import JourneyKit
import JourneyTestSupport
import Testing

/// Every workshop command and key, driven as a facilitator would: the map changes, the status
/// line says so, and undo takes it back.
@Suite("Workshop commands and keys")
struct WorkshopCommandTests {
    /// An editor on the cat-mug-shop example at its Purchase › Cart and checkout cell.
    private func checkout() throws -> EditorDriver {
        var editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        editor.command("goto Purchase")
        editor.command("goto Cart and checkout")
        return editor
    }

    @Test func voteAndUnvoteByCommand() throws {
        var editor = try checkout()
        let before = editor.cell[list: .painPoints][0].votes
        editor.command("vote pain 1")
        #expect(editor.cell[list: .painPoints][0].votes == before + 1)
        #expect(editor.status.contains("Vote added: the pain point has \(before + 1) votes"))
        editor.command("unvote pain 1")
        editor.command("unvote pain 1")
        #expect(editor.cell[list: .painPoints][0].votes == before - 1)
        editor.command("vote opportunity 2")
        #expect(editor.cell[list: .opportunities][1].votes == 6)
        editor.command("vote pain 9")
        #expect(editor.status.contains("There is no pain point 9 here"))
        editor.press(.character("u"))
        #expect(editor.status.contains("Undone: vote for the opportunity"))
        #expect(editor.cell[list: .opportunities][1].votes == 5)
    }

    @Test func unvoteNeverGoesBelowZero() throws {
        var editor = try checkout()
        editor.command("opportunity Nueva idea")
        editor.command("unvote opportunity 4")
        #expect(editor.cell[list: .opportunities][3].votes == 0)
        #expect(editor.status.contains("has no votes to take away"))
    }

    @Test func oneKeyPerVoteInTheDetailPane() throws {
        var editor = try checkout()
        let before = editor.cell[list: .painPoints][0].votes
        editor.press(.tab, .character("+"), .character("+"), .character("="))
        #expect(editor.cell[list: .painPoints][0].votes == before + 3)
        editor.press(.character("-"))
        #expect(editor.cell[list: .painPoints][0].votes == before + 2)
        editor.press(.down, .character("+"))
        #expect(editor.cell[list: .painPoints][1].votes == 6)
        editor.press(.right, .character("+"))
        #expect(editor.cell[list: .opportunities][1].votes == 6)
        // Each vote is its own undoable step.
        editor.press(.character("u"), .character("u"))
        #expect(editor.cell[list: .painPoints][1].votes == 5)
        #expect(editor.cell[list: .opportunities][1].votes == 5)
    }

    @Test func impactEffortAndOwnerByCommand() throws {
        var editor = try checkout()
        editor.command("impact 3 2")
        editor.command("effort 3 5")
        editor.command("owner 3 Pagos")
        var item = editor.cell[list: .opportunities][2]
        #expect(item.impact == 2 && item.effort == 5 && item.owner == "Pagos")
        editor.command("impact 3 9")
        #expect(editor.status.contains("':impact' takes N 1-5|none"))
        editor.command("impact 3 none")
        editor.command("owner 3")
        item = editor.cell[list: .opportunities][2]
        #expect(item.impact == nil && item.owner == nil)
        editor.press(.character("u"))
        #expect(editor.cell[list: .opportunities][2].owner == "Pagos")
        editor.command("impact 1 4")
        #expect(editor.status.hasPrefix("Impact 4"))
    }

    @Test func impactEffortAndOwnerByKeysInTheDetailPane() throws {
        var editor = try checkout()
        editor.press(.tab, .character("I"))
        #expect(editor.status.contains("Select an opportunity first"))
        editor.press(.right, .character("I"))
        #expect(editor.status.hasPrefix("Impact (1-5, none clears): 5"))
        editor.type("3")
        editor.press(.enter)
        editor.press(.character("E"))
        editor.type("4")
        editor.press(.enter)
        editor.press(.character("O"))
        editor.type("Ecommerce")
        editor.press(.enter)
        let item = editor.cell[list: .opportunities][0]
        #expect(item.impact == 3 && item.effort == 4 && item.owner == "Ecommerce")
        guard case .detail(let selection?) = editor.state.mode else { Issue.record("the pane lost the focus"); return }
        #expect(selection == DetailSelection(list: .opportunities, index: 0))
        #expect(editor.screen(width: 160, height: 50).contains("impact 3 · effort 4 ·"))
    }

    @Test func evidenceAndSources() throws {
        var editor = try checkout()
        editor.command("evidence assumed")
        #expect(editor.cell.evidence == .assumed)
        editor.command("evidence investigada")
        #expect(editor.cell.evidence == .researched)
        editor.command("evidence none")
        #expect(editor.cell.evidence == nil)
        editor.command("evidence maybe")
        #expect(editor.status.contains("':evidence' takes [assumed|partial|researched|none]"))
        editor.press(.character("R"))
        #expect(editor.cell.evidence == .assumed)
        editor.press(.character("R"), .character("R"))
        #expect(editor.cell.evidence == .researched)
        editor.press(.character("R"))
        #expect(editor.cell.evidence == nil)
        let sources = editor.cell.sources.count
        editor.command("source Encuesta oct. 2026, n=120")
        #expect(editor.cell.sources.last == "Encuesta oct. 2026, n=120")
        #expect(editor.status.contains("Source added"))
        editor.command("source delete \(sources + 1)")
        #expect(editor.cell.sources.count == sources)
        editor.command("source delete 9")
        #expect(editor.status.contains("There is no source 9 here"))
        editor.press(.character("u"))
        #expect(editor.status.contains("Undone: remove source"))
        #expect(editor.cell.sources.count == sources + 1)
    }

    @Test func metricsOnTheCursorsStage() throws {
        var editor = try checkout()
        editor.command("metric Time to pay 95 s")
        var metrics = editor.state.map.stages[editor.state.cursor.stage].metrics
        #expect(metrics.last == StageMetric(name: "Time to pay", value: 95, unit: "s"))
        editor.command("metric Checkout conversion 2,4%")
        metrics = editor.state.map.stages[editor.state.cursor.stage].metrics
        #expect(metrics.contains(StageMetric(name: "Checkout conversion", value: 2.4, unit: "%")))
        #expect(metrics.count == 3)
        #expect(editor.status.contains("Checkout conversion: 2.4 % on stage 'Purchase'"))
        editor.command("metric delete time to pay")
        #expect(editor.state.map.stages[editor.state.cursor.stage].metrics.count == 2)
        editor.command("metric delete Nothing")
        #expect(editor.status.contains("no metric called 'Nothing'"))
        editor.command("metric Nothing here")
        #expect(editor.status.contains("':metric' takes NAME VALUE [UNIT]"))
        #expect(editor.screen(width: 200, height: 50).contains("Metrics: Cart abandonment 71 % · Checkout conversi"))
        editor.press(.character("u"))
        #expect(editor.state.map.stages[editor.state.cursor.stage].metrics.count == 3)
    }

    @Test func statsViewSelectsAndJumpsToTheCell() throws {
        var editor = try checkout()
        editor.command("goto Awareness")
        editor.press(.character("A"))
        guard case .stats = editor.state.mode else { Issue.record("no stats view"); return }
        editor.press(.down, .down, .enter)
        // The third top pain point: Consideration › Product page.
        #expect(editor.state.map.stages[editor.state.cursor.stage].name == "Consideration")
        #expect(editor.state.map.touchpoints[editor.state.cursor.touchpoint].name == "Product page")
        guard case .detail(let selection?) = editor.state.mode else { Issue.record("the item is not selected"); return }
        #expect(editor.cell[list: selection.list][selection.index].text == "No delivery date or shipping cost on the product page")
        editor.press(.escape, .character("A"), .escape)
        #expect(editor.state.mode == .grid)
        // Items past the pain points are opportunities of the matrix, quick wins first.
        editor.command("stats")
        for _ in 0..<5 { editor.press(.down) }
        editor.press(.enter)
        guard case .detail(let opportunity?) = editor.state.mode else { Issue.record("no item"); return }
        #expect(opportunity.list == .opportunities)
        #expect(editor.cell[list: .opportunities][opportunity.index].text == "Show shipping costs on the product page and in the cart")
    }

    @Test func statsViewOnAMapWithoutVotes() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.command("stats")
        #expect(editor.screen().contains("No pain point has votes yet."))
        // Opportunities without scores are listed as unscored, and still selectable.
        editor.press(.enter)
        guard case .detail(let selection?) = editor.state.mode else { Issue.record("no item selected"); return }
        #expect(selection.list == .opportunities)
        var empty = EditorDriver(map: JourneyMap(title: "Taller"))
        empty.command("stats")
        empty.press(.enter)
        #expect(empty.status.contains("Nothing to select yet"))
    }

    @Test func presentationStepsThroughTheStagesAndFollowsChanges() throws {
        var editor = try checkout()
        editor.press(.function(5))
        #expect(editor.state.mode == .presentation(stage: nil))
        editor.press(.right)
        #expect(editor.screen(width: 100, height: 30).contains("A W A R E N E S S"))
        editor.press(.right, .right, .right, .right, .right, .right, .right)
        #expect(editor.state.mode == .presentation(stage: 5))
        editor.press(.left, .left)
        #expect(editor.state.mode == .presentation(stage: 3))
        // The map changes under the presentation (another editor saved): it shows the change.
        var changed = editor.state.map
        changed.updateCell(stage: 3, touchpoint: 3) { $0[list: .painPoints].append(Item("Nueva queja en directo", votes: 9)) }
        editor.send(.outsideChange(.modified(changed, version: FileVersion(contents: Array("x".utf8)))))
        #expect(editor.screen(width: 100, height: 30).contains("Nueva queja en directo"))
        editor.press(.home)
        #expect(editor.screen(width: 100, height: 30).contains("●9  Nueva queja en directo"))
        editor.press(.right, .escape)
        #expect(editor.state.mode == .grid)
        #expect(editor.state.cursor.stage == 0)
        editor.press(.character("W"), .left)
        #expect(editor.state.mode == .presentation(stage: nil))
    }

    @Test func timerCountsDownRingsAndStops() throws {
        var editor = try checkout()
        editor.command("timer 1m30s")
        #expect(editor.status.hasSuffix("Timer 1:30"))
        editor.send(.tick(seconds: 100))
        editor.send(.tick(seconds: 112.4))
        #expect(editor.status.hasSuffix("Timer 1:18"))
        // Shown in every view.
        editor.press(.character("A"))
        #expect(editor.status.hasSuffix("Timer 1:18"))
        editor.press(.escape)
        editor.send(.tick(seconds: 190))
        #expect(editor.effects.last == .bell)
        #expect(editor.status.contains("Time is up!"))
        #expect(editor.status.hasSuffix("TIME IS UP"))
        editor.send(.tick(seconds: 191))
        #expect(editor.effects.filter { $0 == .bell }.count == 1)
        editor.command("timer off")
        #expect(!editor.status.contains("TIME"))
        editor.command("timer off")
        #expect(editor.status.contains("No timer is running"))
    }

    @Test func mutedTimerRingsNoBell() throws {
        var editor = try checkout()
        editor.command("timer mute")
        editor.command("timer 90s")
        editor.send(.tick(seconds: 0))
        editor.send(.tick(seconds: 90))
        #expect(!editor.effects.contains(.bell))
        #expect(editor.status.hasSuffix("TIME IS UP"))
        editor.command("timer unmute")
        editor.command("timer 5")
        #expect(editor.status.hasSuffix("Timer 5:00"))
        editor.command("timer soon")
        #expect(editor.status.contains("':timer' takes 5m|90s|1m30s|off|mute|unmute"))
    }

    @Test func durationsParse() {
        #expect(WorkshopTimer.parseDuration("5m") == 300)
        #expect(WorkshopTimer.parseDuration("90s") == 90)
        #expect(WorkshopTimer.parseDuration("1m30s") == 90)
        #expect(WorkshopTimer.parseDuration("1h5m") == 3900)
        #expect(WorkshopTimer.parseDuration("10") == 600)
        for bad in ["0s", "5x", "m", "1m1m", "25h", "", "-3m"] { #expect(WorkshopTimer.parseDuration(bad) == nil, "\(bad)") }
    }

    @Test func compareFailureNamesTheFileLineAndColumn() throws {
        var editor = try checkout()
        editor.command("compare")
        #expect(editor.status.contains("':compare' needs more"))
        editor.command("compare off")
        #expect(editor.status.contains("No comparison is shown"))
        editor.command("compare bad.journey")
        #expect(editor.status.contains("Reading bad.journey to compare…"))
        editor.send(.comparisonLoaded(path: "bad.journey", .failure(MapLoadFailure(reason: "bad.journey:3:1: error: unknown field"))))
        #expect(editor.status.contains("Cannot compare with bad.journey: bad.journey:3:1: error: unknown field"))
        #expect(editor.state.comparison == nil)
    }

    @Test func spanishMessages() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 100, height: 30, language: .spanish)
        editor.command("vote opportunity 1")
        #expect(editor.status.contains("Voto añadido: la oportunidad tiene"))
        editor.command("evidence partial")
        #expect(editor.status.contains("Evidencia: parcial"))
        editor.command("timer 2m")
        #expect(editor.status.hasSuffix("Tiempo 2:00"))
        editor.press(.character("u"))
        #expect(editor.status.contains("Deshecho: fijar la evidencia"))
    }
}
