#if os(Linux)
import Foundation
import Glibc
import JourneyEditor
import JourneyKit
import JourneyTestSupport
import Testing

/// Undo keeps every version of the map, sharing storage between them, so that an edit costs the
/// same however long the history already is, and far less than the map itself.
///
/// The cost is counted, not timed: the heap bytes an edit (the update and its undo recording) leaves
/// in use, as glibc's allocator reports them. Each figure is the median over several edits, so that
/// a growth of the history's own array, or another test allocating at the same moment, does not
/// decide it.
@Suite("Undo cost")
struct UndoCostTests {
    static let stages = 40
    static let touchpoints = 500
    static let samples = 15

    @Test("an edit costs the same with 10 or 5,000 earlier edits in the history, and a row rather than the map")
    func editCostDoesNotGrowWithHistory() throws {
        let heap = try #require(HeapCounter(), "glibc's malloc_info is not available")
        let map = Self.fullMap()
        // The map's size is counted from its text, not read off the heap: other tests running at
        // the same moment allocate and free megabytes, which made a heap difference here a guess.
        let mapBytes = Self.textBytes(of: map)
        #expect(mapBytes > 2_000_000, "the map should take megabytes; its text takes \(mapBytes) bytes")

        // A heap figure can still be moved by other tests running at the same moment, so a
        // measurement that misses is taken again, on fresh histories, up to three times: noise
        // passes on a later try, a real cost misses every time.
        var early = 0, late = 0
        for _ in 0..<3 {
            early = Self.medianEditBytes(map: map, historyLength: 10, heap: heap)
            late = Self.medianEditBytes(map: map, historyLength: 5_000, heap: heap)
            if late <= early + early / 4 + 16_384, early < mapBytes / 20, late < mapBytes / 20 { break }
        }
        // One edit copies the touched row and the list of rows: kilobytes here, whatever the history.
        #expect(late <= early + early / 4 + 16_384, "an edit took \(early) bytes with 10 edits in the history and \(late) bytes with 5,000")
        #expect(early < mapBytes / 20, "an edit took \(early) bytes, a map of \(mapBytes) bytes was copied?")
        #expect(late < mapBytes / 20, "an edit took \(late) bytes, a map of \(mapBytes) bytes was copied?")
    }

    /// The median heap bytes of an edit on `map` once `historyLength` edits are in its history.
    static func medianEditBytes(map: JourneyMap, historyLength: Int, heap: HeapCounter) -> Int {
        var state = EditorState(map: map, document: DocumentInfo(path: "large.journey", isNew: false), screenSize: ScreenSize(width: 80, height: 24))
        var walker = 0
        edit(&state, times: historyLength, walker: &walker)
        #expect(state.history.past.count == historyLength)
        return medianEditBytes(&state, heap: heap, walker: &walker)
    }

    /// A map of `stages` × `touchpoints` cells, each with its own note, emotion, feeling, pain point
    /// and opportunity.
    static func fullMap() -> JourneyMap {
        var map = JourneyMap(title: "Tienda de tazas: primera compra")
        for stage in 0..<stages { _ = try? map.appendStage(named: "Etapa \(stage + 1)", goal: "Encontrar un regalo 🎁") }
        for touchpoint in 0..<touchpoints { _ = try? map.appendTouchpoint(named: "Punto de contacto \(touchpoint + 1)", channel: "web") }
        for touchpoint in 0..<touchpoints {
            for stage in 0..<stages {
                let cell = Cell(
                    note: "Ana busca la taza del gato 🐱 en la etapa \(stage + 1), punto \(touchpoint + 1)",
                    emotion: Emotion((stage + touchpoint) % 5 - 2),
                    feeling: "curiosa \(stage)",
                    painPoints: ["El precio total no aparece hasta el final (\(stage), \(touchpoint))"],
                    opportunities: ["Mostrar el precio total desde el principio (\(stage), \(touchpoint))"])
                map.setCell(cell, stage: stage, touchpoint: touchpoint)
            }
        }
        return map
    }

    /// The heap bytes the map's cell text needs at least: every string too long to be stored inline
    /// (more than 15 UTF-8 bytes) is a buffer of its own. Counted exactly, whatever else the process
    /// is doing; the rows, cells and arrays holding them come on top.
    static func textBytes(of map: JourneyMap) -> Int {
        func bytes(_ text: String?) -> Int {
            guard let count = text?.utf8.count, count > 15 else { return 0 }
            return count
        }
        var total = 0
        for touchpoint in map.touchpoints.indices {
            for stage in map.stages.indices {
                let cell = map.cell(stage: stage, touchpoint: touchpoint)
                total += bytes(cell.note) + bytes(cell.feeling)
                for list in ItemList.allCases { total += cell[list: list].reduce(0) { $0 + bytes($1.text) } }
            }
        }
        return total
    }

    /// Moves the cursor one cell along the map (not counted), so that edits land all over it.
    static func step(_ state: inout EditorState, walker: inout Int) {
        walker += 1
        _ = Editor.update(&state, with: .key(walker % 3 == 0 ? .down : .right))
        if walker % 41 == 0 { _ = Editor.update(&state, with: .key(.home)) }
    }

    /// The emotion key (`1`…`5`) that changes the current cell's emotion.
    static func editKey(_ state: EditorState) -> Key {
        let score = state.currentCell.emotion?.score ?? -1
        let next = score >= Emotion.maximum ? Emotion.minimum : score + 1
        return .character(Character(String(next + 3)))
    }

    static func edit(_ state: inout EditorState, times: Int, walker: inout Int) {
        for _ in 0..<max(0, times) {
            step(&state, walker: &walker)
            _ = Editor.update(&state, with: .key(editKey(state)))
        }
    }

    /// The median of the heap bytes that each of `samples` edits leaves in use.
    static func medianEditBytes(_ state: inout EditorState, heap: HeapCounter, walker: inout Int) -> Int {
        var costs: [Int] = []
        for _ in 0..<samples {
            step(&state, walker: &walker)
            let key = editKey(state)
            let before = heap.inUse()
            _ = Editor.update(&state, with: .key(key))
            costs.append(heap.inUse() - before)
        }
        costs.sort()
        return costs[costs.count / 2]
    }
}

/// The bytes the heap has in use, from glibc's `malloc_info` report (which `Glibc` does not
/// import, so it is looked up by name): the arenas' memory less their free chunks, plus the
/// blocks mapped on their own.
final class HeapCounter {
    private typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
    private let mallocInfo: MallocInfo
    /// Where the report is written, allocated once so that reading the figure allocates nothing
    /// that stays.
    private let buffer: UnsafeMutableBufferPointer<CChar>

    init?() {
        guard let symbol = dlsym(nil, "malloc_info") else { return nil }
        mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
        buffer = .allocate(capacity: 1 << 20)
    }

    deinit { buffer.deallocate() }

    /// The heap bytes in use now.
    func inUse() -> Int {
        guard let file = fmemopen(buffer.baseAddress, buffer.count - 1, "w") else { return 0 }
        _ = mallocInfo(0, file)
        let length = max(0, min(Int(ftell(file)), buffer.count - 1))
        fclose(file)
        let report = String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: length), as: UTF8.self)
        // The totals over all arenas follow the last arena's `</heap>`.
        guard let totals = report.split(separator: "</heap>").last else { return 0 }
        func size(of element: String) -> Int {
            guard let start = totals.range(of: element) else { return 0 }
            let rest = totals[start.upperBound...]
            guard let sizeStart = rest.range(of: "size=\"") else { return 0 }
            return Int(rest[sizeStart.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        return size(of: "<system type=\"current\"") - size(of: "<total type=\"fast\"") - size(of: "<total type=\"rest\"")
            + size(of: "<total type=\"mmap\"")
    }
}
#endif
