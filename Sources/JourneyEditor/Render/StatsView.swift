import JourneyKit

/// One row of a scrolling view: pieces of text at columns, and the selectable item it shows.
struct ViewRow {
    struct Piece {
        var x: Int
        var width: Int
        var text: String
        var role: StyleRole
    }

    var pieces: [Piece] = []
    /// The selectable items on the row, with the columns each takes (for the highlight).
    var items: [(index: Int, x: Int, width: Int)] = []

    init(_ pieces: [Piece] = []) {
        self.pieces = pieces
    }

    static func text(_ text: String, x: Int = 1, width: Int, role: StyleRole = .normal) -> ViewRow {
        ViewRow([Piece(x: x, width: width, text: text, role: role)])
    }
}

extension ScreenPainter {
    /// The analysis view (`:stats`): each stage's average emotion and votes as bars, the lowest
    /// stage, the pain points with most votes, and the opportunity matrix as a 2×2 grid of
    /// quadrants with the unscored opportunities under it; the selected item highlighted and
    /// kept in view.
    mutating func paintStats(selected: Int) {
        let statistics = MapStatistics(map)
        let items = StatsEntries.selectable(statistics, height: height)
        let selected = items.isEmpty ? nil : min(selected, items.count - 1)
        var rows: [ViewRow] = []
        let full = width - 2
        let heading = AnalysisStrings.statisticsHeading(title: map.title.isEmpty ? ModelStrings.untitled.text(in: language) : map.title).text(in: language)
        let lowest = statistics.lowestStage.map { index in
            statistics.stages[index].name + " " + (statistics.stages[index].averageEmotion?.signedText(in: language) ?? "")
        } ?? AnalysisStrings.noLowestStage.text(in: language)
        let lowestText = AnalysisStrings.lowestStageLabel.text(in: language) + ": " + lowest
        let lowestWidth = min(full / 2, DisplayWidth.of(lowestText))
        rows.append(ViewRow([.init(x: 1, width: full - lowestWidth - 2, text: heading, role: .detailHeading),
                             .init(x: width - 1 - lowestWidth, width: lowestWidth, text: lowestText, role: statistics.lowestStage == nil ? .dim : .curveLowest)]))
        rows += stageRows(statistics)
        rows.append(ViewRow())
        rows.append(.text(AnalysisStrings.topPainPointsHeading.text(in: language), width: full, role: .painPoint))
        let pains = StatsEntries.painPoints(statistics, height: height)
        if pains.isEmpty {
            rows.append(.text("  " + AnalysisStrings.noVotedPainPoints.text(in: language), width: full, role: .dim))
        }
        for (offset, item) in pains.enumerated() {
            var row = ViewRow.text("  " + itemLine(item, withScores: false), width: full)
            row.items = [(offset, 1, full)]
            rows.append(row)
        }
        rows.append(ViewRow())
        rows.append(.text(AnalysisStrings.opportunityMatrixHeading.text(in: language), width: full, role: .opportunity))
        rows += matrixRows(statistics, firstIndex: pains.count)
        paintRows(rows, selected: selected)
    }

    /// Each stage: its name, its average emotion as a bar either side of zero and as a number,
    /// and its votes as a bar and a number.
    private func stageRows(_ statistics: MapStatistics) -> [ViewRow] {
        let nameWidth = min(24, max(8, statistics.stages.map { DisplayWidth.of($0.name) }.max() ?? 8))
        let half = max(3, min(10, (width - nameWidth - 30) / 4))
        let mostVotes = max(1, statistics.stages.map(\.votes).max() ?? 1)
        let votesRoom = max(3, min(20, width - nameWidth - 2 * half - 22))
        var rows = [ViewRow([
            .init(x: 1, width: nameWidth, text: AnalysisStrings.stagesHeading.text(in: language), role: .dim),
            .init(x: nameWidth + 3, width: 2 * half + 8, text: WorkshopScreenStrings.emotionAxis.text(in: language), role: .dim),
            .init(x: nameWidth + 2 * half + 13, width: votesRoom + 6, text: AnalysisStrings.votesColumn.text(in: language), role: .dim),
        ])]
        for (index, stage) in statistics.stages.enumerated() {
            var pieces: [ViewRow.Piece] = [.init(x: 1, width: nameWidth, text: stage.name, role: index == statistics.lowestStage ? .curveLowest : .columnHeader)]
            let center = nameWidth + 3 + half
            pieces.append(.init(x: center, width: 1, text: String(glyphs.steep), role: .curveAxis))
            if let average = stage.averageEmotion {
                let length = Int((abs(average.doubleValue) / 2 * Double(half)).rounded())
                let bar = String(repeating: String(glyphs.bar), count: length)
                let role = StyleRole.emotion(average.doubleValue)
                if average.value < 0 {
                    pieces.append(.init(x: center - length, width: length, text: bar, role: role))
                } else if length > 0 {
                    pieces.append(.init(x: center + 1, width: length, text: bar, role: role))
                }
                pieces.append(.init(x: center + half + 2, width: 7, text: average.signedText(in: language), role: role))
            } else {
                pieces.append(.init(x: center + half + 2, width: 7, text: AnalysisStrings.noFigure.text(in: language), role: .dim))
            }
            let votesX = center + half + 10
            let length = stage.votes == 0 ? 0 : max(1, stage.votes * votesRoom / mostVotes)
            pieces.append(.init(x: votesX, width: length, text: String(repeating: glyphs.vote, count: length), role: .painPoint))
            pieces.append(.init(x: votesX + length + 1, width: 6, text: "\(stage.votes)", role: stage.votes == 0 ? .dim : .normal))
            rows.append(ViewRow(pieces))
        }
        return rows
    }

    /// The matrix: quick wins and big bets side by side (high impact), fill-ins and money pits
    /// under them (low impact), each quadrant with its items; then the unscored ones.
    private func matrixRows(_ statistics: MapStatistics, firstIndex: Int) -> [ViewRow] {
        var rows: [ViewRow] = []
        let boxWidth = (width - 3) / 2
        var index = firstIndex
        func box(_ quadrant: OpportunityQuadrant, x: Int, width: Int) -> [ViewRow] {
            let title = AnalysisStrings.quadrantTitle(quadrant).text(in: language) + " (" + AnalysisStrings.quadrantRule(quadrant).text(in: language) + ")"
            var result = [ViewRow.text(title, x: x, width: width, role: .detailHeading)]
            let items = statistics.opportunityMatrix[quadrant]
            if items.isEmpty { result.append(.text("  " + AnalysisStrings.noneInList.text(in: language), x: x, width: width, role: .dim)) }
            for item in items {
                var row = ViewRow.text("  " + itemLine(item, withScores: quadrant == .unscored), x: x, width: width)
                row.items = [(index, x, width)]
                result.append(row)
                index += 1
            }
            return result
        }
        for pair in [(OpportunityQuadrant.quickWins, OpportunityQuadrant.bigBets), (.fillIns, .moneyPits)] {
            let left = box(pair.0, x: 1, width: boxWidth - 1)
            let right = box(pair.1, x: boxWidth + 2, width: width - boxWidth - 3)
            for line in 0..<max(left.count, right.count) {
                var row = ViewRow()
                for side in [left, right] where line < side.count {
                    row.pieces += side[line].pieces
                    row.items += side[line].items
                }
                row.pieces.append(.init(x: boxWidth, width: 1, text: String(glyphs.vertical), role: .dim))
                rows.append(row)
            }
            rows.append(ViewRow([.init(x: 1, width: width - 2, text: String(repeating: String(glyphs.horizontal), count: width - 2), role: .dim)]))
        }
        rows += box(.unscored, x: 1, width: width - 2)
        return rows
    }

    /// An item as the analysis lists it: its votes, its scores, its text and where it is.
    private func itemLine(_ item: LocatedItem, withScores: Bool) -> String {
        var parts = [glyphs.vote + "\(item.item.votes)"]
        if withScores {
            if let impact = item.item.impact { parts.append(AnalysisStrings.impact(impact).text(in: language)) }
            if let effort = item.item.effort { parts.append(AnalysisStrings.effort(effort).text(in: language)) }
        }
        var line = parts.joined(separator: " ") + "  " + item.item.text.replacingLineBreaks(with: " ")
        line += glyphs.separator + item.stageName + glyphs.arrow + item.touchpointName
        if let owner = item.item.owner { line += glyphs.separator + AnalysisStrings.owner(owner).text(in: language) }
        return line
    }

    /// Draws rows between the title bar and the status line, scrolled so that the selected item
    /// shows, with markers where rows are left out.
    mutating func paintRows(_ rows: [ViewRow], selected: Int?) {
        let top = 1, bottom = height - 1
        let room = bottom - top
        guard room > 0 else { return }
        buffer.fill(x: 0, y: top, width: width, height: room, role: .normal)
        var first = 0
        if let selected, let row = rows.firstIndex(where: { $0.items.contains { $0.index == selected } }), row >= room - 1 {
            first = min(row - room / 2, max(0, rows.count - room))
        }
        first = max(0, first)
        for (offset, row) in rows.dropFirst(first).prefix(room).enumerated() {
            let y = top + offset
            for item in row.items where item.index == selected {
                buffer.fill(x: item.x, y: y, width: item.width, height: 1, role: .selection)
            }
            defer {
                // The selected item is marked by a character too, for screens without colour.
                for item in row.items where item.index == selected { buffer.put(glyphs.currentRow, x: item.x, y: y, role: .selection) }
            }
            for piece in row.pieces where piece.width > 0 && piece.x < width {
                let highlighted = row.items.contains { $0.index == selected && piece.x >= $0.x && piece.x < $0.x + $0.width }
                buffer.write(piece.text, x: piece.x, y: y, width: min(piece.width, width - piece.x), role: highlighted ? .selection : piece.role)
            }
        }
        if first > 0 { buffer.put(glyphs.moreAbove, x: width - 1, y: top, role: .scrollMarker) }
        if first + room < rows.count { buffer.put(glyphs.moreBelow, x: width - 1, y: bottom - 1, role: .scrollMarker) }
    }
}
