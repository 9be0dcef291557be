import JourneyKit

extension JourneyJSONDocument {
    /// A stage in the JSON interchange form: `{"name": "Awareness", "goal": "Discover the brand"}`.
    public struct Stage: Codable, Sendable, Equatable {
        /// The stage's name.
        public var name: String
        /// What the customer wants to achieve in this stage, if noted; left out when `nil`.
        public var goal: String?

        /// Creates a stage.
        public init(name: String, goal: String? = nil) {
            self.name = name
            self.goal = goal
        }

        /// The keys of a stage, as the contract names them.
        public enum CodingKeys: String, CodingKey {
            case name, goal
        }
    }
}
