import JourneyKit

/// Every editor command, once: its `:` names, arguments, keys, prompt and help line.
///
/// Key bindings (``KeyDispatch``), `:` parsing and Tab completion (``CommandLine``), the `?`
/// help screen and `journey help keys` (``CommandReference``) all read this table; the README's
/// key and command tables are printed from it and a test keeps them equal.
enum CommandTable {
    /// The commands, in the order the help lists them within each section.
    static let all: [CommandSpec] = movement + cell + items + structure(.stage) + structure(.touchpoint) + workshop + map + files

    // MARK: Moving

    private static let movement: [CommandSpec] = [
        CommandSpec(
            name: "move", syntax: .choice(EditorCommand.Direction.allCases.map(\.rawValue), optional: false),
            parse: { ArgumentReader.choice($0, name: "move", syntax: .choice(["left", "right", "up", "down"], optional: false),
                                           EditorCommand.Direction.allCases.map { ($0.rawValue, $0) }) { .move($0) } },
            keys: [KeyBinding([.left, .character("h")], .run(.move(.left))), KeyBinding([.down, .character("j")], .run(.move(.down))),
                   KeyBinding([.up, .character("k")], .run(.move(.up))), KeyBinding([.right, .character("l")], .run(.move(.right)))],
            section: .move, help: LocalizedText(en: "move between cells", es: "moverse entre celdas")),
        simple("first-stage", [.home, .character("^")], .firstStage, .move, LocalizedText(en: "first stage", es: "primera etapa")),
        simple("last-stage", [.end, .character("$")], .lastStage, .move, LocalizedText(en: "last stage", es: "última etapa")),
        simple("first-touchpoint", [.character("g")], .firstTouchpoint, .move, LocalizedText(en: "first touchpoint", es: "primer punto de contacto")),
        simple("last-touchpoint", [.character("G")], .lastTouchpoint, .move, LocalizedText(en: "last touchpoint", es: "último punto de contacto")),
        CommandSpec(
            name: "goto", aliases: ["go"], syntax: .text(.name, optional: false),
            parse: { ArgumentReader.required($0, name: "goto", syntax: .text(.name, optional: false)) { .goto($0) } },
            section: .move, help: LocalizedText(en: "go to a stage or touchpoint by name (Tab completes the names)", es: "ir a una etapa o punto de contacto por su nombre (Tab completa los nombres)")),
        CommandSpec(
            name: "count", parse: { _ in .failure(.unexpectedArgument(command: "count")) },
            keys: [KeyBinding([.character("6"), .character("7"), .character("8"), .character("9")], .countDigit)],
            section: .move, help: LocalizedText(en: "a count before h j k l repeats the motion: 12j, 3l; 5G goes to touchpoint 5 (1 to 5 also set the emotion, taken back when h j k l g G follows; arrows keep it)",
                                                es: "una cuenta antes de h j k l repite el movimiento: 12j, 3l; 5G va al punto de contacto 5 (1 a 5 también fijan la emoción, que se retira si sigue h j k l g G; las flechas la mantienen)"),
            listsCommand: false),
        simple("page-up", [.pageUp, .control("b")], .pageUp, .move, LocalizedText(en: "a screen of touchpoints up", es: "una pantalla de puntos de contacto hacia arriba")),
        simple("page-down", [.pageDown, .control("f")], .pageDown, .move, LocalizedText(en: "a screen of touchpoints down", es: "una pantalla de puntos de contacto hacia abajo")),
    ]

    // MARK: The cell

    private static let cell: [CommandSpec] = [
        CommandSpec(
            name: "note", syntax: .text(.text, optional: true),
            parse: { .success(.setNote($0)) },
            keys: [KeyBinding([.enter, .character("i")], .run(.editNoteInPlace))],
            section: .cell,
            help: LocalizedText(en: "the cell's note; the keys edit it in place (Enter keeps, Esc cancels, Alt-Enter new line, Ctrl-W word, Ctrl-U line)",
                                es: "la nota de la celda; las teclas la editan en la celda (Enter guarda, Esc cancela, Alt-Enter nueva línea, Ctrl-W palabra, Ctrl-U línea)")),
        CommandSpec(
            name: "edit-note", aliases: ["external"],
            parse: { ArgumentReader.nothing($0, .editNoteExternally, name: "edit-note") },
            keys: [KeyBinding([.character("e")], .run(.editNoteExternally))],
            section: .cell, help: LocalizedText(en: "edit the note in $VISUAL / $EDITOR", es: "editar la nota con $VISUAL / $EDITOR")),
        CommandSpec(
            name: "emotion", aliases: ["em"], syntax: .emotion,
            parse: { arguments in
                let (score, feeling) = ArgumentReader.splitWord(arguments)
                if score == "none" || score == "clear" { return .success(.setEmotion(nil, feeling: nil)) }
                guard let emotion = Emotion(parsing: score) else { return .failure(.badArgument(command: "emotion", usage: .emotion)) }
                return .success(.setEmotion(emotion, feeling: feeling.isEmpty ? nil : feeling))
            },
            keys: [KeyBinding([.character("1")], .run(.setEmotion(Emotion(-2), feeling: nil))),
                   KeyBinding([.character("2")], .run(.setEmotion(Emotion(-1), feeling: nil))),
                   KeyBinding([.character("3")], .run(.setEmotion(Emotion(0), feeling: nil))),
                   KeyBinding([.character("4")], .run(.setEmotion(Emotion(1), feeling: nil))),
                   KeyBinding([.character("5")], .run(.setEmotion(Emotion(2), feeling: nil))),
                   KeyBinding([.character("0")], .run(.setEmotion(nil, feeling: nil)))],
            section: .cell, help: LocalizedText(en: "emotion -2 … +2 (1 to 5); 0 clears it", es: "emoción -2 … +2 (1 a 5); 0 la borra")),
        CommandSpec(
            name: "nudge", syntax: .choice(["up", "down"], optional: false),
            parse: { ArgumentReader.choice($0, name: "nudge", syntax: .choice(["up", "down"], optional: false), [("up", 1), ("down", -1)]) { .nudgeEmotion($0) } },
            keys: [KeyBinding([.character("+"), .character("=")], .run(.nudgeEmotion(1))),
                   KeyBinding([.character("-"), .character("_")], .run(.nudgeEmotion(-1)))],
            section: .cell, help: LocalizedText(en: "nudge the emotion up / down", es: "subir / bajar la emoción un punto")),
        CommandSpec(
            name: "feeling", syntax: .text(.feeling, optional: true),
            parse: { .success(.setFeeling($0.isEmpty ? nil : $0)) },
            keys: [KeyBinding([.character("f")], .prompt)],
            prompt: PromptSpec(label: LocalizedText(en: "Feeling", es: "Sentimiento"), prefill: { $0.currentCell.feeling }, requires: .cell),
            section: .cell, help: LocalizedText(en: "the feeling word (frustrated, curious…)", es: "la palabra del sentimiento (frustrada, curiosa…)")),
        CommandSpec(
            name: "clear", aliases: ["clear-cell"],
            parse: { ArgumentReader.nothing($0, .clearCell, name: "clear") },
            section: .cell, help: LocalizedText(en: "clear the cell (not copied)", es: "vaciar la celda (sin copiarla)")),
        simple("copy", [.character("y")], .copyCell, .cell, LocalizedText(en: "copy the cell", es: "copiar la celda"), aliases: ["yank"]),
        simple("cut", [.character("x"), .delete], .cutCell, .cell, LocalizedText(en: "cut the cell: clear it, keeping a copy for P", es: "cortar la celda: vaciarla, guardando una copia para P")),
        simple("paste", [.character("P")], .pasteCell, .cell, LocalizedText(en: "paste the copied cell over the cursor's", es: "pegar la celda copiada sobre la del cursor")),
        CommandSpec(
            name: "cell move", syntax: .choice(EditorCommand.Direction.allCases.map(\.rawValue), optional: false),
            parse: { ArgumentReader.choice($0, name: "cell move", syntax: .choice(EditorCommand.Direction.allCases.map(\.rawValue), optional: false),
                                           EditorCommand.Direction.allCases.map { ($0.rawValue, $0) }) { .moveCell($0) } },
            keys: [KeyBinding([.character("M")], .cellMovePrefix),
                   KeyBinding(.cellMovePrefix, [.character("h"), .left], .run(.moveCell(.left))), KeyBinding(.cellMovePrefix, [.character("j"), .down], .run(.moveCell(.down))),
                   KeyBinding(.cellMovePrefix, [.character("k"), .up], .run(.moveCell(.up))), KeyBinding(.cellMovePrefix, [.character("l"), .right], .run(.moveCell(.right)))],
            section: .cell, help: LocalizedText(en: "move the cell to the next stage or touchpoint (swapping with what is there); M then a direction",
                                                es: "mover la celda a la etapa o punto de contacto vecino (intercambiándola); M y luego una dirección")),
        simple("repeat", [.character(".")], .repeatLastChange, .cell, LocalizedText(en: "repeat the last change on the cursor's cell", es: "repetir el último cambio en la celda del cursor")),
    ]

    // MARK: Items and the detail pane

    private static let items: [CommandSpec] = ItemList.allCases.map(addItem) + [
        CommandSpec(
            name: "detail", parse: { ArgumentReader.nothing($0, .focusDetail, name: "detail") },
            keys: [KeyBinding([.tab], .run(.focusDetail))],
            section: .detail, help: LocalizedText(en: "focus the detail pane, to select, edit, delete and reorder items",
                                                  es: "pasar al panel de detalle, para elegir, editar, borrar y ordenar elementos")),
        CommandSpec(
            name: "select", syntax: .choice(["up", "down"], optional: false),
            parse: { _ in .failure(.onlyInDetail) },
            keys: [KeyBinding(.detail, [.up, .down, .character("k"), .character("j")], .selectItem(step: 1)),
                   KeyBinding(.detail, [.left, .right, .character("h"), .character("l")], .switchList)],
            section: .detail, help: LocalizedText(en: "select an item; ← → the other list", es: "elegir un elemento; ← → la otra lista"),
            listsCommand: false),
        CommandSpec(
            name: "item edit", syntax: .item(text: .text),
            parse: { arguments in
                ArgumentReader.item(arguments, name: "item edit", syntax: .item(text: .text)).map { .editItem($0.0, index: $0.1, $0.2) }
            },
            keys: [KeyBinding(.detail, [.enter, .character("e"), .character("i")], .editSelectedItem)],
            section: .detail, help: LocalizedText(en: "edit an item (emptied, it is deleted)", es: "editar un elemento (vacío, se borra)")),
        CommandSpec(
            name: "item delete", syntax: .item(text: nil),
            parse: { arguments in
                switch ArgumentReader.item(arguments, name: "item delete", syntax: .item(text: nil)) {
                case .failure(let notice): .failure(notice)
                case .success(let (list, index, rest)): rest.isEmpty ? .success(.deleteItem(list, index: index)) : .failure(.unexpectedArgument(command: "item delete"))
                }
            },
            keys: [KeyBinding(.detail, [.character("d"), .delete, .backspace], .deleteSelectedItem)],
            section: .detail, help: LocalizedText(en: "delete an item", es: "borrar un elemento")),
        CommandSpec(
            name: "item move", syntax: .itemMove,
            parse: { arguments in
                switch ArgumentReader.item(arguments, name: "item move", syntax: .itemMove) {
                case .failure(let notice): return .failure(notice)
                case .success(let (list, index, rest)):
                    switch rest.lowercased() {
                    case "up": return .success(.moveItem(list, index: index, .up))
                    case "down": return .success(.moveItem(list, index: index, .down))
                    default: return .failure(.badArgument(command: "item move", usage: .itemMove))
                    }
                }
            },
            keys: [KeyBinding(.detail, [.character("K"), .shiftUp], .moveSelectedItem(.up)),
                   KeyBinding(.detail, [.character("J"), .shiftDown], .moveSelectedItem(.down))],
            section: .detail, help: LocalizedText(en: "move an item up / down its list", es: "subir / bajar un elemento en su lista")),
        CommandSpec(
            name: "grid", parse: { _ in .failure(.onlyInDetail) },
            keys: [KeyBinding(.detail, [.escape, .tab, .backTab], .leaveDetail)],
            section: .detail, help: LocalizedText(en: "back to the grid", es: "volver a la cuadrícula"), listsCommand: false),
    ]

    private static func addItem(_ list: ItemList) -> CommandSpec {
        let key = list.traits.key
        return CommandSpec(
            name: list.commandWord, aliases: Array(list.commandWords.dropFirst()), syntax: .text(.text, optional: false),
            parse: { ArgumentReader.required($0, name: list.commandWord, syntax: .text(.text, optional: false)) { .addItem(list, $0) } },
            keys: [KeyBinding([.character(key)], .prompt), KeyBinding(.detail, [.character(key)], .prompt)],
            prompt: PromptSpec(label: list.traits.newItemLabel,
                               splitsPastedLines: list, requires: .cell),
            section: .cell,
            help: list.traits.addHelp)
    }

    // MARK: Stages and touchpoints

    private static func structure(_ axis: MapAxis) -> [CommandSpec] {
        let word = axis.rawValue
        let aliases = axis == .stage ? ["st"] : ["tp", "touch"]
        let prefix: KeyContext = axis == .stage ? .stagePrefix : .touchpointPrefix
        let stage = axis == .stage
        let backward: EditorCommand.Direction = stage ? .left : .up, forward: EditorCommand.Direction = stage ? .right : .down
        let addSyntax: ArgumentSyntax = stage ? .text(.name, optional: false) : .nameAndChannel
        var specs = [
            CommandSpec(
                name: "\(word) add", aliases: aliases.map { "\($0) add" } + ["\(word) new"], syntax: addSyntax,
                parse: { arguments in
                    let (name, channel) = stage ? (arguments, nil) : ArgumentReader.splitNameAndChannel(arguments)
                    return name.isEmpty ? .failure(.missingArgument(command: "\(word) add", usage: addSyntax)) : .success(.add(axis, name: name, channel: channel))
                },
                keys: [KeyBinding([.character(stage ? "S" : "T")], .prompt), KeyBinding(prefix, [.character("a")], .prompt)],
                prompt: PromptSpec(label: stage ? LocalizedText(en: "New stage", es: "Nueva etapa")
                                                : LocalizedText(en: "New touchpoint (name | channel)", es: "Nuevo punto de contacto (nombre | canal)")),
                section: .structure,
                help: stage ? LocalizedText(en: "add a stage after the cursor's", es: "añadir una etapa tras la del cursor")
                            : LocalizedText(en: "add a touchpoint below the cursor's", es: "añadir un punto de contacto bajo el del cursor")),
            CommandSpec(
                name: "\(word) rename", aliases: aliases.map { "\($0) rename" }, syntax: .text(.name, optional: false),
                parse: { ArgumentReader.required($0, name: "\(word) rename", syntax: .text(.name, optional: false)) { .rename(axis, $0) } },
                keys: [KeyBinding(prefix, [.character("r")], .prompt)],
                prompt: PromptSpec(label: stage ? LocalizedText(en: "Rename stage", es: "Renombrar etapa") : LocalizedText(en: "Rename touchpoint", es: "Renombrar punto de contacto"),
                                   prefill: { state in state.cursor[axis] < state.map.count(axis) ? state.map.name(axis, at: state.cursor[axis]) : nil },
                                   requires: .line(axis)),
                section: .structure,
                help: stage ? LocalizedText(en: "rename the cursor's stage", es: "renombrar la etapa del cursor")
                            : LocalizedText(en: "rename the cursor's touchpoint", es: "renombrar el punto de contacto del cursor")),
            CommandSpec(
                name: "\(word) delete", aliases: aliases.map { "\($0) delete" } + ["\(word) del", "\(word) remove"],
                parse: { ArgumentReader.nothing($0, .delete(axis), name: "\(word) delete") },
                keys: [KeyBinding(prefix, [.character("d")], .run(.delete(axis)))],
                section: .structure,
                help: stage ? LocalizedText(en: "delete the cursor's stage (asks first when it has content or someone else works on it)", es: "borrar la etapa del cursor (pregunta antes si tiene contenido o alguien más trabaja en ella)")
                            : LocalizedText(en: "delete the cursor's touchpoint (asks first when it has content or someone else works on it)", es: "borrar el punto de contacto del cursor (pregunta antes si tiene contenido o alguien más trabaja en él)")),
            CommandSpec(
                name: "\(word) move", aliases: aliases.map { "\($0) move" }, syntax: .choice([backward.rawValue, forward.rawValue], optional: false),
                parse: { ArgumentReader.choice($0, name: "\(word) move", syntax: .choice([backward.rawValue, forward.rawValue], optional: false),
                                               [(backward.rawValue, backward), (forward.rawValue, forward)]) { .moveLine(axis, $0) } },
                keys: [KeyBinding([.character(stage ? "H" : "K"), stage ? .shiftLeft : .shiftUp], .run(.moveLine(axis, backward))),
                       KeyBinding([.character(stage ? "L" : "J"), stage ? .shiftRight : .shiftDown], .run(.moveLine(axis, forward))),
                       KeyBinding(prefix, [.character(stage ? "h" : "k"), stage ? .left : .up], .run(.moveLine(axis, backward))),
                       KeyBinding(prefix, [.character(stage ? "l" : "j"), stage ? .right : .down], .run(.moveLine(axis, forward)))],
                section: .structure,
                help: stage ? LocalizedText(en: "move the stage left / right", es: "mover la etapa a la izquierda / derecha")
                            : LocalizedText(en: "move the touchpoint up / down", es: "subir / bajar el punto de contacto")),
        ]
        if stage {
            specs.append(CommandSpec(
                name: "stage goal", aliases: ["goal", "st goal"], syntax: .text(.text, optional: true),
                parse: { .success(.setGoal($0.isEmpty ? nil : $0)) },
                keys: [KeyBinding(.stagePrefix, [.character("g")], .prompt)],
                prompt: PromptSpec(label: LocalizedText(en: "Stage goal", es: "Objetivo de la etapa"),
                                   prefill: { state in state.cursor.stage < state.map.stages.count ? state.map.stages[state.cursor.stage].goal : nil },
                                   requires: .line(.stage)),
                section: .structure, help: LocalizedText(en: "set (or clear) the stage's goal", es: "fijar (o borrar) el objetivo de la etapa")))
        } else {
            specs.append(CommandSpec(
                name: "touchpoint channel", aliases: ["channel", "tp channel"], syntax: .text(.channel, optional: true),
                parse: { .success(.setChannel($0.isEmpty ? nil : $0)) },
                keys: [KeyBinding(.touchpointPrefix, [.character("c")], .prompt)],
                prompt: PromptSpec(label: LocalizedText(en: "Channel", es: "Canal"),
                                   prefill: { state in state.cursor.touchpoint < state.map.touchpoints.count ? state.map.touchpoints[state.cursor.touchpoint].channel : nil },
                                   requires: .line(.touchpoint)),
                section: .structure, help: LocalizedText(en: "set (or clear) the touchpoint's channel", es: "fijar (o borrar) el canal del punto de contacto")))
        }
        specs.append(CommandSpec(
            name: word, parse: { _ in .failure(.missingArgument(command: word, usage: .choice(stage ? ["add", "rename", "delete", "move", "goal"] : ["add", "rename", "delete", "move", "channel"], optional: false))) },
            keys: [KeyBinding([.character(stage ? "s" : "t")], .prefix(axis))],
            section: .structure,
            help: stage ? LocalizedText(en: "stage: then a add, r rename, d delete, g goal, h/l move", es: "etapa: luego a añadir, r renombrar, d borrar, g objetivo, h/l mover")
                        : LocalizedText(en: "touchpoint: then a add, r rename, d delete, c channel, k/j move", es: "punto de contacto: luego a añadir, r renombrar, d borrar, c canal, k/j mover"),
            listsCommand: false))
        return specs
    }

    // MARK: The map

    private static let map: [CommandSpec] = [
        CommandSpec(name: "title", syntax: .text(.title, optional: false),
                    parse: { ArgumentReader.required($0, name: "title", syntax: .text(.title, optional: false)) { .setTitle($0) } },
                    section: .files, help: LocalizedText(en: "the map's title", es: "el título del mapa")),
        CommandSpec(name: "persona", syntax: .text(.text, optional: true), parse: { .success(.setPersona($0.isEmpty ? nil : $0)) },
                    section: .files, help: LocalizedText(en: "the map's persona (empty clears it)", es: "la persona del mapa (vacía, se borra)")),
        CommandSpec(name: "scenario", syntax: .text(.text, optional: true), parse: { .success(.setScenario($0.isEmpty ? nil : $0)) },
                    section: .files, help: LocalizedText(en: "the map's scenario (empty clears it)", es: "el escenario del mapa (vacío, se borra)")),
        CommandSpec(name: "kind", syntax: .choice(JourneyKind.allCases.map(\.rawValue), optional: false),
                    parse: { ArgumentReader.choice($0, name: "kind", syntax: .choice(JourneyKind.allCases.map(\.rawValue), optional: false),
                                                   JourneyKind.allCases.map { ($0.rawValue, $0) }) { .setKind($0) } },
                    section: .files, help: LocalizedText(en: "the kind of map", es: "el tipo de mapa")),
    ]

    // MARK: Files and the editor

    private static let files: [CommandSpec] = [
        CommandSpec(name: "w", aliases: ["write"], syntax: .text(.path, optional: true),
                    parse: { .success(.save(path: $0.isEmpty ? nil : $0)) },
                    keys: [KeyBinding([.control("s")], .run(.save(path: nil)))],
                    section: .files, help: LocalizedText(en: "save (to PATH from then on)", es: "guardar (en RUTA desde entonces)")),
        CommandSpec(name: "w!", aliases: ["write!"], syntax: .text(.path, optional: true),
                    parse: { .success(.save(path: $0.isEmpty ? nil : $0, force: true)) },
                    section: .files, help: LocalizedText(en: "save even though the file changed on disk (no merge) or PATH exists",
                                                         es: "guardar aunque el archivo haya cambiado en disco (sin fusionar) o RUTA exista")),
        CommandSpec(name: "q", aliases: ["quit"], parse: { ArgumentReader.nothing($0, .quit(force: false), name: "q") },
                    keys: [KeyBinding([.character("q"), .control("c"), .control("q")], .run(.quit(force: false)))],
                    section: .files, help: LocalizedText(en: "quit (asks first when there are unsaved changes)", es: "salir (pregunta antes si hay cambios sin guardar)")),
        CommandSpec(name: "q!", aliases: ["quit!"], parse: { ArgumentReader.nothing($0, .quit(force: true), name: "q!") },
                    section: .files, help: LocalizedText(en: "quit without saving", es: "salir sin guardar")),
        CommandSpec(name: "wq", aliases: ["x", "exit"], parse: { ArgumentReader.nothing($0, .saveAndQuit, name: "wq") },
                    section: .files, help: LocalizedText(en: "save and quit", es: "guardar y salir")),
        CommandSpec(name: "export", syntax: .export(ExportTargets.names),
                    parse: { arguments in
                        let (format, path) = ArgumentReader.splitWord(arguments)
                        guard let name = ExportTargets.name(for: format) else { return .failure(.badArgument(command: "export", usage: .export(ExportTargets.names))) }
                        guard !path.isEmpty else { return .failure(.missingArgument(command: "export", usage: .export(ExportTargets.names))) }
                        return .success(.export(format: name, path: path))
                    },
                    section: .files, help: LocalizedText(en: "write the map as a report or in another format", es: "escribir el mapa como informe o en otro formato")),
        simple("undo", [.character("u")], .undo, .files, LocalizedText(en: "undo: every change, without limit", es: "deshacer: cada cambio, sin límite"), aliases: ["u"]),
        simple("redo", [.control("r")], .redo, .files, LocalizedText(en: "redo", es: "rehacer")),
        CommandSpec(name: "search", aliases: ["find", "/"], syntax: .text(.text, optional: false),
                    parse: { ArgumentReader.required($0, name: "search", syntax: .text(.text, optional: false)) { .search($0) } },
                    keys: [KeyBinding([.character("/")], .prompt)],
                    prompt: PromptSpec(label: LocalizedText(en: "/", es: "/")),
                    section: .files, help: LocalizedText(en: "search notes, feelings, items, names, goals and channels",
                                                         es: "buscar en notas, sentimientos, elementos, nombres, objetivos y canales")),
        CommandSpec(name: "next", syntax: .none, parse: { ArgumentReader.nothing($0, .searchNext(backwards: false), name: "next") },
                    keys: [KeyBinding([.character("n")], .run(.searchNext(backwards: false)))],
                    section: .files, help: LocalizedText(en: "next match", es: "siguiente coincidencia")),
        CommandSpec(name: "previous", aliases: ["prev"], parse: { ArgumentReader.nothing($0, .searchNext(backwards: true), name: "previous") },
                    keys: [KeyBinding([.character("N")], .run(.searchNext(backwards: true)))],
                    section: .files, help: LocalizedText(en: "previous match", es: "coincidencia anterior")),
        CommandSpec(name: "command", parse: { _ in .failure(.unexpectedArgument(command: "command")) },
                    keys: [KeyBinding([.character(":")], .commandLine)],
                    section: .files, help: LocalizedText(en: "command line (↑ ↓ history, Tab completes and lists)", es: "línea de órdenes (↑ ↓ historial, Tab completa y muestra la lista)"),
                    listsCommand: false),
        simple("help", [.character("?"), .function(1)], .help, .files, LocalizedText(en: "this help", es: "esta ayuda"), aliases: ["h", "?"]),
        CommandSpec(name: "mouse", syntax: .choice(["on", "off"], optional: true),
                    parse: { $0.isEmpty ? .success(.setMouse(nil)) : ArgumentReader.choice($0, name: "mouse", syntax: .choice(["on", "off"], optional: true), [("on", true), ("off", false)]) { .setMouse($0) } },
                    keys: [KeyBinding([.character("m")], .run(.setMouse(nil)))],
                    section: .files, help: LocalizedText(en: "mouse on / off: a click selects a cell, the wheel scrolls; off leaves text selection to the terminal", es: "ratón sí / no: un clic elige una celda, la rueda desplaza; sin ratón, el terminal selecciona texto")),
        CommandSpec(name: "live", syntax: .choice(["on", "off"], optional: true),
                    parse: { $0.isEmpty ? .success(.setLive(nil)) : ArgumentReader.choice($0, name: "live", syntax: .choice(["on", "off"], optional: true), [("on", true), ("off", false)]) { .setLive($0) } },
                    section: .files, help: LocalizedText(en: "live on / off: with others on the map, share each change at once and take theirs in; off saves only when told (like --solo)",
                                                         es: "en vivo sí / no: con otros en el mapa, compartir cada cambio al momento y recibir los suyos; sin él se guarda solo cuando se pide (como --solo)")),
        simple("redraw", [.control("l")], .redraw, .files, LocalizedText(en: "repaint the screen", es: "repintar la pantalla")),
        simple("suspend", [.control("z")], .suspend, .files, LocalizedText(en: "suspend to the shell", es: "suspender y volver al shell")),
    ]

    /// A command that takes no argument and has keys on the grid.
    private static func simple(_ name: String, _ keys: [Key], _ command: EditorCommand, _ section: HelpSection, _ help: LocalizedText, aliases: [String] = []) -> CommandSpec {
        CommandSpec(name: name, aliases: aliases, parse: { ArgumentReader.nothing($0, command, name: name) },
                    keys: [KeyBinding(keys, .run(command))], section: section, help: help)
    }

    // MARK: Looking up

    /// The command a `:` name (or alias) names.
    static func spec(named name: String) -> CommandSpec? {
        specsByName[name]
    }

    private static let specsByName: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        for spec in all {
            for name in [spec.name] + spec.aliases where table[name] == nil { table[name] = spec }
        }
        return table
    }()

    /// What a key does in a context, with the command it belongs to.
    static func binding(for key: Key, in context: KeyContext) -> (spec: CommandSpec, action: KeyAction)? {
        bindings[context]?[key]
    }

    private static let bindings: [KeyContext: [Key: (spec: CommandSpec, action: KeyAction)]] = {
        var table: [KeyContext: [Key: (spec: CommandSpec, action: KeyAction)]] = [:]
        for spec in all {
            for binding in spec.keys {
                for key in binding.keys where table[binding.context, default: [:]][key] == nil {
                    table[binding.context, default: [:]][key] = (spec, binding.action)
                }
            }
        }
        return table
    }()
}
