extension MapChange: Localized {
    /// The change as one line a person reads, values on one line (line breaks as `⏎`) and
    /// terminal-safe:
    ///
    /// - `title: Shop → Cat mug shop`
    /// - `stage added: Support` / `etapa añadida: Soporte`
    /// - `stage renamed: Compra → Purchase`, `stage moved: Delivery, 3 → 1`
    /// - `[stage Compra] goal: Buy → Buy fast`
    /// - `[Compra × Web] emotion: -1 → +1`, `[Compra × Web] pain point added: Slow`
    /// - `[Compra × Web] votes (Slow): 2 → 4`
    public func text(in language: Language) -> String {
        let name = FieldName(field, language)
        var line = placeLabel(in: language)
        let label = item.map { "\(name.text) (\(Self.shown($0)))" } ?? name.text
        switch kind {
        case .added:
            line += "\(label) \(name.added): \(Self.shown(new))"
        case .removed:
            line += "\(label) \(name.removed): \(Self.shown(old))"
        case .renamed:
            line += "\(name.text) \(name.renamed): \(Self.shown(old)) → \(Self.shown(new))"
        case .moved:
            line += "\(name.text) \(name.moved): \(Self.shown(placeName)), \(Self.shown(old)) → \(Self.shown(new))"
        case .edited:
            line += "\(label): \(Self.shown(old)) → \(Self.shown(new))"
        }
        return TerminalSafeText.escaping(line)
    }

    /// `[stage Compra] `, `[Compra × Web] `, or nothing for the map and for a stage or
    /// touchpoint added, removed, renamed or moved (whose line names it).
    private func placeLabel(in language: Language) -> String {
        switch place {
        case .map:
            return ""
        case .stage(_, let name):
            if field == "stage" { return "" }
            return "[" + language.choose(en: "stage", es: "etapa") + " \(MergeText.line(name))] "
        case .touchpoint(_, let name):
            if field == "touchpoint" { return "" }
            return "[" + language.choose(en: "touchpoint", es: "punto de contacto") + " \(MergeText.line(name))] "
        case .cell(_, let stageName, _, let touchpointName):
            return "[\(MergeText.line(stageName)) × \(MergeText.line(touchpointName))] "
        }
    }

    /// The stage's or touchpoint's name, for a move.
    private var placeName: String? {
        switch place {
        case .stage(_, let name), .touchpoint(_, let name): name
        default: nil
        }
    }

    private static func shown(_ value: String?) -> String {
        value.map { MergeText.line($0) } ?? "—"
    }
}

/// A field's name in a language, with the words for its changes agreeing with it in Spanish.
private struct FieldName {
    var text: String
    var added: String
    var removed: String
    var renamed: String
    var moved: String

    init(_ field: String, _ language: Language) {
        let (english, spanish, ending): (String, String, String) = switch field {
        case "title": ("title", "título", "o")
        case "persona": ("persona", "persona", "a")
        case "scenario": ("scenario", "escenario", "o")
        case "kind": ("kind", "tipo", "o")
        case "blocks": ("unknown blocks", "bloques desconocidos", "os")
        case "stage": ("stage", "etapa", "a")
        case "touchpoint": ("touchpoint", "punto de contacto", "o")
        case "goal": ("goal", "objetivo", "o")
        case "metric": ("metric", "métrica", "a")
        case "channel": ("channel", "canal", "o")
        case "note": ("note", "nota", "a")
        case "emotion": ("emotion", "emoción", "a")
        case "feeling": ("feeling", "sentimiento", "o")
        case "evidence": ("evidence", "evidencia", "a")
        case "source": ("source", "fuente", "a")
        case "pain": ("pain point", "punto de dolor", "o")
        case "opportunity": ("opportunity", "oportunidad", "a")
        case "votes": ("votes", "votos", "os")
        case "impact": ("impact", "impacto", "o")
        case "effort": ("effort", "esfuerzo", "o")
        case "owner": ("owner", "responsable", "o")
        case "attributes": ("other attributes", "otros atributos", "os")
        default: (field, field, "o")
        }
        text = language.choose(en: english, es: spanish)
        added = language.choose(en: "added", es: "añadid" + ending)
        removed = language.choose(en: "removed", es: "quitad" + ending)
        renamed = language.choose(en: "renamed", es: "renombrad" + ending)
        moved = language.choose(en: "moved", es: "movid" + ending)
    }
}

extension MapDiff {
    /// Every change, one line each, then a line counting them; `no differences` when there is none.
    public func text(in language: Language) -> String {
        guard !isEmpty else { return language.choose(en: "no differences", es: "sin diferencias") }
        let lines = changes.map { $0.text(in: language) }
        return (lines + [language.choose(
            en: language.count(changes.count, one: "change", other: "changes"),
            es: language.count(changes.count, one: "cambio", other: "cambios"))]).joined(separator: "\n")
    }
}
