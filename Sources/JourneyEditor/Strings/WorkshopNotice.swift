import JourneyKit

/// The status-line messages of the workshop commands (votes, scores, evidence, sources,
/// metrics, the timer, the analysis and the comparison), in English and Spanish.
public enum WorkshopNotice: Hashable, Sendable, Localized {
    case voted(ItemList, votes: Int), unvoted(ItemList, votes: Int), noVotesToTake(ItemList)
    case scoreSet(EditorCommand.WorkshopScore, Int?), ownerSet(String?)
    case evidenceSet(Evidence?), sourceAdded(count: Int), sourceRemoved, noSuchSource(number: Int, count: Int)
    case metricSet(name: String, value: String, stage: String), metricRemoved(name: String), noSuchMetric(name: String)
    case timerStarted(seconds: Int), timerStopped, noTimer, timerMuted, timerUnmuted, timeUp
    case comparing(path: String), comparisonShown(label: String, shared: Int, of: Int), comparisonOff, noComparison
    case comparisonFailed(path: String, reason: String)
    case nothingToSelect, selectAnOpportunity, itemGone, wentToItem(stage: String, touchpoint: String)

    public func text(in l: Language) -> String {
        switch self {
        case .voted(let list, let votes):
            let t = list.traits
            return l.choose(en: "Vote added: the \(list.itemName(in: l)) has \(AnalysisStrings.votes(votes).text(in: l)) (- takes one away)",
                            es: "Voto añadido: \(t.agree("el", "la")) \(list.itemName(in: l)) tiene \(AnalysisStrings.votes(votes).text(in: l)) (- quita uno)")
        case .unvoted(let list, let votes):
            let t = list.traits
            return l.choose(en: "Vote taken away: the \(list.itemName(in: l)) has \(AnalysisStrings.votes(votes).text(in: l))",
                            es: "Voto retirado: \(t.agree("el", "la")) \(list.itemName(in: l)) tiene \(AnalysisStrings.votes(votes).text(in: l))")
        case .noVotesToTake(let list):
            let t = list.traits
            return l.choose(en: "The \(list.itemName(in: l)) has no votes to take away",
                            es: "\(t.agree("El", "La")) \(list.itemName(in: l)) no tiene votos que retirar")
        case .scoreSet(let score, let value):
            let name = score == .impact ? l.choose(en: "Impact", es: "Impacto") : l.choose(en: "Effort", es: "Esfuerzo")
            guard let value else { return name + l.choose(en: " cleared", es: " borrado") }
            return "\(name) \(value)" + l.choose(en: " (1 low … 5 high)", es: " (1 bajo … 5 alto)")
        case .ownerSet(let owner):
            guard let owner else { return l.choose(en: "Owner cleared", es: "Responsable borrado") }
            return l.choose(en: "Owner: ", es: "Responsable: ") + owner
        case .evidenceSet(let evidence):
            guard let evidence else { return l.choose(en: "Evidence cleared (not stated)", es: "Evidencia borrada (sin indicar)") }
            return AnalysisStrings.evidenceLabel.text(in: l) + ": " + AnalysisStrings.evidenceName(evidence).text(in: l)
                + l.choose(en: " (R changes it)", es: " (R la cambia)")
        case .sourceAdded(let count):
            return l.choose(en: "Source added (\(l.count(count, one: "source", other: "sources")) on this cell)",
                            es: "Fuente añadida (\(l.count(count, one: "fuente", other: "fuentes")) en esta celda)")
        case .sourceRemoved: return l.choose(en: "Source removed (u undoes)", es: "Fuente quitada (u deshace)")
        case .noSuchSource(let number, let count):
            return l.choose(en: "There is no source \(number) here: the cell has \(l.count(count, one: "source", other: "sources"))",
                            es: "No hay fuente \(number) aquí: la celda tiene \(l.count(count, one: "fuente", other: "fuentes"))")
        case .metricSet(let name, let value, let stage):
            return l.choose(en: "\(name): \(value) on stage '\(stage)'", es: "\(name): \(value) en la etapa «\(stage)»")
        case .metricRemoved(let name): return l.choose(en: "Metric '\(name)' removed (u undoes)", es: "Métrica «\(name)» quitada (u deshace)")
        case .noSuchMetric(let name): return l.choose(en: "The stage has no metric called '\(name)'", es: "La etapa no tiene ninguna métrica llamada «\(name)»")
        case .timerStarted(let seconds):
            return l.choose(en: "Timer: \(WorkshopTimer.clock(seconds)) (:timer off stops it)", es: "Temporizador: \(WorkshopTimer.clock(seconds)) (:timer off lo para)")
        case .timerStopped: return l.choose(en: "Timer stopped", es: "Temporizador parado")
        case .noTimer: return l.choose(en: "No timer is running: :timer 5m starts one", es: "No hay ningún temporizador: :timer 5m pone uno")
        case .timerMuted: return l.choose(en: "The timer ends without the bell", es: "El temporizador acabará sin campana")
        case .timerUnmuted: return l.choose(en: "The timer rings the bell when time is up", es: "El temporizador toca la campana al acabar el tiempo")
        case .timeUp: return l.choose(en: "Time is up! (:timer off clears it)", es: "¡Se acabó el tiempo! (:timer off lo quita)")
        case .comparing(let path): return l.choose(en: "Reading \(path) to compare…", es: "Leyendo \(path) para comparar…")
        case .comparisonShown(let label, let shared, let count):
            return l.choose(en: "Comparing with '\(label)': \(shared) of \(count) stages shared, its curve dotted (:compare off hides it)",
                            es: "Comparando con «\(label)»: \(shared) de \(count) etapas en común, su curva punteada (:compare off la oculta)")
        case .comparisonOff: return l.choose(en: "Comparison hidden", es: "Comparación oculta")
        case .noComparison: return l.choose(en: "No comparison is shown: :compare FILE draws one", es: "No se muestra ninguna comparación: :compare ARCHIVO la dibuja")
        case .comparisonFailed(let path, let reason):
            return l.choose(en: "Cannot compare with \(path): ", es: "No se puede comparar con \(path): ") + reason
        case .nothingToSelect:
            return l.choose(en: "Nothing to select yet: vote on pain points or add opportunities", es: "Aún no hay nada que elegir: vota puntos de dolor o añade oportunidades")
        case .selectAnOpportunity:
            return l.choose(en: "Select an opportunity first (↓ or → in the detail pane)", es: "Elige antes una oportunidad (↓ o → en el panel de detalle)")
        case .itemGone: return l.choose(en: "That item is no longer in the map", es: "Ese elemento ya no está en el mapa")
        case .wentToItem(let stage, let touchpoint): return "\(stage) › \(touchpoint)"
        }
    }
}
