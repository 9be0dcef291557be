extension JSONMapBuilder {
    // MARK: Items and metrics

    /// Reads a list of items: each a string (its text) or an object with `text` and the
    /// attributes it has (`votes`; on opportunities also `impact`, `effort`, `owner`). Anything
    /// else is reported as "expected a string", as before items had attributes.
    mutating func readItems(_ value: JSONValue, list: ItemList, path: JSONPath) -> [Item]? {
        guard case .array(let elements) = value.content else {
            report(.expectedArrayOfStrings(value.foundDescription), at: value.position, path: path)
            return nil
        }
        var result: [Item] = []
        result.reserveCapacity(elements.count)
        var valid = true
        for (index, element) in elements.enumerated() {
            if case .string(let text) = element.content {
                result.append(Item(text))
            } else if let item = readItem(element, list: list, path: path.appending(index: index)) {
                result.append(item)
            } else {
                valid = false
            }
        }
        return valid ? result : nil
    }

    /// Reads an item object: `{"text": "Pide crear cuenta", "votes": 4}`.
    mutating func readItem(_ element: JSONValue, list: ItemList, path: JSONPath) -> Item? {
        let schema = JSONObjectSchema.item(list)
        guard case .object(let allMembers) = element.content else {
            // Most lists hold strings alone; an object, with "text" and attributes, is the exception.
            report(.expectedString(element.foundDescription), at: element.position, path: path)
            return nil
        }
        var item = Item("")
        var sawText = false
        var valid = true
        let members = knownMembers(allMembers, schema: schema, path: path)
        if members.count != allMembers.count { valid = false }
        for member in members {
            let memberPath = path.appending(key: member.key)
            let value = member.value
            switch member.key {
            case "text":
                sawText = true
                if let text = string(value, path: memberPath) { item.text = text } else { valid = false }
            case "votes":
                guard let votes = value.wholeNumber, votes >= 0, votes <= Item.maximumVotes else {
                    report(.votesRange(value.foundDescription), at: value.position, path: memberPath)
                    valid = false
                    continue
                }
                item.votes = votes
            case "impact", "effort":
                guard let score = value.wholeNumber, Item.scale.contains(score) else {
                    report(
                        .scoreRange(value.foundDescription),
                        at: value.position, path: memberPath)
                    valid = false
                    continue
                }
                if member.key == "impact" { item.impact = score } else { item.effort = score }
            default:
                if let owner = string(value, path: memberPath) { item.owner = owner } else { valid = false }
            }
        }
        if !sawText {
            report(.itemNeedsText, at: element.position, path: path)
            valid = false
        }
        return valid ? item : nil
    }

    /// Reads a stage's metrics: `[{"name": "Conversión", "value": 3.2, "unit": "%", "source": "…"}]`.
    mutating func readMetrics(_ value: JSONValue, path: JSONPath) -> [StageMetric]? {
        guard let elements = array(value, of: .metric, path: path) else { return nil }
        var result: [StageMetric] = []
        var valid = true
        for (index, element) in elements.enumerated() {
            let metricPath = path.appending(index: index)
            guard case .object(let allMembers) = element.content else {
                report(
                    .expectedMetricObject(element.foundDescription),
                    at: element.position, path: metricPath)
                valid = false
                continue
            }
            var name: String?
            var figure: Double?
            var unit: String?
            var source: String?
            var sawName = false, sawValue = false
            let members = knownMembers(allMembers, schema: .metric, path: metricPath)
            if members.count != allMembers.count { valid = false }
            for member in members {
                let memberPath = metricPath.appending(key: member.key)
                switch member.key {
                case "name":
                    sawName = true
                    name = string(member.value, path: memberPath)
                case "value":
                    sawValue = true
                    guard case .number(let text) = member.value.content, let number = Double(text), number.isFinite else {
                        report(.expectedNumber(member.value.foundDescription), at: member.value.position, path: memberPath)
                        continue
                    }
                    figure = number
                case "unit":
                    unit = string(member.value, path: memberPath)
                    if unit == nil { valid = false }
                default:
                    source = string(member.value, path: memberPath)
                    if source == nil { valid = false }
                }
            }
            if !sawName {
                report(.metricNeedsName, at: element.position, path: metricPath)
            }
            if !sawValue {
                report(.metricNeedsValue, at: element.position, path: metricPath)
            }
            guard let name, let figure else {
                valid = false
                continue
            }
            result.append(StageMetric(name: name, value: figure, unit: unit, source: source))
        }
        return valid ? result : nil
    }
}
