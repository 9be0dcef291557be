import ArgumentParser
import JourneyKit

/// `journey merge BASE OURS THEIRS`: a three-way merge of maps, usable as a git merge driver.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: CommandHelp.mergeAbstract.text,
        discussion: CommandHelp.mergeDiscussion.text
    )

    /// Which side every conflict takes with `--take`.
    enum Side: String, ExpressibleByArgument, CaseIterable {
        case ours, theirs

        var mergeSide: MergeSide {
            switch self {
            case .ours: .ours
            case .theirs: .theirs
            }
        }
    }

    @Argument(help: ArgumentHelp(OptionHelp.mergeBase.text, valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp(OptionHelp.mergeOurs.text, valueName: "ours"))
    var ours: String

    @Argument(help: ArgumentHelp(OptionHelp.mergeTheirs.text, valueName: "theirs"))
    var theirs: String

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.mergeOutput.text, valueName: OptionHelp.fileValue.text))
    var output: String?

    @Option(help: ArgumentHelp(OptionHelp.mergeTake.text, valueName: OptionHelp.sideValue.text))
    var take: Side?

    @Option(help: ArgumentHelp(OptionHelp.mergeLabel.text, valueName: OptionHelp.pathValue.text))
    var label: String?

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if [base, ours, theirs].filter({ $0 == "-" }).count > 1 {
            throw ValidationError(CLIStrings.mergeOneStandardInput.text)
        }
    }

    func run() throws {
        let baseMap = try Self.load(base)
        let oursMap = try Self.load(ours)
        let theirsMap = try Self.load(theirs)
        let result = JourneyMerge.merge(base: baseMap, ours: oursMap, theirs: theirsMap)
        // Conflicts not settled by --take are written into the file between marker lines.
        let bytes = take.map { JourneyWriter.bytes(for: result.resolved(taking: $0.mergeSide)) }
            ?? Array(ConflictMarkup.text(base: baseMap, result: result).utf8)
        do {
            try StandardStreams.write(bytes, to: output ?? ours)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(2)
        }
        guard take == nil, result.hasConflicts else { return }
        for conflict in result.conflicts {
            StandardStreams.error(TerminalSafeText.escaping(CLIStrings.conflict(
                file: label ?? ours, summary: conflict.summary(in: Interface.language),
                ours: Self.show(conflict.ours, of: conflict), theirs: Self.show(conflict.theirs, of: conflict)).text))
        }
        throw ExitCode.failure
    }

    /// Reads one of the versions; an unreadable or invalid one is reported where it is wrong, exit 2.
    static func load(_ path: String) throws -> JourneyMap {
        do {
            return try MapSource.load(path)
        } catch {
            throw ExitCode(2)
        }
    }

    /// A conflict's value as printed: `(deleted)` for a stage or touchpoint deleted, `(none)` for
    /// a value absent, `(empty)` for an empty one.
    static func show(_ value: String?, of conflict: MergeConflict) -> String {
        guard let value else {
            switch conflict.location {
            case .stage(_, nil), .touchpoint(_, nil): return CLIStrings.deleted.text
            default: return CLIStrings.none.text
            }
        }
        return value.isEmpty ? CLIStrings.empty.text : value
    }
}
