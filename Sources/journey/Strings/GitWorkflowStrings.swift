import JourneyKit

/// The string catalogue's messages of the git workflow commands (`resolve`, `git setup`), in
/// English and Spanish side by side.
enum GitWorkflowStrings: Localized {
    /// `journey diff` without exactly two files (or one with --textconv).
    case diffNeedsTwoFiles
    /// `journey resolve`: the conflicts resolved.
    case resolved(file: String, count: Int, side: String)
    /// `journey resolve`: a file without conflict markers.
    case nothingToResolve(file: String)
    /// git could not be run.
    case gitMissing(reason: String)
    /// A git command failed.
    case gitFailed(command: String, reason: String)
    /// Not inside a git repository.
    case notARepository
    /// `git setup`: a setting written.
    case configSet(key: String, value: String)
    /// `git setup`: the attributes line added.
    case attributesAdded(file: String, line: String)
    /// `git setup`: an older attributes line replaced.
    case attributesUpdated(file: String, old: String, new: String)
    /// `git setup`: nothing needed changing.
    case alreadySetUp(scope: String)
    /// `git setup --check`: everything in place.
    case checkSetUp(scope: String)
    /// `git setup --check`: what is missing.
    case checkMissing(String)
    /// `git setup --check`: the advice after what is missing.
    case runSetup(global: Bool)
    /// The scopes named in messages.
    case repositoryScope, globalScope

    func text(in language: Language) -> String {
        switch self {
        case .diffNeedsTwoFiles:
            language.choose(en: "journey diff takes two maps (OLD NEW), or one with --textconv",
                            es: "journey diff recibe dos mapas (ANTIGUO NUEVO), o uno con --textconv")
        case .resolved(let file, let count, let side):
            language.choose(
                en: "\(file): \(language.count(count, one: "conflict", other: "conflicts")) resolved, taking \(side)",
                es: "\(file): \(language.count(count, one: "conflicto resuelto", other: "conflictos resueltos")) tomando \(side)")
        case .nothingToResolve(let file):
            language.choose(en: "\(file): no merge conflicts to resolve", es: "\(file): no hay conflictos de fusión que resolver")
        case .gitMissing(let reason):
            language.choose(en: "git could not be run (\(reason)); install git and make sure it is on PATH",
                            es: "no se pudo ejecutar git (\(reason)); instale git y asegúrese de que está en el PATH")
        case .gitFailed(let command, let reason):
            language.choose(en: "\(command) failed: \(reason)", es: "\(command) falló: \(reason)")
        case .notARepository:
            language.choose(en: "this is not inside a git repository: run journey git setup in one, or use --global",
                            es: "esto no está dentro de un repositorio de git: ejecute journey git setup en uno, o use --global")
        case .configSet(let key, let value):
            language.choose(en: "set \(key) = \(value)", es: "establecido \(key) = \(value)")
        case .attributesAdded(let file, let line):
            language.choose(en: "added '\(line)' to \(file)", es: "añadido '\(line)' a \(file)")
        case .attributesUpdated(let file, let old, let new):
            language.choose(en: "updated \(file): '\(old)' is now '\(new)'", es: "actualizado \(file): '\(old)' ahora es '\(new)'")
        case .alreadySetUp(let scope):
            language.choose(en: "git is already set up for journey maps in \(scope); nothing changed",
                            es: "git ya está configurado para los mapas de journey en \(scope); no cambió nada")
        case .checkSetUp(let scope):
            language.choose(en: "git is set up for journey maps in \(scope)",
                            es: "git está configurado para los mapas de journey en \(scope)")
        case .checkMissing(let what):
            language.choose(en: "missing: \(what)", es: "falta: \(what)")
        case .runSetup(let global):
            language.choose(en: "run 'journey git setup\(global ? " --global" : "")' to set it up",
                            es: "ejecute 'journey git setup\(global ? " --global" : "")' para configurarlo")
        case .repositoryScope:
            language.choose(en: "this repository", es: "este repositorio")
        case .globalScope:
            language.choose(en: "your global configuration", es: "su configuración global")
        }
    }
}
