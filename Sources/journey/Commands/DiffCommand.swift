import ArgumentParser
import Foundation
import JourneyKit

/// `journey diff OLD NEW`: what changed between two versions of a map, field by field; and
/// `journey diff --textconv FILE`, a map one line per field for git's diff driver.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: GitWorkflowHelp.diffAbstract.text,
        discussion: GitWorkflowHelp.diffDiscussion.text
    )

    /// How the differences are printed.
    enum Output: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp(GitWorkflowHelp.diffFiles.text, valueName: OptionHelp.fileValue.text))
    var files: [String] = []

    @Option(help: ArgumentHelp(GitWorkflowHelp.diffFormat.text, valueName: OptionHelp.formatValue.text))
    var format: Output = .text

    @Flag(help: ArgumentHelp(GitWorkflowHelp.diffTextconv.text))
    var textconv = false

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        guard files.count == (textconv ? 1 : 2) else { throw ValidationError(GitWorkflowStrings.diffNeedsTwoFiles.text) }
    }

    func run() throws {
        if textconv {
            try printFieldLines(of: files[0])
            return
        }
        // 0 the same, 1 different, the usage status otherwise (as the issue pins it): a file that
        // cannot be read or is not a map exits 64, its problems reported as path:line:column.
        let old: JourneyMap, new: JourneyMap
        do {
            old = try MergeCommand.load(files[0])
            new = try MergeCommand.load(files[1])
        } catch {
            throw ExitCode.validationFailure
        }
        let comparison = MapDiff(from: old, to: new)
        switch format {
        case .text: StandardStreams.output(comparison.text(in: Interface.language))
        case .json: StandardStreams.output(comparison.json())
        }
        if !comparison.isEmpty { throw ExitCode.failure }
    }

    /// The textconv: the map's field lines; a file that is not a valid map (one with conflict
    /// markers, say) is printed as it is, so that git diff still shows it.
    private func printFieldLines(of path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = try StandardStreams.read(path)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode(2)
        }
        if let map = try? MapFile.decode(bytes, path: path, format: MapFile.guessFormat(from: path)) {
            FileHandle.standardOutput.write(Data(MapFieldLines.text(for: map).utf8))
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
