/// The HTML page's section per stage: its goal, metrics, pain points and opportunities (each naming
/// its touchpoint, with votes and scores) and sources (each naming the touchpoints that cite it).
enum HTMLStageSections {
    static func section(for map: JourneyMap, language l: Language, into html: inout HTMLWriter) {
        var items = Array(repeating: Array(repeating: [(item: Item, touchpoint: String)](), count: ItemList.allCases.count), count: map.stages.count)
        var sources = Array(repeating: [(source: String, touchpoints: [String])](), count: map.stages.count)
        for entry in map.allNonEmptyCells() {
            let touchpoint = map.touchpoints[entry.touchpoint].name
            for list in ItemList.allCases {
                for item in entry.cell[list: list] { items[entry.stage][list.rawValue].append((item, touchpoint)) }
            }
            for source in entry.cell.sources {
                if let index = sources[entry.stage].firstIndex(where: { $0.source == source }) {
                    if !sources[entry.stage][index].touchpoints.contains(touchpoint) { sources[entry.stage][index].touchpoints.append(touchpoint) }
                } else {
                    sources[entry.stage].append((source, [touchpoint]))
                }
            }
        }
        var opened = false
        for (index, stage) in map.stages.enumerated() {
            let goal = stage.goal.flatMap { $0.isEmpty ? nil : $0 }
            let hasItems = items[index].contains { !$0.isEmpty }
            guard goal != nil || hasItems || !stage.metrics.isEmpty || !sources[index].isEmpty else { continue }
            if !opened {
                html.markup("<section class=\"stages\">\n")
                html.element("h2", text: ExportStrings.stagesHeading.text(in: l))
                html.newline()
                opened = true
            }
            html.markup("<article class=\"stage\">\n")
            html.element("h3", text: stage.name)
            if let goal {
                html.markup("<p class=\"goal\"><strong>")
                html.text(ExportStrings.goalLabel.text(in: l) + ":")
                html.markup("</strong> ")
                html.text(goal, lineBreaks: true)
                html.markup("</p>\n")
            }
            if !stage.metrics.isEmpty {
                html.element("h4", text: ExportStrings.metricsHeading.text(in: l))
                html.markup("<ul class=\"metrics\">")
                for metric in stage.metrics {
                    var text = "\(metric.name): \(metric.valueText)"
                    if let unit = metric.unit, !unit.isEmpty { text += " " + unit }
                    if let source = metric.source, !source.isEmpty { text += " (\(source))" }
                    html.element("li", text: text, lineBreaks: true)
                }
                html.markup("</ul>\n")
            }
            for list in ItemList.allCases where !items[index][list.rawValue].isEmpty {
                html.element("h4", text: ExportStrings.listHeading(list).text(in: l))
                html.open("ul", ["class": list.htmlClass])
                for entry in items[index][list.rawValue] { item(entry.item, touchpoint: entry.touchpoint, language: l, into: &html) }
                html.markup("</ul>\n")
            }
            if !sources[index].isEmpty {
                html.element("h4", text: ExportStrings.sourcesHeading.text(in: l))
                html.markup("<ul class=\"sources\">")
                for source in sources[index] {
                    html.markup("<li>")
                    html.text(source.source, lineBreaks: true)
                    html.markup(" ")
                    html.element("span", ["class": "where"], text: "(" + source.touchpoints.joined(separator: ", ") + ")")
                    html.markup("</li>")
                }
                html.markup("</ul>\n")
            }
            html.markup("</article>\n")
        }
        if opened { html.markup("</section>\n") }
    }

    /// A list item: its text, the touchpoint it belongs to (in a stage section), and its votes and scores.
    static func item(_ item: Item, touchpoint: String?, language l: Language, into html: inout HTMLWriter) {
        html.markup("<li>")
        html.text(item.text, lineBreaks: true)
        if let touchpoint {
            html.markup(" ")
            html.element("span", ["class": "where"], text: "(" + touchpoint + ")")
        }
        let attributes = HTMLExporter.attributeText(of: item, l)
        if !attributes.isEmpty {
            html.markup(" ")
            html.element("span", ["class": "attributes"], text: "(" + attributes + ")")
        }
        html.markup("</li>")
    }
}
