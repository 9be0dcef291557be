import JourneyKit

extension JourneyJSONDocument {
    /// A stage in the JSON interchange form: `{"name": "Awareness", "goal": "Discover the brand"}`.
    public struct Stage: Codable, Sendable, Equatable {
        /// The stage's name.
        public var name: String
        /// What the customer wants to achieve in this stage, if noted; left out when `nil`.
        public var goal: String?
        /// Figures measured on the stage; left out when empty.
        public var metrics: [Metric]

        /// Creates a stage.
        public init(name: String, goal: String? = nil, metrics: [Metric] = []) {
            self.name = name
            self.goal = goal
            self.metrics = metrics
        }

        /// The keys of a stage, as the contract names them.
        public enum CodingKeys: String, CodingKey {
            case name, goal, metrics
        }

        /// Decodes a stage; absent metrics are none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decode(String.self, forKey: .name),
                goal: try container.decodeIfPresent(String.self, forKey: .goal),
                metrics: try container.decodeIfPresent([Metric].self, forKey: .metrics) ?? [])
        }

        /// Encodes the stage, leaving out what is absent or empty.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(goal, forKey: .goal)
            if !metrics.isEmpty { try container.encode(metrics, forKey: .metrics) }
        }
    }
}
