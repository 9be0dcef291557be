import JourneyKit

/// The workshop's commands: dot votes, impact and effort, owners, evidence and sources, stage
/// metrics, the analysis and presentation views, the timer and the comparison.
extension CommandTable {
    static let workshop: [CommandSpec] = [
        voteSpec(name: "vote", step: 1, keys: [.character("+"), .character("=")],
                 help: LocalizedText(en: "one vote for an item of the cursor's cell; in the detail pane + votes for the selected item (one key per vote)",
                                     es: "un voto para un elemento de la celda del cursor; en el panel de detalle + vota por el elemento elegido (una tecla por voto)")),
        voteSpec(name: "unvote", step: -1, keys: [.character("-"), .character("_")],
                 help: LocalizedText(en: "take a vote away (never below 0); in the detail pane - for the selected item",
                                     es: "quitar un voto (nunca por debajo de 0); en el panel de detalle - para el elemento elegido")),
        scoreSpec(.impact, key: "I", label: LocalizedText(en: "Impact (1-5, none clears)", es: "Impacto (1-5, none lo borra)"),
                  help: LocalizedText(en: "the impact of the N-th opportunity, 1 low … 5 high; I in the detail pane",
                                      es: "el impacto de la N-ésima oportunidad, 1 bajo … 5 alto; I en el panel de detalle")),
        scoreSpec(.effort, key: "E", label: LocalizedText(en: "Effort (1-5, none clears)", es: "Esfuerzo (1-5, none lo borra)"),
                  help: LocalizedText(en: "the effort of the N-th opportunity, 1 low … 5 high; E in the detail pane",
                                      es: "el esfuerzo de la N-ésima oportunidad, 1 bajo … 5 alto; E en el panel de detalle")),
        CommandSpec(
            name: "owner", syntax: .opportunityOwner,
            parse: { arguments in
                ArgumentReader.numbered(arguments, name: "owner", syntax: .opportunityOwner).map { .setOwner(index: $0.0, $0.1.isEmpty ? nil : $0.1) }
            },
            keys: [KeyBinding(.detail, [.character("O")], .promptOnSelectedOpportunity)],
            prompt: PromptSpec(label: LocalizedText(en: "Owner (a team or a person)", es: "Responsable (un equipo o una persona)"),
                               prefill: { selectedOpportunity($0)?.owner }, requires: .cell),
            section: .workshop, help: LocalizedText(en: "who takes the N-th opportunity (empty clears it); O in the detail pane",
                                                     es: "quién se encarga de la N-ésima oportunidad (vacío lo borra); O en el panel de detalle")),
        CommandSpec(
            name: "evidence", syntax: .choice(evidenceWords.map(\.0), optional: true),
            parse: { arguments in
                arguments.isEmpty ? .success(.cycleEvidence)
                    : ArgumentReader.choice(arguments, name: "evidence", syntax: .choice(evidenceWords.map(\.0), optional: true), evidenceWords + spanishEvidenceWords) { .setEvidence($0) }
            },
            keys: [KeyBinding([.character("R")], .run(.cycleEvidence))],
            section: .workshop, help: LocalizedText(en: "how well research backs the cell; R steps none → assumed → partial → researched",
                                                     es: "cuánto respalda la investigación la celda; R pasa de nada → supuesta → parcial → investigada")),
        CommandSpec(
            name: "source", syntax: .text(.text, optional: false),
            parse: { ArgumentReader.required($0, name: "source", syntax: .text(.text, optional: false)) { .addSource($0) } },
            section: .workshop, help: LocalizedText(en: "add a source to the cell (a survey, a link)", es: "añadir una fuente a la celda (una encuesta, un enlace)")),
        CommandSpec(
            name: "source delete", aliases: ["source del", "source remove"], syntax: .number,
            parse: { arguments in
                guard let number = Int(arguments), number >= 1 else { return .failure(.badArgument(command: "source delete", usage: .number)) }
                return .success(.removeSource(index: number - 1))
            },
            section: .workshop, help: LocalizedText(en: "remove the cell's N-th source", es: "quitar la N-ésima fuente de la celda")),
        CommandSpec(
            name: "metric", syntax: .metric,
            parse: { arguments in
                guard let (name, value, unit) = ArgumentReader.metric(arguments) else { return .failure(.badArgument(command: "metric", usage: .metric)) }
                return .success(.setMetric(name: name, value: value, unit: unit))
            },
            section: .workshop, help: LocalizedText(en: "a figure on the cursor's stage: :metric Conversion 3.2 %", es: "una cifra de la etapa del cursor: :metric Conversión 3,2 %")),
        CommandSpec(
            name: "metric delete", aliases: ["metric del", "metric remove"], syntax: .text(.name, optional: false),
            parse: { ArgumentReader.required($0, name: "metric delete", syntax: .text(.name, optional: false)) { .removeMetric(name: $0) } },
            section: .workshop, help: LocalizedText(en: "remove a metric from the cursor's stage", es: "quitar una métrica de la etapa del cursor")),
        CommandSpec(
            name: "stats", aliases: ["analysis"], parse: { ArgumentReader.nothing($0, .showStats, name: "stats") },
            keys: [KeyBinding([.character("A")], .run(.showStats))],
            section: .workshop, help: LocalizedText(en: "the analysis: stages, top pain points, opportunity matrix (↑↓ select, Enter goes to the cell, Esc back)",
                                                     es: "el análisis: etapas, puntos de dolor más votados, matriz de oportunidades (↑↓ elegir, Enter va a la celda, Esc volver)")),
        CommandSpec(
            name: "present", aliases: ["presentation"], parse: { ArgumentReader.nothing($0, .present, name: "present") },
            keys: [KeyBinding([.function(5), .character("W")], .run(.present))],
            section: .workshop, help: LocalizedText(en: "present on a projector: the whole journey, then ← → one stage at a time (Esc back)",
                                                     es: "presentar en un proyector: todo el recorrido, luego ← → una etapa cada vez (Esc volver)")),
        CommandSpec(
            name: "timer", syntax: .timer,
            parse: { arguments in
                switch arguments.lowercased() {
                case "off", "stop": return .success(.timer(.stop))
                case "mute": return .success(.timer(.mute))
                case "unmute": return .success(.timer(.unmute))
                default:
                    guard let seconds = WorkshopTimer.parseDuration(arguments) else { return .failure(.badArgument(command: "timer", usage: .timer)) }
                    return .success(.timer(.start(seconds: seconds)))
                }
            },
            section: .workshop, help: LocalizedText(en: "a countdown on the status line; the bell rings when time is up unless muted",
                                                     es: "una cuenta atrás en la línea de estado; suena la campana al acabar salvo con mute")),
        CommandSpec(
            name: "compare", syntax: .compare,
            parse: { arguments in
                if arguments.isEmpty { return .failure(.missingArgument(command: "compare", usage: .compare)) }
                return .success(.compare(path: arguments.lowercased() == "off" ? nil : arguments))
            },
            section: .workshop, help: LocalizedText(en: "draw another map's curve (the future state) over this one, until :compare off",
                                                     es: "dibujar la curva de otro mapa (el estado futuro) sobre la de este, hasta :compare off")),
    ]

    /// The evidence words `:evidence` takes (the first ones are shown in its usage).
    static let evidenceWords: [(String, Evidence?)] = [("assumed", .assumed), ("partial", .partial), ("researched", .researched), ("none", nil)]
    private static let spanishEvidenceWords: [(String, Evidence?)] = [("supuesta", .assumed), ("parcial", .partial), ("investigada", .researched), ("ninguna", nil)]

    private static func voteSpec(name: String, step: Int, keys: [Key], help: LocalizedText) -> CommandSpec {
        CommandSpec(
            name: name, syntax: .item(text: nil),
            parse: { arguments in
                switch ArgumentReader.item(arguments, name: name, syntax: .item(text: nil)) {
                case .failure(let notice): .failure(notice)
                case .success(let (list, index, rest)): rest.isEmpty ? .success(.vote(list, index: index, by: step)) : .failure(.badArgument(command: name, usage: .item(text: nil)))
                }
            },
            keys: [KeyBinding(.detail, keys, .voteForSelected(step))],
            section: .workshop, help: help)
    }

    private static func scoreSpec(_ score: EditorCommand.WorkshopScore, key: Character, label: LocalizedText, help: LocalizedText) -> CommandSpec {
        let name = score.rawValue
        return CommandSpec(
            name: name, syntax: .opportunityScore,
            parse: { arguments in
                switch ArgumentReader.numbered(arguments, name: name, syntax: .opportunityScore) {
                case .failure(let notice): return .failure(notice)
                case .success(let (index, rest)):
                    if rest.lowercased() == "none" || rest.lowercased() == "clear" { return .success(.setScore(score, index: index, nil)) }
                    guard let value = Int(rest), Item.scale.contains(value) else { return .failure(.badArgument(command: name, usage: .opportunityScore)) }
                    return .success(.setScore(score, index: index, value))
                }
            },
            keys: [KeyBinding(.detail, [.character(key)], .promptOnSelectedOpportunity)],
            prompt: PromptSpec(label: label, prefill: { state in
                let item = selectedOpportunity(state)
                return (score == .impact ? item?.impact : item?.effort).map(String.init)
            }, requires: .cell),
            section: .workshop, help: help)
    }

    /// The opportunity selected in the detail pane, for a prompt's starting text.
    private static func selectedOpportunity(_ state: EditorState) -> Item? {
        guard case .detail(let selection?) = state.mode, selection.list == .opportunities,
              selection.index < state.currentCell[list: .opportunities].count else { return nil }
        return state.currentCell[list: .opportunities][selection.index]
    }
}
