/// The emotion curve on the HTML page, as inline SVG: one point per stage (its average emotion) on
/// a -2…+2 axis, labelled with the stage names and the values, with a `<title>`, a `<desc>` and an
/// `aria-label` that say the same in words; and, when a map to compare with is given, its curve
/// too, drawn dashed, with a legend. Stages are matched by name; stages only the second map has
/// come after the first map's. A stage with no rated cell has no point.
enum HTMLEmotionCurve {
    /// The drawing's proportions, in SVG units.
    static let height = 260.0, top = 24.0, bottom = 64.0, left = 44.0, right = 24.0, step = 120.0

    /// One curve: an average (or none) per column.
    struct Curve {
        var averages: [Double?]
    }

    static func section(for map: JourneyMap, comparison: JourneyMap?, language l: Language, into html: inout HTMLWriter) {
        guard !map.stages.isEmpty || !(comparison?.stages.isEmpty ?? true) else { return }
        var names = map.stages.map(\.name)
        if let comparison {
            for stage in comparison.stages where map.stageIndex(named: stage.name) == nil { names.append(stage.name) }
        }
        let primary = curve(of: map, columns: names)
        let second = comparison.map { curve(of: $0, columns: names) }
        let width = left + right + step * Double(max(names.count, 1))
        let plot = height - top - bottom
        func x(_ column: Int) -> Double { left + step * (Double(column) + 0.5) }
        func y(_ value: Double) -> Double { top + (2 - value) / 4 * plot }

        let description = ExportStrings.curveDescription(describe(names: names, curve: primary, l)).text(in: l)
            + (second.map { " — " + ExportStrings.comparedWith(describe(names: names, curve: $0, l)).text(in: l) } ?? "")
        html.markup("<section class=\"curve\">\n")
        html.element("h2", text: ExportStrings.emotionCurveHeading.text(in: l))
        html.newline()
        html.markup("<div class=\"curve-wrap\">\n")
        html.open("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(format(width)) \(format(height))",
                          "width": format(width), "height": format(height), "role": "img", "aria-label": description])
        html.newline()
        html.element("title", text: ExportStrings.emotionCurveHeading.text(in: l))
        html.element("desc", text: description)
        html.newline()
        // The axis: a line and a label per score.
        html.markup("<g class=\"axis\">")
        for score in Emotion.scores {
            html.open("line", ["x1": format(left), "x2": format(width - right), "y1": format(y(Double(score))), "y2": format(y(Double(score))),
                               "class": score == 0 ? "zero" : "grid"])
            html.close("line")
            html.element("text", ["x": format(left - 8), "y": format(y(Double(score)) + 4), "text-anchor": "end"], text: Emotion(clamping: score).signedText)
        }
        html.markup("</g>\n<g class=\"stage-names\">")
        for (column, name) in names.enumerated() {
            html.open("text", ["x": format(x(column)), "y": format(height - bottom + 22), "text-anchor": "middle"])
            html.element("title", text: name)
            html.text(shortened(name))
            html.close("text")
        }
        html.markup("</g>\n")
        if let second { draw(second, kind: "comparison", x: x, y: y, language: l, into: &html) }
        draw(primary, kind: "primary", x: x, y: y, language: l, into: &html)
        html.markup("</svg>\n</div>\n")
        if let comparison {
            html.markup("<p class=\"curve-legend\"><span class=\"key primary\" aria-hidden=\"true\"></span> ")
            html.text(name(of: map, l))
            html.markup(" <span class=\"key comparison\" aria-hidden=\"true\"></span> ")
            html.text(ExportStrings.comparedWith(name(of: comparison, l)).text(in: l))
            html.markup("</p>\n")
        }
        html.markup("</section>\n")
    }

    /// A map as the legend names it: its title and kind, `Cat mug shop (Current state)`.
    private static func name(of map: JourneyMap, _ l: Language) -> String {
        (map.title.isEmpty ? ExportStrings.thisMap.text(in: l) : map.title) + " (" + map.kind.displayName(in: l) + ")"
    }

    /// The averages of a map's stages, in the columns' order.
    private static func curve(of map: JourneyMap, columns: [String]) -> Curve {
        Curve(averages: columns.map { name in map.stageIndex(named: name).flatMap { map.averageEmotion(stage: $0) } })
    }

    /// A curve in words: `Awareness +1.0, Purchase not rated`.
    private static func describe(names: [String], curve: Curve, _ l: Language) -> String {
        zip(names, curve.averages).map { name, average in
            name + " " + (average.map { l.signedDecimal($0) } ?? ExportStrings.notRated.text(in: l))
        }.joined(separator: ", ")
    }

    /// A curve's line, and a point and a value label per rated stage.
    private static func draw(_ curve: Curve, kind: String, x: (Int) -> Double, y: (Double) -> Double, language l: Language, into html: inout HTMLWriter) {
        let points = curve.averages.enumerated().compactMap { column, average in average.map { (column, $0) } }
        html.open("polyline", ["class": "line " + kind, "fill": "none",
                               "points": points.map { "\(format(x($0.0))),\(format(y($0.1)))" }.joined(separator: " ")])
        html.close("polyline")
        html.newline()
        html.open("g", ["class": "points " + kind])
        for (column, average) in points {
            html.open("circle", ["cx": format(x(column)), "cy": format(y(average)), "r": "5"])
            html.close("circle")
            let above = kind == "primary"
            html.element("text", ["x": format(x(column)), "y": format(y(average) + (above ? -10 : 18)), "text-anchor": "middle"],
                         text: l.signedDecimal(average))
        }
        html.close("g")
        html.newline()
    }

    /// A stage name short enough for its column: at most 16 characters, else cut with `…`.
    private static func shortened(_ name: String) -> String {
        name.count > 16 ? String(name.prefix(15)) + "…" : name
    }

    /// A coordinate with at most one decimal: `44`, `132.5`.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
