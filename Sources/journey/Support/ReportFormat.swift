import ArgumentParser

/// The forms `journey stats` and `journey compare` print: `text` for people at a terminal, `json`
/// for scripts (a pinned contract), `markdown` for a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
