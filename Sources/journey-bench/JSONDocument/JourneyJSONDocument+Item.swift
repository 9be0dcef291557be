import JourneyKit

extension JourneyJSONDocument {
    /// An item of a cell's list in the JSON interchange form: a plain string when it has only
    /// text, otherwise `{"text": "Pide crear cuenta", "votes": 4}` with only the attributes it has.
    public struct Item: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
        /// The item's words.
        public var text: String
        /// Dot votes; left out when 0 or `nil`.
        public var votes: Int?
        /// Impact 1…5, or `nil`.
        public var impact: Int?
        /// Effort 1…5, or `nil`.
        public var effort: Int?
        /// Who takes it, or `nil`.
        public var owner: String?

        /// Creates an item.
        public init(text: String, votes: Int? = nil, impact: Int? = nil, effort: Int? = nil, owner: String? = nil) {
            self.text = text
            self.votes = votes
            self.impact = impact
            self.effort = effort
            self.owner = owner
        }

        /// An item with only text.
        public init(stringLiteral text: String) {
            self.init(text: text)
        }

        /// The item as the model holds it.
        init(_ item: JourneyKit.Item) {
            self.init(text: item.text, votes: item.votes > 0 ? item.votes : nil, impact: item.impact, effort: item.effort, owner: item.owner)
        }

        /// The model's item.
        var modelItem: JourneyKit.Item {
            JourneyKit.Item(text, votes: votes ?? 0, impact: impact, effort: effort, owner: owner)
        }

        /// The keys of an item object, as the contract names them.
        public enum CodingKeys: String, CodingKey {
            case text, votes, impact, effort, owner
        }

        /// Decodes a string or an object.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
                self.init(text: text)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                text: try container.decode(String.self, forKey: .text),
                votes: try container.decodeIfPresent(Int.self, forKey: .votes),
                impact: try container.decodeIfPresent(Int.self, forKey: .impact),
                effort: try container.decodeIfPresent(Int.self, forKey: .effort),
                owner: try container.decodeIfPresent(String.self, forKey: .owner))
        }

        /// Encodes a plain string when the item has only text.
        public func encode(to encoder: any Encoder) throws {
            if (votes ?? 0) == 0, impact == nil, effort == nil, owner == nil {
                var single = encoder.singleValueContainer()
                try single.encode(text)
                return
            }
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            if let votes, votes > 0 { try container.encode(votes, forKey: .votes) }
            try container.encodeIfPresent(impact, forKey: .impact)
            try container.encodeIfPresent(effort, forKey: .effort)
            try container.encodeIfPresent(owner, forKey: .owner)
        }
    }

    /// A stage's metric in the JSON interchange form:
    /// `{"name": "Conversión", "value": 3.2, "unit": "%", "source": "Analítica"}`.
    public struct Metric: Codable, Sendable, Equatable {
        /// What is measured.
        public var name: String
        /// The figure.
        public var value: Double
        /// The unit, or `nil`.
        public var unit: String?
        /// Where the figure comes from, or `nil`.
        public var source: String?

        /// Creates a metric.
        public init(name: String, value: Double, unit: String? = nil, source: String? = nil) {
            self.name = name
            self.value = value
            self.unit = unit
            self.source = source
        }
    }
}
