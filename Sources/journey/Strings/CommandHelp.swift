import JourneyKit

/// The string catalogue's help for each command: its one-line abstract and its discussion, in
/// English and Spanish side by side. Command names, options and examples stay as typed.
enum CommandHelp: Localized {
    case journeyAbstract, journeyDiscussion
    case editAbstract, editDiscussion
    case newAbstract, newDiscussion
    case checkAbstract, checkDiscussion(formats: [MapFormat])
    case formatAbstract, formatDiscussion(formats: [MapFormat])
    case exportAbstract, exportDiscussion(formats: [MapFormat])
    case importAbstract, importDiscussion(formats: [MapFormat])
    case mergeAbstract, mergeDiscussion
    case statsAbstract, statsDiscussion
    case compareAbstract, compareDiscussion
    case templatesAbstract
    case keysAbstract, keysDiscussion
    case serveAbstract, serveDiscussion

    func text(in language: Language) -> String {
        switch self {
        case .journeyAbstract:
            language.choose(en: "Map customer journeys in the terminal, as plain text that diffs and merges in git.",
                            es: "Mapas de experiencia del cliente en el terminal, en texto plano que git compara y fusiona.")
        case .journeyDiscussion:
            language.choose(
                en: """
                    Open a map in the editor with `journey FILE` (a missing FILE is created on the first save, \
                    from --template). The other commands work on map files for scripts and CI. \
                    --lang en|es chooses the language of messages and help.

                    Examples:
                      journey shop.journey --template five-stage
                      journey check maps/*.journey
                      journey export shop.journey --format markdown -o shop.md
                    """,
                es: """
                    Abra un mapa en el editor con `journey ARCHIVO` (un ARCHIVO que no existe se crea al guardar \
                    por primera vez, a partir de --template). Los demás comandos trabajan con archivos de mapa \
                    para scripts e integración continua. --lang en|es elige el idioma de los mensajes y la ayuda.

                    Ejemplos:
                      journey tienda.journey --template five-stage-es
                      journey check mapas/*.journey
                      journey export tienda.journey --format markdown -o tienda.md
                    """)
        case .editAbstract:
            language.choose(en: "Open a map in the editor (the default command: `journey FILE`).",
                            es: "Abre un mapa en el editor (el comando predeterminado: `journey ARCHIVO`).")
        case .editDiscussion:
            language.choose(
                en: """
                    A FILE that does not exist yet is made from --template and written on the first save \
                    (Ctrl-S). Press ? in the editor for every key and command.

                    Examples:
                      journey workshop.journey --template six-stage
                      journey edit client/onboarding.journey --no-mouse
                    """,
                es: """
                    Un ARCHIVO que aún no existe se crea a partir de --template y se escribe al guardar por \
                    primera vez (Ctrl-S). Pulse ? en el editor para ver todas las teclas y comandos.

                    Ejemplos:
                      journey taller.journey --template six-stage-es
                      journey edit cliente/alta.journey --no-mouse
                    """)
        case .newAbstract:
            language.choose(en: "Create a map file from a template (never overwrites).",
                            es: "Crea un archivo de mapa a partir de una plantilla (nunca sobrescribe).")
        case .newDiscussion:
            language.choose(
                en: """
                    Examples:
                      journey new shop.journey --template six-stage --title "Cat mug shop: first purchase"
                      journey new - --template email-lifecycle-es     # print to standard output
                    `journey templates` lists the templates and the examples (an example's name works too).
                    """,
                es: """
                    Ejemplos:
                      journey new tienda.journey --template six-stage-es --title "Tienda de tazas: primera compra"
                      journey new - --template email-lifecycle-es     # imprime en la salida estándar
                    `journey templates` lista las plantillas y los ejemplos (el nombre de un ejemplo también sirve).
                    """)
        case .checkAbstract:
            language.choose(en: "Check that map files are valid.", es: "Comprueba que los archivos de mapa son válidos.")
        case .checkDiscussion(let formats):
            language.choose(
                en: """
                    Prints each problem as path:line:column: message on standard error. Exit status: 0 when every \
                    file is valid, 1 when any is not (or cannot be read), 64 for a usage error. Each file is read \
                    in the format its extension names (\(FormatHelp.extensions(of: formats, language))), as \
                    .journey otherwise; - reads standard input.

                    Example:
                      journey check maps/*.journey && echo all valid
                    """,
                es: """
                    Imprime cada problema como ruta:línea:columna: mensaje en la salida de errores. Estado de \
                    salida: 0 si todos los archivos son válidos, 1 si alguno no lo es (o no se puede leer), 64 \
                    para un error de uso. Cada archivo se lee en el formato que indica su extensión \
                    (\(FormatHelp.extensions(of: formats, language))), y como .journey si no; - lee la entrada estándar.

                    Ejemplo:
                      journey check mapas/*.journey && echo todos válidos
                    """)
        case .formatAbstract:
            language.choose(en: "Rewrite map files in canonical form (or, with --check, list those that are not).",
                            es: "Reescribe archivos de mapa en forma canónica (o, con --check, lista los que no lo están).")
        case .formatDiscussion(let formats):
            language.choose(
                en: """
                    Canonical form is what the editor writes: the same map always gives the same bytes, so \
                    diffs show only real changes. Each file keeps its format (\(FormatHelp.extensions(of: formats, language))). \
                    Files are replaced atomically and keep their permissions; an invalid file is reported and \
                    left untouched. - formats standard input (.journey) to standard output.

                    Examples:
                      journey fmt maps/*.journey
                      journey fmt --check maps/*.journey    # in CI: exit 1 when a file needs formatting
                    """,
                es: """
                    La forma canónica es la que escribe el editor: el mismo mapa da siempre los mismos bytes, así \
                    que las diferencias muestran solo cambios reales. Cada archivo conserva su formato \
                    (\(FormatHelp.extensions(of: formats, language))). Los archivos se reemplazan de forma atómica y \
                    conservan sus permisos; un archivo no válido se informa y no se toca. - formatea la entrada \
                    estándar (.journey) hacia la salida estándar.

                    Ejemplos:
                      journey fmt mapas/*.journey
                      journey fmt --check mapas/*.journey    # en CI: sale con 1 si algún archivo necesita formato
                    """)
        case .exportAbstract:
            language.choose(en: "Export a map in another format, such as a Markdown report or the JSON interchange form.",
                            es: "Exporta un mapa en otro formato, como un informe en Markdown o la forma de intercambio JSON.")
        case .exportDiscussion(let formats):
            language.choose(en: "Formats:\n", es: "Formatos:\n") + FormatHelp.table(of: formats, language) + language.choose(
                en: """


                    Examples:
                      journey export shop.journey --format markdown -o report.md
                      journey export shop.journey --format html --compare shop-future.journey -o shop.html
                      journey export shop.journey --format mermaid -o shop.mmd
                      journey export shop.journey --format csv -o shop.csv
                      journey export shop.journey --format json | jq '.cells | length'
                    """,
                es: """


                    Ejemplos:
                      journey export tienda.journey --format markdown -o informe.md
                      journey export tienda.journey --format html --compare tienda-futuro.journey -o tienda.html
                      journey export tienda.journey --format mermaid -o tienda.mmd
                      journey export tienda.journey --format csv -o tienda.csv
                      journey export tienda.journey --format json | jq '.cells | length'
                    """)
        case .importAbstract:
            language.choose(en: "Create a .journey map from another format, such as the JSON interchange form.",
                            es: "Crea un mapa .journey a partir de otro formato, como la forma de intercambio JSON.")
        case .importDiscussion(let formats):
            language.choose(
                en: """
                    The input is validated like a .journey file; every problem is reported with its place \
                    (path:line:column: message). An existing output file is not replaced without --force.

                    Formats:
                    """,
                es: """
                    La entrada se valida como un archivo .journey; cada problema se informa con su lugar \
                    (ruta:línea:columna: mensaje). Un archivo de salida que ya existe no se reemplaza sin --force.

                    Formatos:
                    """) + "\n" + FormatHelp.table(of: formats, language) + language.choose(
                en: """


                    Examples:
                      journey import map.json -o map.journey
                      other-tool --json | journey import - --from json -o map.journey
                    """,
                es: """


                    Ejemplos:
                      journey import mapa.json -o mapa.journey
                      otra-herramienta --json | journey import - --from json -o mapa.journey
                    """)
        case .mergeAbstract:
            language.choose(en: "Merge two versions of a map that both changed from a common base (a git merge driver).",
                            es: "Fusiona dos versiones de un mapa que cambiaron a partir de una base común (un driver de fusión de git).")
        case .mergeDiscussion:
            MergeHelp.discussion(in: language)
        case .statsAbstract:
            language.choose(en: "Analyse a map: average emotion and evidence per stage, the most voted pain points, the impact/effort matrix.",
                            es: "Analiza un mapa: emoción media y evidencia por etapa, los puntos de dolor más votados, la matriz de impacto y esfuerzo.")
        case .statsDiscussion:
            language.choose(
                en: """
                    Per stage: the average emotion of its rated cells, its cells, pain points, opportunities and \
                    votes, how many cells are researched, partial, assumed or not stated, and its metrics. Then \
                    the stage with the lowest average, the ten pain points with the most votes, and every \
                    opportunity in its quadrant: quick wins (impact 4-5, effort 1-2), big bets (impact 4-5, \
                    effort 3-5), fill-ins (impact 1-3, effort 1-2), money pits (impact 1-3, effort 3-5) and \
                    unscored. --format json prints the figures for scripts; --format markdown, for a report. \
                    Exit status: 0, or 1 when the map cannot be read.

                    Examples:
                      journey stats shop.journey
                      journey stats shop.journey --format markdown > recommendations.md
                      journey stats shop.journey --format json | jq '.opportunityMatrix.quickWins'
                    """,
                es: """
                    Por etapa: la emoción media de sus celdas valoradas, sus celdas, puntos de dolor, \
                    oportunidades y votos, cuántas celdas están investigadas, son parciales, supuestas o sin \
                    indicar, y sus métricas. Después, la etapa con la emoción media más baja, los diez puntos de \
                    dolor más votados y cada oportunidad en su cuadrante: victorias rápidas (impacto 4-5, \
                    esfuerzo 1-2), grandes apuestas (impacto 4-5, esfuerzo 3-5), tareas de relleno (impacto 1-3, \
                    esfuerzo 1-2), pozos sin fondo (impacto 1-3, esfuerzo 3-5) y sin puntuar. --format json \
                    imprime las cifras para scripts; --format markdown, para un informe. Estado de salida: 0, o 1 \
                    si el mapa no se puede leer.

                    Ejemplos:
                      journey stats tienda.journey
                      journey stats tienda.journey --format markdown > recomendaciones.md
                      journey stats tienda.journey --format json | jq '.opportunityMatrix.quickWins'
                    """)
        case .compareAbstract:
            language.choose(en: "Compare a current-state map with its future state, stage by stage.",
                            es: "Compara un mapa del estado actual con su estado futuro, etapa por etapa.")
        case .compareDiscussion:
            language.choose(
                en: """
                    For each stage both maps have (names matched trimmed and case-insensitively): the average \
                    emotion in each and the change, rounded to two decimals; then the stages only one map has. \
                    Exit status: 0, or 1 when a map cannot be read.

                    Examples:
                      journey compare shop.journey shop-future.journey
                      journey compare shop.journey shop-future.journey --format json
                    """,
                es: """
                    Para cada etapa que tienen ambos mapas (nombres comparados sin espacios en los extremos ni \
                    distinción de mayúsculas): la emoción media en cada uno y el cambio, redondeados a dos \
                    decimales; después, las etapas que solo tiene uno de ellos. Estado de salida: 0, o 1 si un \
                    mapa no se puede leer.

                    Ejemplos:
                      journey compare tienda.journey tienda-futuro.journey
                      journey compare tienda.journey tienda-futuro.journey --format json
                    """)
        case .templatesAbstract:
            language.choose(en: "List the templates (and example maps) with their stages.",
                            es: "Lista las plantillas (y los mapas de ejemplo) con sus etapas.")
        case .keysAbstract:
            language.choose(en: "Print the editor's keys and commands as Markdown tables.",
                            es: "Muestra las teclas y órdenes del editor como tablas de Markdown.")
        case .serveAbstract:
            language.choose(en: "Serve a map over SSH for a workshop: each participant joins with ssh and gets their own editor.",
                            es: "Sirve un mapa por SSH para un taller: cada participante se une con ssh y tiene su propio editor.")
        case .serveDiscussion:
            language.choose(
                en: """
                    Prints the host key's fingerprint, the ssh command and the passphrase to share aloud. \
                    Participants join with `ssh -p 2222 NAME@HOST`; NAME is the name the others see. Only that \
                    interactive session is served: commands, sftp and forwarding are refused. A session closes \
                    after 30 minutes without input (--idle-timeout). Ctrl-C stops the server after every editor \
                    has kept its changes.

                    Examples:
                      journey serve workshop.journey
                      journey serve workshop.journey --viewers --max-sessions 12 --idle-timeout 10m
                      journey serve workshop.journey --listen 0.0.0.0:2222 --authorized-keys team.keys
                    """,
                es: """
                    Imprime la huella de la clave del servidor, el comando ssh y la frase de paso que compartir en voz \
                    alta. Los participantes se unen con `ssh -p 2222 NOMBRE@MÁQUINA`; NOMBRE es el nombre que ven los \
                    demás. Solo se sirve esa sesión interactiva: se rechazan comandos, sftp y redirecciones. Una sesión \
                    se cierra tras 30 minutos sin actividad (--idle-timeout). Ctrl-C detiene el servidor cuando cada \
                    editor ha guardado sus cambios.

                    Ejemplos:
                      journey serve taller.journey
                      journey serve taller.journey --viewers --max-sessions 12 --idle-timeout 10m
                      journey serve taller.journey --listen 0.0.0.0:2222 --authorized-keys equipo.keys
                    """)
        case .keysDiscussion:
            language.choose(en: """
                                The tables come from the editor's command table, the same list the ? help reads; \
                                the README's tables are this output (a test keeps them equal).

                                Example:
                                  journey keys --lang es > teclas.md
                                """,
                            es: """
                                Las tablas salen de la tabla de órdenes del editor, la misma lista que lee la ayuda (?); \
                                las tablas del README son esta salida (una prueba las mantiene iguales).

                                Ejemplo:
                                  journey keys --lang es > teclas.md
                                """)
        }
    }
}

/// How the help lists formats from the registry.
enum FormatHelp {
    /// One line per format: its names and what it is.
    static func table(of formats: [MapFormat], _ language: Language) -> String {
        let labels = formats.map { $0.names.joined(separator: ", ") }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, formats).map { label, format in
            "  " + label + String(repeating: " ", count: width - label.count) + "  " + format.summary.text(in: language)
        }.joined(separator: "\n")
    }

    /// The formats' extensions, such as ".json for json".
    static func extensions(of formats: [MapFormat], _ language: Language) -> String {
        CLIStrings.list(formats.map { format in
            format.fileExtensions.map { "." + $0 }.joined(separator: ", ") + language.choose(en: " for ", es: " para ") + format.name
        }, language)
    }
}
