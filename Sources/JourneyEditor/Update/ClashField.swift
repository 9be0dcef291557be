import JourneyKit

/// One field of a map, named as a merge conflict names it, copied from one version of the map to
/// another: what brings back a value that did not stand in a clash.
enum ClashField {
    /// Copies the field at `location` from `source` into `target`; returns whether that changed
    /// `target`. Stages and touchpoints deleted on either side, and fields journey keeps whole
    /// (unknown blocks), are left alone.
    static func copy(_ location: MergeConflict.Location, from source: JourneyMap, into target: inout JourneyMap) -> Bool {
        let before = target
        switch location {
        case .map(let field):
            switch field {
            case "title": target.title = source.title
            case "persona": target.persona = source.persona
            case "scenario": target.scenario = source.scenario
            case "kind": target.kind = source.kind
            default: return false
            }
        case .stage(let key, let field):
            guard let from = source.stageIndex(key: key), let to = target.stageIndex(key: key) else { return false }
            switch field {
            case "name": try? target.renameStage(at: to, to: source.stages[from].name)
            case "goal": target.setGoal(source.stages[from].goal, forStageAt: to)
            default: return false
            }
        case .touchpoint(let key, let field):
            guard let from = source.touchpointIndex(key: key), let to = target.touchpointIndex(key: key) else { return false }
            switch field {
            case "name": try? target.renameTouchpoint(at: to, to: source.touchpoints[from].name)
            case "channel": target.setChannel(source.touchpoints[from].channel, forTouchpointAt: to)
            default: return false
            }
        case .cell(let stageKey, let touchpointKey, let field):
            let keys = CellKeys(stage: stageKey, touchpoint: touchpointKey)
            guard let from = source.position(of: keys), let to = target.position(of: keys) else { return false }
            let theirs = source.cell(stage: from.stage, touchpoint: from.touchpoint)
            target.updateCell(stage: to.stage, touchpoint: to.touchpoint) { cell in
                switch field {
                case "note": cell.note = theirs.note
                case "emotion":
                    cell.emotion = theirs.emotion
                    cell.feeling = theirs.feeling
                case "evidence": cell.evidence = theirs.evidence
                case "source": cell.sources = theirs.sources
                default:
                    if let list = ItemList.allCases.first(where: { $0.fieldKey == field }) {
                        cell[list: list] = theirs[list: list]
                    } else {
                        cell = theirs
                    }
                }
            }
        case .extraBlocks:
            return false
        }
        return target != before
    }
}
