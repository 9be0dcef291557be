import JourneyKit

extension ScreenPainter {
    /// The presentation for a projector (`:present`), drawn from the map as it is now on every
    /// frame: the overview (every stage with its average, the whole curve as large as the
    /// screen allows, the pain points with most votes), or one stage in large, uncluttered text.
    mutating func paintPresentation(stage: Int?) {
        let top = 1, bottom = height - 1
        guard bottom - top > 2 else { return }
        buffer.fill(x: 0, y: top, width: width, height: bottom - top, role: .normal)
        if let stage, stage < map.stages.count {
            paintPresentedStage(stage, top: top + 1, bottom: bottom)
        } else {
            paintPresentationOverview(top: top + 1, bottom: bottom)
        }
    }

    // MARK: The overview

    private mutating func paintPresentationOverview(top: Int, bottom: Int) {
        let count = map.stages.count
        guard count > 0 else {
            writeCentered(text(.noStages), y: top + 1, role: .dim)
            return
        }
        let statistics = MapStatistics(map)
        let left = 5, plotWidth = width - left - 2
        let centers = (0..<count).map { left + (2 * $0 + 1) * plotWidth / (2 * count) }
        let spacing = max(3, plotWidth / count - 1)
        // Every stage's name and average emotion.
        for (index, stage) in statistics.stages.enumerated() {
            let name = Self.prefix(of: DisplayText.sanitized(stage.name, ascii: glyphs.ascii), width: spacing)
            writeCentered(name, at: centers[index], y: top, role: index == statistics.lowestStage ? .curveLowest : .columnHeader)
            let average = stage.averageEmotion.map { glyphs.face($0.doubleValue) + " " + $0.signedText(in: language) } ?? AnalysisStrings.noFigure.text(in: language)
            writeCentered(Self.prefix(of: average, width: spacing), at: centers[index], y: top + 1,
                          role: stage.averageEmotion.map { StyleRole.emotion($0.doubleValue) } ?? .dim)
        }
        // The pain points with most votes, under the curve.
        let pains = Array(statistics.topPainPoints.prefix(max(1, min(5, (bottom - top) / 4))))
        let painRows = 2 + max(1, pains.count)
        let chartTop = top + 3, chartBottom = bottom - painRows - 1
        if chartBottom - chartTop >= 4 {
            paintPresentationCurve(centers: centers, top: chartTop, bottom: chartBottom, lowest: statistics.lowestStage)
        }
        var y = max(chartTop, chartBottom + 1)
        buffer.write(" " + AnalysisStrings.topPainPointsHeading.text(in: language), x: 1, y: y, width: width - 2, role: .painPoint)
        y += 1
        if pains.isEmpty {
            buffer.write("   " + AnalysisStrings.noVotedPainPoints.text(in: language), x: 1, y: y + 1, width: width - 2, role: .dim)
        }
        for item in pains where y + 1 < bottom {
            y += 1
            let votes = " " + glyphs.vote + "\(item.item.votes) "
            let used = buffer.write(votes, x: 2, y: y, width: 8, role: .painPoint)
            let where_ = glyphs.separator + item.stageName
            let used2 = buffer.write(item.item.text.replacingLineBreaks(with: " "), x: 3 + used, y: y, width: max(1, width - 5 - used - DisplayWidth.of(where_)), role: .normal)
            buffer.write(where_, x: 3 + used + used2, y: y, width: width - 4 - used - used2, role: .dim)
        }
    }

    /// The whole journey's curve between two rows: the axis, the zero line, the compared map's
    /// dotted line if any, and this map's line with its points.
    private mutating func paintPresentationCurve(centers: [Int], top: Int, bottom: Int, lowest: Int?) {
        let rows = bottom - top
        func row(_ value: Double) -> Double { Double(top) + (2 - value) / 4 * Double(rows - 1) }
        for value in [2, 1, 0, -1, -2] {
            let label = value > 0 ? "+\(value)" : (value == 0 ? " 0" : "\(value)")
            buffer.write(label, x: 1, y: Int(row(Double(value)).rounded()), width: 3, role: .curveAxis)
        }
        buffer.fill(x: 5, y: Int(row(0).rounded()), width: width - 7, height: 1, role: .curveAxis, character: glyphs.zeroLine)
        paintComparedLine(centers: centers, row: row)
        let averages = (0..<map.stages.count).map { map.averageEmotion(stage: $0) }
        let rated = averages.indices.filter { averages[$0] != nil }
        for (from, to) in zip(rated, rated.dropFirst()) {
            guard let start = averages[from], let end = averages[to] else { continue }
            paintSegment(from: (centers[from], row(start)), to: (centers[to], row(end)))
        }
        for stage in rated {
            guard let value = averages[stage] else { continue }
            buffer.put(glyphs.point, x: centers[stage], y: Int(row(value).rounded()), role: stage == lowest ? .curveLowest : StyleRole.emotion(value))
        }
        if let legend = comparisonLegend {
            let legendWidth = DisplayWidth.of(DisplayText.sanitized(legend, ascii: glyphs.ascii))
            buffer.write(legend, x: max(5, width - legendWidth - 2), y: top, width: legendWidth, role: .dim, ellipsis: false)
        }
    }

    // MARK: One stage

    private mutating func paintPresentedStage(_ stage: Int, top: Int, bottom: Int) {
        let info = map.stages[stage]
        writeCentered(WorkshopScreenStrings.stageOf(stage + 1, count: map.stages.count).text(in: language), y: top, role: .dim)
        let name = DisplayText.sanitized(info.name, ascii: glyphs.ascii).uppercased()
        let spaced = name.map(String.init).joined(separator: " ")
        writeCentered(DisplayWidth.of(spaced) <= width - 4 ? spaced : name, y: top + 1, role: .detailHeading)
        var y = top + 2
        var summary: [String] = []
        if let average = map.averageEmotion(stage: stage) {
            summary.append(ModelStrings.averageEmotion.text(in: language) + " " + glyphs.face(average) + " " + Hundredths(rounding: average).signedText(in: language))
        }
        if let goal = info.goal, !goal.isEmpty { summary.append(text(.goalLine(goal))) }
        if !summary.isEmpty {
            writeCentered(summary.joined(separator: glyphs.separator), y: y, role: map.averageEmotion(stage: stage).map { StyleRole.emotion($0) } ?? .dim)
            y += 1
        }
        if !info.metrics.isEmpty {
            writeCentered(info.metrics.map { MetricText.line($0, in: language) }.joined(separator: glyphs.separator), y: y, role: .keyName)
            y += 1
        }
        y += 1
        let filled = map.touchpoints.indices.filter { !map.cell(stage: stage, touchpoint: $0).isEmpty }
        if filled.isEmpty {
            writeCentered(WorkshopScreenStrings.emptyCells.text(in: language), y: y, role: .dim)
            return
        }
        for (order, touchpoint) in filled.enumerated() {
            let lines = presentedCell(stage: stage, touchpoint: touchpoint)
            let later = filled.count - order - 1
            // What does not fit is cut, keeping the last row to say how many touchpoints follow.
            let room = bottom - y - (later > 0 || y + lines.count > bottom ? 1 : 0)
            guard room >= 2 else {
                buffer.write(" \(glyphs.moreBelow) " + WorkshopScreenStrings.moreTouchpoints(filled.count - order).text(in: language), x: 2, y: bottom - 1, width: width - 4, role: .scrollMarker)
                return
            }
            if lines.count > room {
                buffer.write(" \(glyphs.moreBelow) " + WorkshopScreenStrings.moreTouchpoints(later + 1).text(in: language), x: 2, y: bottom - 1, width: width - 4, role: .scrollMarker)
            }
            for line in lines.prefix(room) where y < bottom {
                var x = line.indent
                for part in line.parts where x < width - 2 {
                    x += buffer.write(part.text, x: x, y: y, width: width - 2 - x, role: part.role)
                }
                y += 1
            }
            y += 1
        }
    }

    /// One touchpoint's cell at the presented stage: its name and emotion, its note, its pain
    /// points and opportunities with their votes.
    private func presentedCell(stage: Int, touchpoint: Int) -> [(indent: Int, parts: [(text: String, role: StyleRole)])] {
        let cell = map.cell(stage: stage, touchpoint: touchpoint)
        let point = map.touchpoints[touchpoint]
        var heading: [(text: String, role: StyleRole)] = [(point.name, .rowHeaderCurrent)]
        if let channel = point.channel, !channel.isEmpty { heading.append((" (" + channel + ")", .dim)) }
        if let emotion = cell.emotion {
            heading.append(("   " + glyphs.face(Double(emotion.score)) + " " + emotion.signedText + " " + emotion.label(in: language), StyleRole.emotion(Double(emotion.score))))
        }
        if let feeling = cell.feeling, !feeling.isEmpty { heading.append((glyphs.separator + feeling, .dim)) }
        if let marker = glyphs.evidence(cell.evidence) {
            heading.append(("   " + String(marker) + " " + AnalysisStrings.evidenceName(cell.evidence).text(in: language), .dim))
        }
        var lines: [(indent: Int, parts: [(text: String, role: StyleRole)])] = [(3, heading)]
        for line in TextLayout.wrap(cell.note, width: max(10, width - 12), maxLines: 3) where !cell.note.isEmpty {
            lines.append((6, [(line, .normal)]))
        }
        for list in ItemList.allCases {
            for item in cell[list: list] {
                var parts: [(text: String, role: StyleRole)] = [(list.traits.badge + " ", list.traits.role), (item.text.replacingLineBreaks(with: " "), .normal)]
                if item.votes > 0 { parts.append(("  " + glyphs.vote + "\(item.votes)", list.traits.role)) }
                lines.append((6, parts))
            }
        }
        return lines
    }

    /// Writes text centred on the screen, or on a column.
    private mutating func writeCentered(_ text: String, at center: Int? = nil, y: Int, role: StyleRole) {
        let shown = DisplayText.sanitized(text, ascii: glyphs.ascii)
        let textWidth = min(width - 2, DisplayWidth.of(shown))
        let x = max(1, min(width - 1 - textWidth, (center ?? width / 2) - textWidth / 2))
        buffer.write(text, x: x, y: y, width: textWidth, role: role)
    }
}
