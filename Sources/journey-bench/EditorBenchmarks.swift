import JourneyEditor
import JourneySession
import JourneyKit

/// Opening a map in the editor the way `journey FILE` does, without a terminal: read the file,
/// take its digest, parse it, make the editor state, give it the screen size, render the first
/// frame. (The child process runs a whole ``EditorSession`` instead, with its housekeeping.)
enum EditorOpening {
    static func open(path: String, size: ScreenSize) throws -> (state: EditorState, frame: Frame) {
        let bytes = try LocalFileSystem().readFile(path)
        let version = FileVersion(contents: bytes)
        let map = try MapFile.decode(bytes, path: path, format: .journey)
        var state = EditorState(
            map: map, document: DocumentInfo(path: path, isNew: false), screenSize: size, mouseEnabled: true,
            diskVersion: version)
        // EditorSession.run starts with the terminal's size, then presents the first frame.
        _ = Editor.update(&state, with: .input(.resize(size)))
        let frame = EditorRenderer.render(state, size: size, ascii: false)
        return (state, frame)
    }

    /// A number derived from every cell of a frame, so that drawing it cannot be optimised away.
    static func checksum(_ frame: Frame) -> Int {
        var sum = 0
        for cell in frame.buffer.cells {
            sum = sum &* 31 &+ Int(cell.role.rawValue) &+ (cell.character.unicodeScalars.first.map { Int($0.value) } ?? 0)
        }
        return sum
    }
}

/// The figures for the editor on one map.
struct EditorResults: Sendable {
    /// Read, parse, state and first frame, in this process, at 80×24 and 200×50.
    var open80 = Samples()
    var open200 = Samples()
    /// Rendering the first frame alone, the map already open.
    var render80 = Samples()
    var render200 = Samples()
    /// One cursor move (update and re-render at 80×24) per sample.
    var moves = Samples()
    /// One cell edit (update, undo recording and re-render at 80×24) per sample.
    var edits = Samples()
    /// How many changes the undo history held at the end.
    var historyLength = 0
}

enum EditorBenchmarks {
    static let smallScreen = ScreenSize(width: 80, height: 24)
    static let largeScreen = ScreenSize(width: 200, height: 50)

    static func run(map: JourneyMap, path: String, plan: MeasurementPlan, keys: Int, log: (String) -> Void) throws -> EditorResults {
        var results = EditorResults()
        log("open + first frame 80×24")
        results.open80 = try measure(plan) { try EditorOpening.open(path: path, size: smallScreen) }
        log("open + first frame 200×50")
        results.open200 = try measure(plan) { try EditorOpening.open(path: path, size: largeScreen) }

        let state = EditorState(map: map, document: DocumentInfo(path: path, isNew: false), screenSize: smallScreen)
        let renderPlan = MeasurementPlan(warmups: 20, minimumRuns: 201, budgetSeconds: 0.2, maximumRuns: 2_001)
        log("render 80×24")
        results.render80 = measure(renderPlan) { EditorOpening.checksum(EditorRenderer.render(state, size: smallScreen)) }
        log("render 200×50")
        results.render200 = measure(renderPlan) { EditorOpening.checksum(EditorRenderer.render(state, size: largeScreen)) }

        log("keys")
        (results.moves, results.edits, results.historyLength) = perKey(map: map, path: path, keys: keys, size: smallScreen)
        return results
    }

    /// Presses `keys` cursor moves, each followed by an edit of the cell it lands on, timing each
    /// key from the event to the finished frame. The cursor walks diagonally and bounces off the
    /// edges, so that it sweeps across every stage many times and down the touchpoints, scrolling
    /// the view both ways; the edits pile up in the undo history.
    static func perKey(map: JourneyMap, path: String, keys: Int, size: ScreenSize) -> (moves: Samples, edits: Samples, history: Int) {
        var state = EditorState(map: map, document: DocumentInfo(path: path, isNew: false), screenSize: size)
        _ = Editor.update(&state, with: .input(.resize(size)))
        var walker = DiagonalWalker(stages: map.stages.count, touchpoints: map.touchpoints.count)
        var moves = Samples(), edits = Samples()
        moves.nanoseconds.reserveCapacity(keys)
        edits.nanoseconds.reserveCapacity(keys)
        let warmups = 50
        for index in 0..<(warmups + keys) {
            let move = walker.next()
            let moveTime = timeKey(move, state: &state, size: size)
            let edit = editKey(for: state.currentCell)
            let editTime = timeKey(edit, state: &state, size: size)
            if index >= warmups {
                moves.nanoseconds.append(moveTime)
                edits.nanoseconds.append(editTime)
            }
        }
        return (moves, edits, state.history.past.count)
    }

    /// One key: the update and the frame that shows it, as the session does between two inputs.
    private static func timeKey(_ key: Key, state: inout EditorState, size: ScreenSize) -> UInt64 {
        let before = MonotonicClock.now()
        _ = Editor.update(&state, with: .key(key))
        let frame = EditorRenderer.render(state, size: size)
        Sink.keep(frame.buffer.cells.count)
        let after = MonotonicClock.now()
        return after - before
    }

    /// An emotion key (`1`…`5`) that changes the cell's emotion: one point up, from +2 back to -2.
    static func editKey(for cell: Cell) -> Key {
        let score = cell.emotion?.score ?? -1
        let next = score >= Emotion.maximum ? Emotion.minimum : score + 1
        return .character(Character(String(next + 3)))
    }
}

/// The cursor's path for the per-key figures: alternately one stage across and one touchpoint
/// down, turning back at the edges.
struct DiagonalWalker {
    let stages: Int
    let touchpoints: Int
    private var stage = 0, touchpoint = 0
    private var across = 1, down = 1
    private var horizontal = true

    init(stages: Int, touchpoints: Int) {
        self.stages = stages
        self.touchpoints = touchpoints
    }

    mutating func next() -> Key {
        defer { horizontal.toggle() }
        if horizontal && stages > 1 {
            if stage + across < 0 || stage + across >= stages { across = -across }
            stage += across
            return across > 0 ? .right : .left
        }
        guard touchpoints > 1 else { return .right }
        if touchpoint + down < 0 || touchpoint + down >= touchpoints { down = -down }
        touchpoint += down
        return down > 0 ? .down : .up
    }
}
