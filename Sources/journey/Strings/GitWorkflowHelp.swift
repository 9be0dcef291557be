import JourneyKit

/// The string catalogue's help for the git workflow commands (`diff`, `resolve`, `git setup`):
/// abstracts, discussions and their arguments' help, in English and Spanish side by side.
enum GitWorkflowHelp: Localized {
    case diffAbstract, diffDiscussion, diffFiles, diffFormat, diffTextconv
    case resolveAbstract, resolveDiscussion, resolveFile, resolveTake
    case gitAbstract, setupAbstract, setupDiscussion, setupGlobal, setupCheck

    func text(in language: Language) -> String {
        switch self {
        case .diffAbstract:
            language.choose(en: "Show what changed between two versions of a map, field by field.",
                            es: "Muestra qué cambió entre dos versiones de un mapa, campo a campo.")
        case .diffDiscussion:
            language.choose(
                en: """
                    Lists stages and touchpoints added, removed, renamed (same key, new name) and moved; each \
                    changed field of the map, of a stage (goal, metrics), of a touchpoint (channel) and of each \
                    cell, as [Stage × Touchpoint] field: old → new (emotion, feeling, note, evidence, sources, \
                    pain points and opportunities added, removed or edited, and their votes, impact, effort and \
                    owner). --format json prints the same for tools: {"same": BOOL, "changes": [...]}, each change \
                    with place, stage, stageName, touchpoint, touchpointName, field, change (added, removed, \
                    edited, renamed, moved), item, old and new.

                    Exit status, as diff's: 0 the maps are the same, 1 they differ, and the usage status (64) \
                    otherwise: a usage error, or a file that cannot be read or is not a valid map (reported as \
                    path:line:column: message).

                    --textconv FILE prints one map one line per field, each line prefixed by its place \
                    ([Compra × Web] note: …), for git diff (journey git setup configures it).

                    Examples:
                      journey diff old.journey new.journey
                      journey diff main.journey branch.journey --format json
                      git diff shop.journey        # after journey git setup
                    """,
                es: """
                    Lista las etapas y puntos de contacto añadidos, quitados, renombrados (misma clave, nombre \
                    nuevo) y movidos; cada campo que cambió del mapa, de una etapa (objetivo, métricas), de un \
                    punto de contacto (canal) y de cada celda, como [Etapa × Punto de contacto] campo: antes → \
                    después (emoción, sentimiento, nota, evidencia, fuentes, puntos de dolor y oportunidades \
                    añadidos, quitados o editados, y sus votos, impacto, esfuerzo y responsable). --format json \
                    imprime lo mismo para herramientas: {"same": BOOL, "changes": [...]}, cada cambio con place, \
                    stage, stageName, touchpoint, touchpointName, field, change (added, removed, edited, renamed, \
                    moved), item, old y new.

                    Estado de salida, como el de diff: 0 los mapas son iguales, 1 difieren, y el de uso (64) en \
                    los demás casos: un error de uso, o un archivo que no se puede leer o no es un mapa válido \
                    (informado como ruta:línea:columna: mensaje).

                    --textconv ARCHIVO imprime un mapa con una línea por campo, cada una precedida de su lugar \
                    ([Compra × Web] note: …), para git diff (journey git setup lo configura).

                    Ejemplos:
                      journey diff antes.journey despues.journey
                      journey diff main.journey rama.journey --format json
                      git diff tienda.journey      # tras journey git setup
                    """)
        case .diffFiles:
            language.choose(en: "The old and the new version of the map (one file with --textconv).",
                            es: "La versión antigua y la nueva del mapa (un solo archivo con --textconv).")
        case .diffFormat:
            language.choose(en: "text (for people, the default) or json (for tools).",
                            es: "text (para personas, el predeterminado) o json (para herramientas).")
        case .diffTextconv:
            language.choose(en: "Print one map one line per field, prefixed by its place, for git diff.",
                            es: "Imprime un mapa con una línea por campo, precedida de su lugar, para git diff.")
        case .resolveAbstract:
            language.choose(en: "Resolve the merge conflicts left in a map, taking one side for all.",
                            es: "Resuelve los conflictos de fusión que quedan en un mapa, tomando un lado para todos.")
        case .resolveDiscussion:
            language.choose(
                en: """
                    When journey merge (as git's merge driver) meets a field both branches changed differently, \
                    it leaves the conflict in the file between <<<<<<< ours, ||||||| base, ======= and >>>>>>> \
                    theirs lines; journey check reports each one. Resolve them by opening the map in the editor \
                    (journey FILE: it starts in the conflict review), by hand (keep one side's lines, delete the \
                    markers), or with this command, which keeps ours or theirs in every conflict and rewrites the \
                    file atomically. Exit status: 0 resolved (or nothing to resolve), 1 the file cannot be read or \
                    the side taken is not a valid map, 64 a usage error.

                    Example:
                      journey resolve shop.journey --take theirs && git add shop.journey
                    """,
                es: """
                    Cuando journey merge (como driver de fusión de git) encuentra un campo que ambas ramas \
                    cambiaron de forma distinta, deja el conflicto en el archivo entre las líneas <<<<<<< ours, \
                    ||||||| base, ======= y >>>>>>> theirs; journey check informa de cada uno. Resuélvalos abriendo \
                    el mapa en el editor (journey ARCHIVO: empieza en la revisión de conflictos), a mano (conserve \
                    las líneas de un lado y borre los marcadores), o con este comando, que conserva ours (lo \
                    nuestro) o theirs (lo suyo) en todos los conflictos y reescribe el archivo de forma atómica. \
                    Estado de salida: 0 resuelto (o nada que resolver), 1 el archivo no se puede leer o el lado \
                    tomado no es un mapa válido, 64 un error de uso.

                    Ejemplo:
                      journey resolve tienda.journey --take theirs && git add tienda.journey
                    """)
        case .resolveFile:
            language.choose(en: "The map with conflicts.", es: "El mapa con conflictos.")
        case .resolveTake:
            language.choose(en: "The side every conflict takes: ours or theirs.",
                            es: "El lado que toma cada conflicto: ours (el nuestro) o theirs (el suyo).")
        case .gitAbstract:
            language.choose(en: "Set git up to merge and diff maps.", es: "Configura git para fusionar y comparar mapas.")
        case .setupAbstract:
            language.choose(en: "Configure git's merge driver, diff driver and .gitattributes for .journey files.",
                            es: "Configura el driver de fusión, el de diferencias y .gitattributes de git para los archivos .journey.")
        case .setupDiscussion:
            language.choose(
                en: """
                    In the current repository (or with --global, in your global git configuration and global \
                    attributes file) it sets:
                      merge.journey.name      journey map merge
                      merge.journey.driver    \(GitSetupPlan.mergeDriver)
                      diff.journey.textconv   \(GitSetupPlan.textconv)
                    and writes \(GitSetupPlan.attributesLine) into .gitattributes (at the repository's top), \
                    updating an older *.journey line rather than adding a second one. It says what it changed; run \
                    twice, it changes nothing. The journey command must be on PATH when git runs.

                    --check only says whether everything is in place (exit 0) or what is missing (exit 1). Exit \
                    status 2: git is missing, or this is not a git repository (use --global outside one).
                    """,
                es: """
                    En el repositorio actual (o con --global, en su configuración global de git y su archivo \
                    global de atributos) establece:
                      merge.journey.name      journey map merge
                      merge.journey.driver    \(GitSetupPlan.mergeDriver)
                      diff.journey.textconv   \(GitSetupPlan.textconv)
                    y escribe \(GitSetupPlan.attributesLine) en .gitattributes (en la raíz del repositorio), \
                    actualizando una línea *.journey anterior en vez de añadir otra. Dice qué cambió; si se ejecuta \
                    dos veces, no cambia nada. El comando journey debe estar en el PATH cuando git lo ejecute.

                    --check solo dice si todo está en su sitio (salida 0) o qué falta (salida 1). Estado de salida \
                    2: falta git, o esto no es un repositorio de git (fuera de uno, use --global).
                    """)
        case .setupGlobal:
            language.choose(en: "Configure git for every repository of this user instead of the current one.",
                            es: "Configura git para todos los repositorios de este usuario en vez del actual.")
        case .setupCheck:
            language.choose(en: "Change nothing; say whether git is set up, and what is missing.",
                            es: "No cambia nada; dice si git está configurado y qué falta.")
        }
    }
}
