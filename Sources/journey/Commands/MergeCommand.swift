import ArgumentParser
import JourneyKit

/// `journey merge BASE OURS THEIRS`: a three-way merge of maps, usable as a git merge driver.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two versions of a map that both changed from a common base (a git merge driver).",
        discussion: """
            Merges cell by cell and field by field: changes to different cells, stages, touchpoints or \
            fields combine; the same field changed differently on both sides is a conflict. The merged map \
            is written in canonical form to OURS (atomically), or to --output.

            On conflicts, each one takes ours' side in the file written, is printed on standard error as \
            OURS: conflict: SUMMARY: ours VALUE / theirs VALUE, and the exit status is 1; --take ours or \
            --take theirs settles every conflict that way instead. Exit status: 0 merged cleanly (or \
            settled by --take), 1 conflicts, 2 an input that cannot be read or is not a valid map (reported \
            as path:line:column: message), 64 a usage error.

            To let git merge .journey files this way, once per repository (or with --global):
              git config merge.journey.name "journey map merge"
              git config merge.journey.driver "journey merge %O %A %B"
            and in .gitattributes:
              *.journey merge=journey
            git then runs journey merge on the base (%O), our (%A) and their (%B) versions, and takes the \
            file left in %A; on exit status 1 it reports a conflict for you to resolve and commit. git names \
            %A after a temporary file: add --label %P to the driver to report conflicts under the map's own path.

            Examples:
              journey merge base.journey mine.journey theirs.journey
              journey merge base.journey mine.journey theirs.journey --take theirs
            """
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

    @Argument(help: ArgumentHelp("The common ancestor of both versions (git's %O).", valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("Our version (git's %A); replaced by the merged map unless --output is given.", valueName: "ours"))
    var ours: String

    @Argument(help: ArgumentHelp("Their version (git's %B).", valueName: "theirs"))
    var theirs: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the merged map; OURS when absent, standard output for -.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Settle every conflict with this side (ours or theirs) and exit 0.", valueName: "side"))
    var take: Side?

    @Option(help: ArgumentHelp("The path to report conflicts under (git's %P); OURS when absent.", valueName: "path"))
    var label: String?

    func validate() throws {
        if [base, ours, theirs].filter({ $0 == "-" }).count > 1 {
            throw ValidationError("At most one of BASE, OURS and THEIRS can be - (standard input)")
        }
    }

    func run() throws {
        let baseMap = try Self.load(base)
        let oursMap = try Self.load(ours)
        let theirsMap = try Self.load(theirs)
        let result = JourneyMerge.merge(base: baseMap, ours: oursMap, theirs: theirsMap)
        let map = take.map { result.resolved(taking: $0.mergeSide) } ?? result.merged
        do {
            try StandardStreams.write(JourneyWriter.bytes(for: map), to: output ?? ours)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(2)
        }
        guard take == nil, result.hasConflicts else { return }
        for conflict in result.conflicts {
            StandardStreams.error(TerminalSafeText.escaping(
                "\(label ?? ours): conflict: \(conflict.summary): ours \(Self.show(conflict.ours, of: conflict)) / theirs \(Self.show(conflict.theirs, of: conflict))"))
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
            case .stage(_, nil), .touchpoint(_, nil): return "(deleted)"
            default: return "(none)"
            }
        }
        return value.isEmpty ? "(empty)" : value
    }
}
