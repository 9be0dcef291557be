/// Checks a parsed JSON document against the interchange form and builds the ``JourneyMap`` it describes.
///
/// It collects every problem it finds (up to ``JourneyFormat/maximumDiagnostics``), each with the
/// position and the path of the value at fault, and reports them in document order. A document
/// with any problem gives no map.
struct JSONMapBuilder {
    let path: String
    var problems: [(position: JSONPosition, order: Int, message: JSONReaderStrings)] = []
    /// Set once a stage entry could not become a stage, so that cells naming it are not blamed too.
    var stagesIncomplete = false
    /// Set once a touchpoint entry could not become a touchpoint.
    var touchpointsIncomplete = false
    /// The names (in comparison form) of stages and touchpoints refused with a reported error: cells
    /// naming them are skipped without a second error, so that one cause is reported once.
    var refusedStageNames: Set<String> = []
    var refusedTouchpointNames: Set<String> = []

    /// Creates a builder for the file at `path`, as messages name it.
    init(path: String) {
        self.path = path
    }

    /// Builds the map, or throws every problem found, in document order.
    mutating func build(_ root: JSONValue) throws(DiagnosticError) -> JourneyMap {
        let map = buildMap(root)
        guard problems.isEmpty else { throw makeError() }
        return map
    }

    // MARK: The document

    mutating func buildMap(_ root: JSONValue) -> JourneyMap {
        var map = JourneyMap()
        guard case .object(let allMembers) = root.content else {
            report(
                .topLevelNotObject(root.foundDescription),
                at: root.position, path: .root)
            return map
        }
        var stages: JSONMember?
        var touchpoints: JSONMember?
        var cells: JSONMember?
        for member in knownMembers(allMembers, schema: .document, path: .root) {
            let value = member.value
            let memberPath = JSONPath.root.appending(key: member.key)
            switch member.key {
            case "version":
                readVersion(value, path: memberPath)
            case "title":
                if let title = string(value, path: memberPath) { map.title = title }
            case "persona":
                if let persona = optionalString(value, path: memberPath) { map.persona = persona }
            case "scenario":
                if let scenario = optionalString(value, path: memberPath) { map.scenario = scenario }
            case "kind":
                if let kind = readKind(value, path: memberPath) { map.kind = kind }
            case "language":
                if let language = optionalString(value, path: memberPath) { map.languageCode = language }
            case "stages": stages = member
            case "touchpoints": touchpoints = member
            default: cells = member
            }
        }
        if let stages { readStages(stages.value, into: &map) }
        if let touchpoints { readTouchpoints(touchpoints.value, into: &map) }
        if let cells { readCells(cells.value, into: &map) }
        return map
    }

    mutating func readVersion(_ value: JSONValue, path: JSONPath) {
        guard let number = value.wholeNumber else {
            report(.versionNotNumber(value.foundDescription), at: value.position, path: path)
            return
        }
        if number == JourneyFormat.version { return }
        if number > JourneyFormat.version {
            report(
                .newerVersion(number),
                at: value.position, path: path)
        } else {
            report(.unknownVersion(number), at: value.position, path: path)
        }
    }

    mutating func readKind(_ value: JSONValue, path: JSONPath) -> JourneyKind? {
        guard case .string(let text) = value.content else {
            report(.kindNotString(value.foundDescription), at: value.position, path: path)
            return nil
        }
        guard let kind = JourneyKind(rawValue: text) else {
            report(.unknownKind(value.foundDescription), at: value.position, path: path)
            return nil
        }
        return kind
    }

    // MARK: Stages and touchpoints

    mutating func readStages(_ value: JSONValue, into map: inout JourneyMap) {
        let path = JSONPath.root.appending(key: "stages")
        guard let elements = array(value, of: .stage, path: path) else {
            stagesIncomplete = true
            return
        }
        for (index, element) in elements.enumerated() {
            guard let entry = readNamedEntry(element, schema: .stage, detailKey: "goal", path: path.appending(index: index)) else {
                stagesIncomplete = true
                continue
            }
            do {
                try map.appendStage(named: entry.name, goal: entry.detail, metrics: entry.metrics)
            } catch {
                refusedStageNames.insert(NameRules.comparisonForm(of: entry.name))
                report(message(for: error), at: entry.namePosition, path: path.appending(index: index).appending(key: "name"))
            }
        }
    }

    mutating func readTouchpoints(_ value: JSONValue, into map: inout JourneyMap) {
        let path = JSONPath.root.appending(key: "touchpoints")
        guard let elements = array(value, of: .touchpoint, path: path) else {
            touchpointsIncomplete = true
            return
        }
        for (index, element) in elements.enumerated() {
            guard let entry = readNamedEntry(element, schema: .touchpoint, detailKey: "channel", path: path.appending(index: index)) else {
                touchpointsIncomplete = true
                continue
            }
            do {
                try map.appendTouchpoint(named: entry.name, channel: entry.detail)
            } catch {
                refusedTouchpointNames.insert(NameRules.comparisonForm(of: entry.name))
                report(message(for: error), at: entry.namePosition, path: path.appending(index: index).appending(key: "name"))
            }
        }
    }

    /// Reads `{"name": …, "goal": …}` or `{"name": …, "channel": …}`; `nil` when there is no usable name.
    mutating func readNamedEntry(
        _ element: JSONValue, schema: JSONObjectSchema, detailKey: String, path: JSONPath
    ) -> (name: String, namePosition: JSONPosition, detail: String?, metrics: [StageMetric])? {
        guard case .object(let allMembers) = element.content else {
            report(.expectedEntryObject(schema == .stage ? .stage : .touchpoint, element.foundDescription), at: element.position, path: path)
            return nil
        }
        var name: (String, JSONPosition)?
        var sawName = false
        var detail: String?
        var metrics: [StageMetric] = []
        for member in knownMembers(allMembers, schema: schema, path: path) {
            let memberPath = path.appending(key: member.key)
            if member.key == "name" {
                sawName = true
                if let text = string(member.value, path: memberPath) { name = (text, member.value.position) }
            } else if member.key == detailKey {
                if let text = optionalString(member.value, path: memberPath) { detail = text }
            } else if member.key == "metrics" {
                if let read = readMetrics(member.value, path: memberPath) { metrics = read }
            }
        }
        guard let name else {
            if !sawName {
                report(.needsName(schema), at: element.position, path: path)
            }
            return nil
        }
        return (name.0, name.1, detail, metrics)
    }

    /// The message for a refused stage or touchpoint, its name escaped for the terminal.
    func message(for error: JourneyModelError) -> JSONReaderStrings {
        switch error {
        case .emptyName(let axis):
            .emptyName(axis)
        case .duplicateName(let axis, let name):
            .duplicateName(axis, JSONTextWriter.escapedContent(name.trimmingWhitespace()))
        case .invalidKey, .duplicateKey:
            .model(error)
        }
    }

    // MARK: Values

    /// The members of an object that may be used: unknown keys and repeated keys are reported and left out.
    mutating func knownMembers(_ members: [JSONMember], schema: JSONObjectSchema, path: JSONPath) -> [JSONMember] {
        let known = schema.knownKeys
        // The common case, checked without allocating: a few known keys, each once.
        if members.count <= known.count {
            var clean = true
            for (index, member) in members.enumerated() {
                guard known.contains(member.key), !members[..<index].contains(where: { $0.key == member.key }) else {
                    clean = false
                    break
                }
            }
            if clean { return members }
        }
        var kept: [JSONMember] = []
        var seen: [String: JSONPosition] = [:]
        for member in members {
            if let first = seen[member.key] {
                report(
                    .duplicateKey(JSONTextWriter.escapedContent(JSONValue.shortened(member.key, limit: 40)), in: schema, line: first.line, column: first.column),
                    at: member.keyPosition, path: path)
                continue
            }
            seen[member.key] = member.keyPosition
            guard known.contains(member.key) else {
                report(schema.unknownKeyMessage(member.key), at: member.keyPosition, path: path)
                continue
            }
            kept.append(member)
        }
        return kept
    }

    mutating func string(_ value: JSONValue, path: @autoclosure () -> JSONPath) -> String? {
        if case .string(let text) = value.content { return text }
        report(.expectedString(value.foundDescription), at: value.position, path: path())
        return nil
    }

    /// A string, `.some(nil)` for `null`, or `nil` (reported) for anything else.
    mutating func optionalString(_ value: JSONValue, path: @autoclosure () -> JSONPath) -> String?? {
        switch value.content {
        case .string(let text): return .some(text)
        case .null: return .some(nil)
        default:
            report(.expectedStringOrNull(value.foundDescription), at: value.position, path: path())
            return nil
        }
    }

    mutating func array(_ value: JSONValue, of what: JSONObjectSchema, path: JSONPath) -> [JSONValue]? {
        if case .array(let elements) = value.content { return elements }
        report(.expectedArrayOf(what, value.foundDescription), at: value.position, path: path)
        return nil
    }

    mutating func stringArray(_ value: JSONValue, path: JSONPath) -> [String]? {
        guard case .array(let elements) = value.content else {
            report(.expectedArrayOfStrings(value.foundDescription), at: value.position, path: path)
            return nil
        }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        var valid = true
        for (index, element) in elements.enumerated() {
            if let text = string(element, path: path.appending(index: index)) {
                result.append(text)
            } else {
                valid = false
            }
        }
        return valid ? result : nil
    }

    // MARK: Problems

    mutating func report(_ message: JSONReaderStrings, at position: JSONPosition, path: JSONPath) {
        // Keep one more than can be shown, to know that there were too many.
        guard problems.count <= JourneyFormat.maximumDiagnostics else { return }
        let rendered = path.isRoot ? message : .atPath("\(path)", message)
        problems.append((position, problems.count, rendered))
    }

    func makeError() -> DiagnosticError {
        let sorted = problems.sorted { ($0.position, $0.order) < ($1.position, $1.order) }
        var diagnostics = sorted.prefix(JourneyFormat.maximumDiagnostics).map {
            Diagnostic(.json($0.message), at: $0.position.location(path: path))
        }
        if sorted.count > JourneyFormat.maximumDiagnostics, let next = sorted.last {
            diagnostics.append(Diagnostic(.tooManyProblems, at: next.position.location(path: path)))
        }
        return DiagnosticError(diagnostics)
    }
}
