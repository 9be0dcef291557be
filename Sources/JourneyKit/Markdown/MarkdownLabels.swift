extension MarkdownExporter {
    /// The words the exporter adds for votes, scores, evidence, sources and metrics, gathered in
    /// one place so that they can move into the string catalogue whole.
    enum Labels {
        /// The heading of a stage's metrics.
        static let metrics = "**Metrics**"
        /// The heading of a stage's sources.
        static let sources = "**Sources**"
        /// The heading of a list of items in a stage's section: `**Pain points**`.
        static func heading(_ list: ItemList) -> String { "**\(list.title)**" }

        /// `1 vote`, `4 votes`.
        static func votes(_ count: Int) -> String { count == 1 ? "1 vote" : "\(count) votes" }
        /// `impact 5`.
        static func impact(_ score: Int) -> String { "impact \(score)" }
        /// `effort 1`.
        static func effort(_ score: Int) -> String { "effort \(score)" }
        /// `owner: Ecommerce`.
        static func owner(_ name: String) -> String { "owner: \(name)" }

        /// The marker a table cell shows for its evidence.
        static func marker(_ evidence: Evidence) -> String {
            switch evidence {
            case .researched: "●"
            case .partial: "◐"
            case .assumed: "○"
            }
        }

        /// What each evidence marker means, strongest first.
        static func name(_ evidence: Evidence) -> String {
            switch evidence {
            case .researched: "researched"
            case .partial: "partly researched"
            case .assumed: "assumed"
            }
        }

        /// The legend under the table: `*Evidence: ● researched · ◐ partly researched · ○ assumed*`.
        static var evidenceLegend: String {
            "*Evidence: " + [Evidence.researched, .partial, .assumed].map { "\(marker($0)) \(name($0))" }.joined(separator: " · ") + "*"
        }
    }
}
