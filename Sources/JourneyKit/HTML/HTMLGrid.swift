/// The map's grid on the HTML page: a `<table>` with a column per stage (`<th scope="col">`), a row
/// per touchpoint headed by its name and channel (`<th scope="row">`), a cell per meeting tinted by
/// its emotion, and the stages' average emotions in the footer; the evidence legend under it.
enum HTMLGrid {
    static func section(for map: JourneyMap, language l: Language, into html: inout HTMLWriter) {
        html.markup("<section class=\"grid\">\n")
        html.element("h2", text: ExportStrings.mapHeading.text(in: l))
        html.newline()
        if map.stages.isEmpty || map.touchpoints.isEmpty {
            html.element("p", ["class": "empty"], text: (map.stages.isEmpty ? ExportStrings.noStages : ExportStrings.noTouchpoints).text(in: l))
            html.markup("\n</section>\n")
            return
        }
        html.markup("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>")
        html.element("th", ["scope": "col"], text: ExportStrings.touchpointColumn.text(in: l))
        for stage in map.stages { html.element("th", ["scope": "col"], text: stage.name) }
        html.markup("</tr>\n</thead>\n<tbody>\n")
        let positions = map.makeStagePositions()
        var hasEvidence = false
        for (index, touchpoint) in map.touchpoints.enumerated() {
            var cells = Array(repeating: Cell.empty, count: map.stages.count)
            for (stage, cell) in map.nonEmptyCells(touchpoint: index, stagePositions: positions) { cells[stage] = cell }
            html.markup("<tr>")
            html.open("th", ["scope": "row"])
            html.element("span", ["class": "touchpoint"], text: touchpoint.name)
            if let channel = touchpoint.channel, !channel.isEmpty {
                html.element("span", ["class": "channel"], text: channel)
            }
            html.close("th")
            for cell in cells {
                if cell.evidence != nil { hasEvidence = true }
                self.cell(cell, language: l, into: &html)
            }
            html.markup("</tr>\n")
        }
        html.markup("</tbody>\n<tfoot>\n<tr>")
        html.element("th", ["scope": "row"], text: ExportStrings.averageEmotionRow.text(in: l))
        for stage in map.stages.indices {
            let average = map.averageEmotion(stage: stage)
            let rounded = average.map { Emotion(clamping: Int($0.rounded())) }
            html.open("td", ["class": "average " + HTMLExporter.emotionClass(rounded)])
            if let average {
                html.element("span", ["class": "face", "aria-hidden": "true"], text: Emotion.face(forAverage: average))
                html.markup(" ")
                html.element("span", ["class": "score"], text: l.signedDecimal(average))
            } else {
                html.element("span", ["class": "score none"], text: ExportStrings.notRated.text(in: l))
            }
            html.close("td")
        }
        html.markup("</tr>\n</tfoot>\n</table>\n</div>\n")
        if hasEvidence { legend(l, into: &html) }
        html.markup("</section>\n")
    }

    /// A cell: note, emotion line (face, score, feeling, evidence marker) and lists.
    private static func cell(_ cell: Cell, language l: Language, into html: inout HTMLWriter) {
        guard !cell.isEmpty else {
            html.markup("<td class=\"e-none empty\"></td>")
            return
        }
        html.open("td", ["class": HTMLExporter.emotionClass(cell.emotion)])
        if !cell.note.isEmpty { html.element("p", ["class": "note"], text: cell.note, lineBreaks: true) }
        let feeling = cell.feeling.flatMap { $0.isEmpty ? nil : $0 }
        if cell.emotion != nil || feeling != nil || cell.evidence != nil {
            html.markup("<p class=\"emotion\">")
            if let emotion = cell.emotion {
                html.element("span", ["class": "face", "aria-hidden": "true"], text: emotion.face)
                html.markup(" ")
                html.element("span", ["class": "score", "title": ExportStrings.emotionLabel.text(in: l)], text: emotion.signedText)
            }
            if let feeling {
                html.markup(" ")
                html.element("span", ["class": "feeling"], text: feeling, lineBreaks: true)
            }
            if let evidence = cell.evidence {
                let name = ExportStrings.evidenceName(evidence).text(in: l)
                html.markup(" ")
                html.element("span", ["class": "evidence", "title": name, "aria-label": name], text: ExportStrings.marker(evidence))
            }
            html.markup("</p>")
        }
        for list in ItemList.allCases where !cell[list: list].isEmpty {
            html.open("div", ["class": "items " + list.htmlClass])
            html.element("p", ["class": "label"], text: ExportStrings.listHeading(list).text(in: l))
            html.markup("<ul>")
            for item in cell[list: list] { HTMLStageSections.item(item, touchpoint: nil, language: l, into: &html) }
            html.markup("</ul></div>")
        }
        html.close("td")
    }

    /// The evidence legend: `Evidence: ● researched · ◐ partly researched · ○ assumed`.
    private static func legend(_ l: Language, into html: inout HTMLWriter) {
        html.markup("<p class=\"legend\">")
        html.text(ExportStrings.evidenceLegendTitle.text(in: l) + ": ")
        html.text(Evidence.allStrongestFirst.map { "\(ExportStrings.marker($0)) \(ExportStrings.evidenceName($0).text(in: l))" }.joined(separator: " · "))
        html.markup("</p>\n")
    }
}
