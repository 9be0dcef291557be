import ArgumentParser
import JourneyKit

/// `journey check FILE...`: validates maps.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CommandHelp.checkAbstract.text,
        discussion: CommandHelp.checkDiscussion(formats: FormatRegistry.importable.filter { $0 != .journey }).text
    )

    @Argument(help: ArgumentHelp(OptionHelp.checkFiles.text, valueName: OptionHelp.fileValue.text))
    var files: [String]

    @Flag(name: .shortAndLong, help: ArgumentHelp(OptionHelp.checkQuiet.text))
    var quiet = false

    @Option(help: ArgumentHelp(OptionHelp.checkFormat(names: FormatChoice.labels(of: FormatRegistry.importable)).text, valueName: OptionHelp.formatValue.text),
            completion: FormatChoice.completion(for: FormatRegistry.importable))
    var format: String?

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(CLIStrings.checkNeedsFiles.text) }
        _ = try chosenFormat()
    }

    /// The format `--format` names, if given.
    func chosenFormat() throws -> MapFormat? {
        try format.map { try FormatChoice.named($0, option: "--format", among: FormatRegistry.importable) }
    }

    func run() throws {
        let format = try chosenFormat()
        var failed = false
        for file in files {
            do {
                let map = try MapSource.load(file, format: format)
                if !quiet {
                    StandardStreams.output(CLIStrings.valid(file: file, stages: map.stages.count, touchpoints: map.touchpoints.count, filledCells: map.nonEmptyCellCount).text)
                }
                if file == files.last { Self.keepUntilExit(map) }
            } catch {
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// The last map read is left for the process's end to free: taking a large map apart cell by
    /// cell costs a tenth of reading it, and the process ends right after.
    private static func keepUntilExit(_ map: JourneyMap) {
        _ = Unmanaged.passRetained(MapHolder(map))
    }

    private final class MapHolder {
        let map: JourneyMap
        init(_ map: JourneyMap) { self.map = map }
    }
}
