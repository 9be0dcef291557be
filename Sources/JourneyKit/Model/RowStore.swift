/// The cells of one touchpoint, by stage identity: an array indexed by ``StageID``'s number, empty
/// cells absent (`nil`).
///
/// Stage identities are small numbers given in order, so the array is as long as the highest
/// identity with a cell in this row: a full row of 100 stages takes 100 slots (7 kB), a third of
/// what a dictionary needs at its load factor, and a cell is found without hashing. Moving a
/// stage changes no row, since rows go by identity, not position.
struct Row: Sendable, Sequence {
    /// The cells, at their stage identity's number.
    private(set) var cells: [Cell?] = []
    /// How many cells are present.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    init() {}

    /// A row holding `cells`, indexed by stage identity number, as they are; `count` of them are present.
    init(cells: [Cell?], count: Int) {
        self.cells = cells
        self.count = count
    }

    /// The cell of a stage, if present.
    subscript(id: StageID) -> Cell? {
        let slot = Int(id.raw)
        return slot < cells.count ? cells[slot] : nil
    }

    /// The cell at a slot (a stage identity's number), if present.
    subscript(slot slot: Int) -> Cell? {
        slot < cells.count ? cells[slot] : nil
    }

    /// Sets the cell of a stage (which must not be empty). A row that must grow makes room for
    /// `capacity` slots at once (the map's stage identities so far), so that filling a row stage
    /// by stage, as reading a file does, does not copy it again and again.
    mutating func set(_ cell: Cell, for id: StageID, capacity: Int = 0) {
        let slot = Int(id.raw)
        if slot >= cells.count {
            if cells.capacity <= slot { cells.reserveCapacity(Swift.max(slot + 1, capacity, cells.count * 2)) }
            cells.append(contentsOf: repeatElement(nil, count: slot + 1 - cells.count))
        }
        if cells[slot] == nil { count += 1 }
        cells[slot] = cell
    }

    /// Puts `cell` in a stage's place, or clears the place when `cell` is empty, and says whether a
    /// cell was there and what its emotion was.
    mutating func replace(with cell: Cell, for id: StageID, capacity: Int) -> (existed: Bool, emotion: Emotion?) {
        let slot = Int(id.raw)
        let existed = slot < cells.count && cells[slot] != nil
        let emotion = existed ? cells[slot]?.emotion : nil
        if cell.isEmpty {
            if existed {
                cells[slot] = nil
                count -= 1
            }
        } else {
            set(cell, for: id, capacity: capacity)
        }
        return (existed, emotion)
    }

    /// Removes the cell of a stage and returns it, if it was present.
    @discardableResult
    mutating func removeValue(forKey id: StageID) -> Cell? {
        let slot = Int(id.raw)
        guard slot < cells.count, let old = cells[slot] else { return nil }
        cells[slot] = nil
        count -= 1
        return old
    }

    /// The cells present, in stage identity order.
    struct Iterator: IteratorProtocol {
        fileprivate let cells: [Cell?]
        fileprivate var slot = 0

        mutating func next() -> (key: StageID, value: Cell)? {
            while slot < cells.count {
                defer { slot += 1 }
                if let cell = cells[slot] { return (StageID(raw: UInt32(slot)), cell) }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(cells: cells) }
}

/// The rows of a map, one per touchpoint, kept in chunks of 64, so that changing one cell of a
/// map whose storage is shared (with an undo snapshot) copies the short list of chunks, one chunk
/// of 64 rows and the row itself, not a list as long as the map has touchpoints.
struct RowStore: Sendable {
    private static let shift = 6
    private static let chunkSize = 1 << shift

    /// The rows, 64 to a chunk; every chunk but the last is full.
    private(set) var chunks: [[Row]] = []
    /// How many rows there are.
    private(set) var count = 0

    init() {}

    init(_ rows: [Row]) {
        chunks.reserveCapacity((rows.count + Self.chunkSize - 1) / Self.chunkSize)
        for row in rows { append(row) }
    }

    var indices: Range<Int> { 0..<count }

    subscript(index: Int) -> Row {
        get {
            precondition(index >= 0 && index < count, "row index out of range")
            return chunks[index >> Self.shift][index & (Self.chunkSize - 1)]
        }
        _modify {
            precondition(index >= 0 && index < count, "row index out of range")
            yield &chunks[index >> Self.shift][index & (Self.chunkSize - 1)]
        }
    }

    /// Adds a row at the end.
    mutating func append(_ row: Row) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Row] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(row)
        count += 1
    }

    /// Inserts a row; in time proportional to the rows (as inserting into an array is).
    mutating func insert(_ row: Row, at index: Int) {
        precondition(index >= 0 && index <= count, "row index out of range")
        if index == count {
            append(row)
            return
        }
        var rows = flattened()
        rows.insert(row, at: index)
        self = RowStore(rows)
    }

    /// Removes a row and returns it; in time proportional to the rows.
    mutating func remove(at index: Int) -> Row {
        precondition(index >= 0 && index < count, "row index out of range")
        var rows = flattened()
        let row = rows.remove(at: index)
        self = RowStore(rows)
        return row
    }

    /// Every row in order.
    func flattened() -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(count)
        for chunk in chunks { rows.append(contentsOf: chunk) }
        return rows
    }
}
