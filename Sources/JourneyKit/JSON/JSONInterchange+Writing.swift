extension JSONInterchange {
    /// The JSON text of a map: pretty-printed with two-space indentation, keys in the order of the
    /// contract, ending with a line break.
    ///
    /// Only non-empty cells are written, touchpoint by touchpoint and within a touchpoint stage by
    /// stage, so the same map always gives the same text. Absent values (`persona`, `goal`, an
    /// empty `note`, an empty `painPoints`…) are left out; `version`, `title`, `kind`, `stages`,
    /// `touchpoints` and `cells` are always written. Control characters, U+2028, U+2029 and
    /// invisible or bidirectional formatting characters are escaped as `\uXXXX`; other non-ASCII
    /// text and `/` stand as themselves.
    public static func encode(_ map: JourneyMap) -> String {
        String(decoding: encodedBytes(map), as: UTF8.self)
    }

    /// The JSON text of a map as UTF-8 bytes; see ``encode(_:)``.
    static func encodedBytes(_ map: JourneyMap) -> [UInt8] {
        var out = JSONTextWriter(capacity: 256 + map.stages.count * 64 + map.touchpoints.count * 64 + map.nonEmptyCellCount * 200)
        out.raw("{")
        out.key("version", indent: 1)
        out.integer(version)
        out.raw(",")
        out.key("title", indent: 1)
        out.string(map.title)
        out.raw(",")
        if let persona = map.persona {
            out.key("persona", indent: 1)
            out.string(persona)
            out.raw(",")
        }
        if let scenario = map.scenario {
            out.key("scenario", indent: 1)
            out.string(scenario)
            out.raw(",")
        }
        out.key("kind", indent: 1)
        out.string(map.kind.rawValue)
        out.raw(",")
        if let language = map.languageCode {
            out.key("language", indent: 1)
            out.string(language)
            out.raw(",")
        }

        out.key("stages", indent: 1)
        writeArray(map.stages, to: &out) { out, stage in
            out.key("name", indent: 3)
            out.string(stage.name)
            if let goal = stage.goal {
                out.raw(",")
                out.key("goal", indent: 3)
                out.string(goal)
            }
            if !stage.metrics.isEmpty {
                out.raw(",")
                out.key("metrics", indent: 3)
                out.metrics(stage.metrics, indent: 3)
            }
        }
        out.raw(",")

        out.key("touchpoints", indent: 1)
        writeArray(map.touchpoints, to: &out) { out, touchpoint in
            out.key("name", indent: 3)
            out.string(touchpoint.name)
            if let channel = touchpoint.channel {
                out.raw(",")
                out.key("channel", indent: 3)
                out.string(channel)
            }
        }
        out.raw(",")

        out.key("cells", indent: 1)
        // Unknown `.journey` fields have no place in the interchange form: a cell holding only
        // those is empty there (and is left out, as a second export would leave it out).
        let cells = map.allNonEmptyCells().filter { !$0.cell.isEmptyInInterchange }
        writeArray(cells, to: &out) { out, entry in
            out.key("stage", indent: 3)
            out.string(map.stages[entry.stage].name)
            out.raw(",")
            out.key("touchpoint", indent: 3)
            out.string(map.touchpoints[entry.touchpoint].name)
            let cell = entry.cell
            if !cell.note.isEmpty {
                out.raw(",")
                out.key("note", indent: 3)
                out.string(cell.note)
            }
            if let emotion = cell.emotion {
                out.raw(",")
                out.key("emotion", indent: 3)
                out.integer(emotion.score)
            }
            if let feeling = cell.feeling {
                out.raw(",")
                out.key("feeling", indent: 3)
                out.string(feeling)
            }
            if let evidence = cell.evidence {
                out.raw(",")
                out.key("evidence", indent: 3)
                out.string(evidence.rawValue)
            }
            if !cell.sources.isEmpty {
                out.raw(",")
                out.key("sources", indent: 3)
                out.stringArray(cell.sources, indent: 3)
            }
            for list in ItemList.allCases {
                let items = cell[list: list]
                guard !items.isEmpty else { continue }
                out.raw(",")
                out.newline(indent: 3)
                out.string(list.jsonName)
                out.raw(": ")
                out.items(items, list: list, indent: 3)
            }
        }
        out.newline(indent: 0)
        out.raw("}\n")
        return out.bytes
    }

    /// Writes `[ {…}, {…} ]` at the second level of indentation, or `[]`, with `body` writing each object's members.
    private static func writeArray<Element>(
        _ elements: [Element], to out: inout JSONTextWriter, body: (inout JSONTextWriter, Element) -> Void
    ) {
        guard !elements.isEmpty else {
            out.raw("[]")
            return
        }
        out.raw("[")
        for (offset, element) in elements.enumerated() {
            if offset > 0 { out.raw(",") }
            out.newline(indent: 2)
            out.raw("{")
            body(&out, element)
            out.newline(indent: 2)
            out.raw("}")
        }
        out.newline(indent: 1)
        out.raw("]")
    }
}

extension Cell {
    /// Whether the cell has nothing the JSON interchange form can carry.
    var isEmptyInInterchange: Bool {
        note.isEmpty && emotion == nil && feeling == nil && hasNoItems && evidence == nil && sources.isEmpty
    }
}
