import ArgumentParser
import JourneyKit

/// Finding a bundled template or example by name for `new` and the editor.
enum TemplateChoice {
    /// The map of the template or example named `name`, or a usage error listing the names.
    static func map(named name: String) throws -> JourneyMap {
        try bundled(named: name).map
    }

    /// The template or example named `name`, with its scenario hint, or a usage error listing the names.
    static func bundled(named name: String) throws -> BundledMap {
        do {
            return try TemplateLibrary.template(named: name)
        } catch {
            if case .unknownTemplate = error, let example = try? ExampleLibrary.example(named: name) {
                return example
            }
            if case .unknownTemplate(let name, let templates) = error {
                let examples = (try? ExampleLibrary.names()) ?? []
                throw ValidationError(CLIStrings.unknownTemplate(name, templates: templates, examples: examples).text)
            }
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }
}
