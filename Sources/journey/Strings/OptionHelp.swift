import JourneyKit

/// The string catalogue's help for arguments and options, and the names of their values
/// (`<file>` / `<archivo>`), in English and Spanish side by side.
enum OptionHelp: Localized {
    // Value names
    case fileValue, nameValue, textValue, kindValue, formatValue, inputValue, sideValue, pathValue, languageValue, currentValue, futureValue
    case addressValue, wordsValue, numberValue, durationValue

    // Shared
    case language

    // edit
    case editFile, editTemplate, editTitle, editNoMouse, editName, editReadOnly, editConfined, editSolo
    // serve
    case serveMap, serveListen, servePassphrase, serveAuthorizedKeys, serveViewers, serveMaxSessions, serveIdleTimeout, serveStallTimeout
    // new
    case newFile, newTemplate, newTitle, newPersona, newScenario, newKind
    // check
    case checkFiles, checkQuiet, checkFormat(names: [String])
    // fmt
    case formatFiles, formatCheck
    // export
    case exportFile, exportFormat(names: [String]), exportOutput, exportCompare, exportNoDiagram
    // import
    case importInput, importFrom(names: [String]), importOutput, importForce
    // merge
    case mergeBase, mergeOurs, mergeTheirs, mergeOutput, mergeTake, mergeLabel
    // stats and compare
    case statsFile, compareCurrent, compareFuture, reportFormat

    func text(in language: Language) -> String {
        switch self {
        case .fileValue: language.choose(en: "file", es: "archivo")
        case .nameValue: language.choose(en: "name", es: "nombre")
        case .textValue: language.choose(en: "text", es: "texto")
        case .kindValue: language.choose(en: "kind", es: "tipo")
        case .formatValue: language.choose(en: "format", es: "formato")
        case .inputValue: language.choose(en: "in", es: "entrada")
        case .sideValue: language.choose(en: "side", es: "lado")
        case .pathValue: language.choose(en: "path", es: "ruta")
        case .languageValue: "en|es"
        case .currentValue: language.choose(en: "current", es: "actual")
        case .futureValue: language.choose(en: "future", es: "futuro")
        case .addressValue: language.choose(en: "address:port", es: "dirección:puerto")
        case .wordsValue: language.choose(en: "words", es: "palabras")
        case .numberValue: language.choose(en: "n", es: "n")
        case .durationValue: language.choose(en: "duration", es: "duración")

        case .language:
            language.choose(en: "The language of messages and help: en (English) or es (Spanish); from LANG and LC_ALL when absent.",
                            es: "El idioma de los mensajes y la ayuda: en (inglés) o es (español); si falta, el de LANG y LC_ALL.")

        case .editFile:
            language.choose(en: "The map file to open or create.", es: "El archivo del mapa que abrir o crear.")
        case .editTemplate:
            language.choose(en: "For a new file: the template (or example) to start from.",
                            es: "Para un archivo nuevo: la plantilla (o el ejemplo) de partida.")
        case .editTitle:
            language.choose(en: "For a new file: its title.", es: "Para un archivo nuevo: su título.")
        case .editNoMouse:
            language.choose(en: "Leave the mouse to the terminal (for selecting text); m toggles it in the editor.",
                            es: "Deja el ratón al terminal (para seleccionar texto); m lo alterna en el editor.")

        case .editName:
            language.choose(en: "The name the others on the map see for you (exported as JOURNEY_NAME); your user name when absent.",
                            es: "El nombre con el que le ven los demás en el mapa (se exporta como JOURNEY_NAME); si falta, su nombre de usuario.")
        case .editSolo:
            language.choose(en: "Work alone even when others have the map open: save when you say (Ctrl-S), merging their changes then; :live on turns co-editing on.",
                            es: "Trabajar a solas aunque otros tengan el mapa abierto: guardar cuando lo diga (Ctrl-S), fusionando entonces sus cambios; :live on activa la edición conjunta.")
        case .editReadOnly:
            language.choose(en: "Look without changing: every change, save and export is refused.",
                            es: "Mirar sin cambiar: se rechaza todo cambio, guardado y exportación.")
        case .editConfined:
            language.choose(en: "Let :w, :export and :compare name only plain file names in the map's folder (journey serve's sessions).",
                            es: "Que :w, :export y :compare solo acepten nombres de archivo sencillos en la carpeta del mapa (las sesiones de journey serve).")

        case .serveMap:
            language.choose(en: "The map the participants edit together (it must exist: make it with journey new).",
                            es: "El mapa que los participantes editan juntos (debe existir: créelo con journey new).")
        case .serveListen:
            language.choose(en: "Where to listen; loopback only by default. Use 0.0.0.0:PORT to accept other machines.",
                            es: "Dónde escuchar; por omisión solo en la interfaz local. Use 0.0.0.0:PUERTO para aceptar otras máquinas.")
        case .servePassphrase:
            language.choose(en: "The editors' passphrase; a new one of four words is made and printed when absent.",
                            es: "La frase de paso de quienes editan; si falta, se crea e imprime una de cuatro palabras.")
        case .serveAuthorizedKeys:
            language.choose(en: "An authorized_keys file whose Ed25519 and ECDSA keys also let editors in (alone, without a passphrase unless --passphrase is given).",
                            es: "Un archivo authorized_keys cuyas claves Ed25519 y ECDSA también dejan entrar a editar (solas, sin frase de paso salvo que se indique --passphrase).")
        case .serveViewers:
            language.choose(en: "Also make a second passphrase for read-only sessions, which see everything and change nothing.",
                            es: "Crea además una segunda frase de paso para sesiones de solo lectura, que lo ven todo y no cambian nada.")
        case .serveMaxSessions:
            language.choose(en: "The most sessions at once; one more is refused with a message.",
                            es: "El máximo de sesiones a la vez; una más se rechaza con un mensaje.")
        case .serveIdleTimeout:
            language.choose(en: "Close a session after this long without input, telling the participant why: 90s, 30m, 1h30m (up to 24h).",
                            es: "Cierra una sesión tras este tiempo sin actividad y se lo dice al participante: 90s, 30m, 1h30m (hasta 24h).")
        case .serveStallTimeout:
            language.choose(en: "Drop a connection that leaves the editor's output unread for this long, so it holds up nobody: 10s, 2m (up to 24h).",
                            es: "Corta una conexión que deja sin leer la salida del editor durante este tiempo, para que no retenga a nadie: 10s, 2m (hasta 24h).")

        case .newFile:
            language.choose(en: "The map file to create, or - for standard output.",
                            es: "El archivo del mapa que crear, o - para la salida estándar.")
        case .newTemplate:
            language.choose(en: "The template (or example) to start from.",
                            es: "La plantilla (o el ejemplo) de partida.")
        case .newTitle:
            language.choose(en: "The map's title.", es: "El título del mapa.")
        case .newPersona:
            language.choose(en: "Whose journey it is, such as \"Ana, 34, buys gifts online\".",
                            es: "De quién es el recorrido, como \"Ana, 34 años, compra regalos en línea\".")
        case .newScenario:
            language.choose(en: "What the map is for.", es: "Para qué es el mapa.")
        case .newKind:
            language.choose(en: "current-state, future-state or day-in-the-life.",
                            es: "current-state (estado actual), future-state (estado futuro) o day-in-the-life (un día en la vida).")

        case .checkFiles:
            language.choose(en: "The map files to check, or - for standard input.",
                            es: "Los archivos de mapa que comprobar, o - para la entrada estándar.")
        case .checkQuiet:
            language.choose(en: "Print nothing for valid files.", es: "No imprime nada de los archivos válidos.")
        case .checkFormat(let names):
            language.choose(en: "Read every file as this format (\(CLIStrings.list(names, language))) instead of guessing from its name.",
                            es: "Lee cada archivo en este formato (\(CLIStrings.list(names, language))) en vez de deducirlo de su nombre.")

        case .formatFiles:
            language.choose(en: "The map files, or - for standard input.",
                            es: "Los archivos de mapa, o - para la entrada estándar.")
        case .formatCheck:
            language.choose(en: "Change nothing; list the files that are not canonical and exit 1 if there are any.",
                            es: "No cambia nada; lista los archivos que no están en forma canónica y sale con 1 si hay alguno.")

        case .exportFile:
            language.choose(en: "The map to export, or - for standard input.",
                            es: "El mapa que exportar, o - para la entrada estándar.")
        case .exportFormat(let names):
            language.choose(en: "\(CLIStrings.list(names, language)); when absent, the one --output's extension names, or markdown.",
                            es: "\(CLIStrings.list(names, language)); si falta, el que indica la extensión de --output, o markdown.")
        case .exportOutput:
            language.choose(en: "Where to write; standard output when absent or -.",
                            es: "Dónde escribir; la salida estándar si falta o es -.")
        case .exportCompare:
            language.choose(en: "A second map (a future state, say) whose emotion curve the HTML page draws beside this one's; html only.",
                            es: "Un segundo mapa (un estado futuro, por ejemplo) cuya curva emocional la página HTML dibuja junto a la de este; solo con html.")
        case .exportNoDiagram:
            language.choose(en: "Leave the emotion curve's Mermaid diagram out of a Markdown report (its line of text stays); other formats ignore it.",
                            es: "Deja fuera del informe Markdown el diagrama Mermaid de la curva emocional (su línea de texto se queda); los demás formatos lo ignoran.")

        case .importInput:
            language.choose(en: "The file to import, or - for standard input.",
                            es: "El archivo que importar, o - para la entrada estándar.")
        case .importFrom(let names):
            language.choose(en: "The input's form: \(CLIStrings.list(names, language)); when absent, the one its extension names, or json.",
                            es: "La forma de la entrada: \(CLIStrings.list(names, language)); si falta, la que indica su extensión, o json.")
        case .importOutput:
            language.choose(en: "The .journey file to write; standard output when absent or -.",
                            es: "El archivo .journey que escribir; la salida estándar si falta o es -.")
        case .importForce:
            language.choose(en: "Replace the output file if it exists.", es: "Reemplaza el archivo de salida si existe.")

        case .mergeBase:
            language.choose(en: "The common ancestor of both versions (git's %O).",
                            es: "El antepasado común de ambas versiones (%O de git).")
        case .mergeOurs:
            language.choose(en: "Our version (git's %A); replaced by the merged map unless --output is given.",
                            es: "Nuestra versión (%A de git); se reemplaza por el mapa fusionado salvo que se indique --output.")
        case .mergeTheirs:
            language.choose(en: "Their version (git's %B).", es: "Su versión (%B de git).")
        case .mergeOutput:
            language.choose(en: "Where to write the merged map; OURS when absent, standard output for -.",
                            es: "Dónde escribir el mapa fusionado; OURS si falta, la salida estándar para -.")
        case .mergeTake:
            language.choose(en: "Settle every conflict with this side (ours or theirs) and exit 0.",
                            es: "Resuelve cada conflicto con este lado (ours, el nuestro, o theirs, el suyo) y sale con 0.")
        case .mergeLabel:
            language.choose(en: "The path to report conflicts under (git's %P); OURS when absent.",
                            es: "La ruta con la que informar de los conflictos (%P de git); OURS si falta.")

        case .statsFile:
            language.choose(en: "The map to analyse, or - for standard input.",
                            es: "El mapa que analizar, o - para la entrada estándar.")
        case .compareCurrent:
            language.choose(en: "The current-state map, or - for standard input.",
                            es: "El mapa del estado actual, o - para la entrada estándar.")
        case .compareFuture:
            language.choose(en: "The future-state map, or - for standard input.",
                            es: "El mapa del estado futuro, o - para la entrada estándar.")
        case .reportFormat:
            language.choose(en: "The output's form: for reading, for scripts or for a report; text when absent.",
                            es: "La forma de la salida: para leer, para scripts o para un informe; text si falta.")
        }
    }
}
