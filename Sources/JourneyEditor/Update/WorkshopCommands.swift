import JourneyKit

/// The workshop's changes to the map: votes, impact and effort, owners, evidence, sources and
/// stage metrics; each one undoable step.
enum WorkshopCommands {
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        switch command {
        case .setMetric(let name, let value, let unit):
            return setMetric(name: name, value: value, unit: unit, state: &state)
        case .removeMetric(let name):
            return removeMetric(name: name, state: &state)
        case .showStats, .present, .timer, .compare:
            return WorkshopViews.run(command, state: &state)
        default:
            break
        }
        if let refusal = CommandRunner.requireCell(state) { return .refused(refusal) }
        let cell = state.currentCell
        switch command {
        case .vote(let list, let index, let step):
            let items = cell[list: list]
            guard index >= 0, index < items.count else { return .refused(.noSuchItem(list, number: index + 1, count: items.count)) }
            let votes = items[index].votes + step
            guard votes >= 0 else { return .refused(.workshop(.noVotesToTake(list))) }
            return update(step > 0 ? .vote(list) : .unvote(list), state: &state, { $0[list: list][index].votes = votes },
                          then: .workshop(step > 0 ? .voted(list, votes: votes) : .unvoted(list, votes: votes)))
        case .setScore(let score, let index, let value):
            let items = cell[list: .opportunities]
            guard index >= 0, index < items.count else { return .refused(.noSuchItem(.opportunities, number: index + 1, count: items.count)) }
            let current = score == .impact ? items[index].impact : items[index].effort
            guard current != value else {
                state.message = .info(.workshop(.scoreSet(score, value)))
                return .done([])
            }
            return update(score == .impact ? .setImpact : .setEffort, state: &state, { cell in
                if score == .impact { cell[list: .opportunities][index].impact = value } else { cell[list: .opportunities][index].effort = value }
            }, then: .workshop(.scoreSet(score, value)))
        case .setOwner(let index, let owner):
            let items = cell[list: .opportunities]
            guard index >= 0, index < items.count else { return .refused(.noSuchItem(.opportunities, number: index + 1, count: items.count)) }
            let trimmed = owner?.trimmingWhitespaceAndNewlines()
            let value = trimmed?.isEmpty == false ? trimmed : nil
            guard value != items[index].owner else { return .done([]) }
            return update(.setOwner, state: &state, { $0[list: .opportunities][index].owner = value }, then: .workshop(.ownerSet(value)))
        case .setEvidence(let evidence):
            guard evidence != cell.evidence else {
                state.message = .info(.workshop(.evidenceSet(evidence)))
                return .done([])
            }
            return update(.setEvidence, state: &state, { $0.evidence = evidence }, then: .workshop(.evidenceSet(evidence)))
        case .cycleEvidence:
            let order: [Evidence?] = [nil, .assumed, .partial, .researched]
            let next = order[((order.firstIndex(of: cell.evidence) ?? 0) + 1) % order.count]
            return run(.setEvidence(next), state: &state)
        case .addSource(let text):
            let trimmed = text.trimmingWhitespaceAndNewlines()
            guard !trimmed.isEmpty else { return .refused(.nothingAdded) }
            return update(.addSource, state: &state, { $0.sources.append(trimmed) }, then: .workshop(.sourceAdded(count: cell.sources.count + 1)))
        case .removeSource(let index):
            guard index >= 0, index < cell.sources.count else { return .refused(.workshop(.noSuchSource(number: index + 1, count: cell.sources.count))) }
            return update(.removeSource, state: &state, { $0.sources.remove(at: index) }, then: .workshop(.sourceRemoved))
        default:
            return .done([])
        }
    }

    private static func setMetric(name: String, value: Double, unit: String?, state: inout EditorState) -> CommandOutcome {
        let stage: Int
        switch CommandRunner.requireLine(.stage, state) {
        case .success(let found): stage = found
        case .failure(let refusal): return .refused(refusal)
        }
        let trimmed = name.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return .refused(.badArgument(command: "metric", usage: .metric)) }
        var metrics = state.map.stages[stage].metrics
        let metric: StageMetric
        if let existing = metrics.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(trimmed) }) {
            metric = StageMetric(name: trimmed, value: value, unit: unit, source: metrics[existing].source)
            guard metrics[existing] != metric else { return .done([]) }
            metrics[existing] = metric
        } else {
            metric = StageMetric(name: trimmed, value: value, unit: unit)
            metrics.append(metric)
        }
        let shown = MetricText.value(metric, in: state.language)
        return CommandRunner.change(.setMetric, state: &state, { $0.setMetrics(metrics, forStageAt: stage) },
                                    then: .workshop(.metricSet(name: trimmed, value: shown, stage: state.map.stages[stage].name)))
    }

    private static func removeMetric(name: String, state: inout EditorState) -> CommandOutcome {
        let stage: Int
        switch CommandRunner.requireLine(.stage, state) {
        case .success(let found): stage = found
        case .failure(let refusal): return .refused(refusal)
        }
        var metrics = state.map.stages[stage].metrics
        guard let index = metrics.firstIndex(where: { TextFolding.fold($0.name) == TextFolding.fold(name) }) else {
            return .refused(.workshop(.noSuchMetric(name: name)))
        }
        let removed = metrics.remove(at: index)
        return CommandRunner.change(.removeMetric, state: &state, { $0.setMetrics(metrics, forStageAt: stage) }, then: .workshop(.metricRemoved(name: removed.name)))
    }

    /// Changes the cursor's cell as one undoable step.
    private static func update(_ label: ChangeLabel, state: inout EditorState, _ body: @escaping (inout Cell) -> Void, then notice: EditorNotice) -> CommandOutcome {
        let position = state.cursor
        return CommandRunner.change(label, state: &state, { map in
            map.updateCell(stage: position.stage, touchpoint: position.touchpoint, body)
        }, then: notice)
    }
}

/// A metric as people read it: `3.2 %` / `3,2 %`, `Conversion 3.2 %`.
enum MetricText {
    static func value(_ metric: StageMetric, in language: Language) -> String {
        let number = String(metric.valueText.map { $0 == "." ? Character(language.decimalSeparator) : $0 })
        return number + (metric.unit.map { " " + $0 } ?? "")
    }

    static func line(_ metric: StageMetric, in language: Language) -> String {
        metric.name + " " + value(metric, in: language)
    }
}
