/// The string catalogue of the `.journey` reader's problems (see ``DiagnosticStrings``).
///
/// Values quoted from the file arrive shortened and escaped (``JourneyReader/excerpt(_:)``);
/// field keys, block kinds and escapes are the format's own syntax and stay as written.
enum JourneyReaderStrings: Hashable, Sendable {
    // The file as a whole.
    case invalidUTF8(byte: UInt8)
    case emptyFile
    case unresolvedConflict
    case markerOutsideConflict
    case markerOutOfPlace
    case unclosedConflict
    case commentLine
    case loneCarriageReturn
    case newerVersion(Int)
    case unknownVersion(String)
    case notJourneyFile
    // Block headers.
    case headerNotClosed
    case controlInHeader(ControlCharacter)
    case emptyHeader
    case axisHeaderShape(String)
    case cellHeaderShape
    case unknownBlockKind(String)
    case invalidKey(String, axis: String)
    // Fields and values.
    case controlInFieldKey(ControlCharacter)
    case expectedField
    case controlInBareValue(ControlCharacter)
    case unterminatedQuote
    case trailingBackslash
    case unknownEscape(String)
    case quoteInsideQuoted
    case controlInQuotedValue(ControlCharacter)
    case expectedBraceAfterU
    case expectedHexDigits
    case expectedHexAndBrace
    case notAScalar(UInt32)
    case orphanContinuation
    case controlInContinuation(ControlCharacter)
    case duplicateField(String, firstLine: Int)
    case unknownKind(String)
    case emotionRange(String)
    case unknownEvidence(String)
    case misplacedField(FieldKey)
    // Items and metrics.
    case itemTextThenJunk(listKey: String)
    case duplicateAttribute(String)
    case controlInAttribute(ControlCharacter)
    case attributeNotAllowed(String, listKey: String, allowed: String)
    case votesRange(String)
    case scoreRange(String, found: String)
    case unterminatedUnit
    case metricTrailing
    case metricSourceSpace
    // Building the map.
    case missingName(MapAxis, key: String)
    case duplicateKey(MapAxis, key: String, firstLine: Int)
    case emptyName(MapAxis)
    case duplicateName(MapAxis, String)
    case model(JourneyModelError)
    case undefinedAxisKey(MapAxis, key: String)
    case duplicateCell(stageKey: String, touchpointKey: String, firstLine: Int)
}

extension JourneyReaderStrings: Localized {
    func text(in l: Language) -> String {
        let expected = "journey \(JourneyFormat.version)"
        switch self {
        case .invalidUTF8(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            let shown = "0x" + (hex.count < 2 ? "0" + hex : hex)
            return l.choose(en: "the file is not valid UTF-8: byte \(shown) cannot stand here; save the file as UTF-8",
                            es: "el archivo no es UTF-8 válido: el byte \(shown) no puede ir aquí; guarde el archivo como UTF-8")
        case .emptyFile:
            return l.choose(en: "the file is empty: expected '\(expected)' on the first line",
                            es: "el archivo está vacío: se esperaba «\(expected)» en la primera línea")
        case .unresolvedConflict:
            return l.choose(en: JourneyFormat.unresolvedConflictMessage, es: "conflicto de fusión sin resolver")
        case .markerOutsideConflict:
            return l.choose(en: "merge conflict marker outside a conflict: expected '<<<<<<<' before it",
                            es: "marcador de conflicto de fusión fuera de un conflicto: se esperaba «<<<<<<<» antes")
        case .markerOutOfPlace:
            return l.choose(en: "merge conflict marker out of place: expected the markers in the order <<<<<<<, |||||||, =======, >>>>>>>",
                            es: "marcador de conflicto de fusión fuera de lugar: los marcadores van en el orden <<<<<<<, |||||||, =======, >>>>>>>")
        case .unclosedConflict:
            return l.choose(en: "unresolved merge conflict: no '>>>>>>>' line closes it",
                            es: "conflicto de fusión sin resolver: ninguna línea «>>>>>>>» lo cierra")
        case .commentLine:
            return l.choose(en: "a line may not start with '#': the format has no comments; put remarks in a note, or quote a value that starts with '#'",
                            es: "una línea no puede empezar por «#»: el formato no admite comentarios; ponga las observaciones en una nota, o escriba entre comillas un valor que empiece por «#»")
        case .loneCarriageReturn:
            return l.choose(en: "a carriage return without a line feed: lines end with LF or CRLF, not with CR alone as in old Mac files; save the file with LF line ends",
                            es: "un retorno de carro sin salto de línea: las líneas terminan en LF o CRLF, no solo en CR como en los antiguos archivos de Mac; guarde el archivo con finales de línea LF")
        case .newerVersion(let version):
            return l.choose(en: "this file uses .journey format version \(version), written by a newer journey; this journey reads version \(JourneyFormat.version): please upgrade journey",
                            es: "este archivo usa la versión \(version) del formato .journey, escrita por un journey más reciente; este journey lee la versión \(JourneyFormat.version): actualice journey")
        case .unknownVersion(let given):
            return l.choose(en: "unknown .journey format version \(given); expected '\(expected)'",
                            es: "versión desconocida del formato .journey: \(given); se esperaba «\(expected)»")
        case .notJourneyFile:
            return l.choose(en: "this is not a .journey file: expected '\(expected)' on the first line",
                            es: "este no es un archivo .journey: se esperaba «\(expected)» en la primera línea")
        case .headerNotClosed:
            return l.choose(en: "a block header must end with ']', as in '[stage awareness]'",
                            es: "la cabecera de un bloque debe terminar en «]», como en «[stage awareness]»")
        case .controlInHeader(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in a block header",
                            es: "un carácter de control (\(control)) no puede ir en la cabecera de un bloque")
        case .emptyHeader:
            return l.choose(en: "an empty block header: expected '[stage KEY]', '[touchpoint KEY]' or '[cell STAGE-KEY TOUCHPOINT-KEY]'",
                            es: "la cabecera del bloque está vacía: se esperaba «[stage CLAVE]», «[touchpoint CLAVE]» o «[cell CLAVE-ETAPA CLAVE-PUNTO-DE-CONTACTO]»")
        case .axisHeaderShape(let kind):
            let example = "[\(kind) \(kind == "stage" ? "awareness" : "web-shop")]"
            return l.choose(en: "expected '[\(kind) KEY]' with one key, such as '\(example)'",
                            es: "se esperaba «[\(kind) CLAVE]» con una sola clave, como «\(example)»")
        case .cellHeaderShape:
            return l.choose(en: "expected '[cell STAGE-KEY TOUCHPOINT-KEY]', such as '[cell awareness web-shop]'",
                            es: "se esperaba «[cell CLAVE-ETAPA CLAVE-PUNTO-DE-CONTACTO]», como «[cell awareness web-shop]»")
        case .unknownBlockKind(let kind):
            return l.choose(en: "'\(kind)' is not a block kind: expected 'stage', 'touchpoint' or 'cell' (other kinds are kept as they are, but must be a word of letters, digits and '-')",
                            es: "«\(kind)» no es un tipo de bloque: se esperaba «stage», «touchpoint» o «cell» (los demás tipos se conservan tal cual, pero deben ser una palabra de letras, dígitos y «-»)")
        case .invalidKey(let key, let axis):
            let axisName = axis == "stage" ? MapAxis.stage.name(in: .spanish) : MapAxis.touchpoint.name(in: .spanish)
            return l.choose(en: "'\(key)' is not a valid \(axis) key: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (at most \(NameRules.maximumKeyLength))",
                            es: "«\(key)» no es una clave de \(axisName) válida: use minúsculas, dígitos, «-», «_» y «.», empezando por una letra o un dígito (como mucho \(NameRules.maximumKeyLength))")
        case .controlInFieldKey(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in a field key; keys are letters, digits, '-' and '_'",
                            es: "un carácter de control (\(control)) no puede ir en la clave de un campo; las claves son letras, dígitos, «-» y «_»")
        case .expectedField:
            return l.choose(en: "expected a field such as 'note: Compares prices', a block header such as '[stage awareness]', or a '|' line continuing a value",
                            es: "se esperaba un campo como «note: Compara precios», una cabecera de bloque como «[stage awareness]» o una línea «|» que continúe un valor")
        case .controlInBareValue(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"",
                            es: "un carácter de control (\(control)) no puede ir en un valor; escríbalo como secuencia de escape en un valor entre comillas, como \"\\t\" o \"\\u{1B}\"")
        case .unterminatedQuote:
            return l.choose(en: "a value starting with '\"' is quoted and must end with '\"' at the end of the line; to start the text with a quotation mark, escape it: \"\\\"Only 3 left\\\" feels like a trick\"",
                            es: "un valor que empieza por «\"» va entre comillas y debe terminar con «\"» al final de la línea; para empezar el texto con comillas, escápelas: \"\\\"Solo quedan 3\\\" parece una trampa\"")
        case .trailingBackslash:
            return l.choose(en: "a '\\' at the end of a quoted value: write '\\\\' for a backslash",
                            es: "una «\\» al final de un valor entre comillas: escriba «\\\\» para una barra invertida")
        case .unknownEscape(let escape):
            return l.choose(en: "unknown escape '\\\(escape)': use \\\\, \\\", \\n, \\r, \\t or \\u{HEX}",
                            es: "secuencia de escape desconocida «\\\(escape)»: use \\\\, \\\", \\n, \\r, \\t o \\u{HEX}")
        case .quoteInsideQuoted:
            return l.choose(en: "a '\"' inside a quoted value must be written '\\\"' (a value starting with '\"' is quoted to its end)",
                            es: "unas comillas «\"» dentro de un valor entre comillas se escriben «\\\"» (un valor que empieza por «\"» va entre comillas hasta el final)")
        case .controlInQuotedValue(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in a value; write it as an escape such as \\u{1B}",
                            es: "un carácter de control (\(control)) no puede ir en un valor; escríbalo como secuencia de escape, como \\u{1B}")
        case .expectedBraceAfterU:
            return l.choose(en: "expected '{' after '\\u', as in \\u{1B}", es: "se esperaba «{» después de «\\u», como en \\u{1B}")
        case .expectedHexDigits:
            return l.choose(en: "expected 1 to 6 hexadecimal digits in \\u{…}", es: "se esperaban de 1 a 6 dígitos hexadecimales en \\u{…}")
        case .expectedHexAndBrace:
            return l.choose(en: "expected hexadecimal digits and '}' in \\u{…}", es: "se esperaban dígitos hexadecimales y «}» en \\u{…}")
        case .notAScalar(let value):
            let hex = String(value, radix: 16, uppercase: true)
            return l.choose(en: "\\u{\(hex)} is not a Unicode scalar value (surrogates and values above 10FFFF are not)",
                            es: "\\u{\(hex)} no es un valor escalar de Unicode (no lo son los sustitutos ni los valores mayores que 10FFFF)")
        case .orphanContinuation:
            return l.choose(en: "a '|' line must follow a field whose value starts on the next line, such as 'note:'",
                            es: "una línea «|» debe seguir a un campo cuyo valor empieza en la línea siguiente, como «note:»")
        case .controlInContinuation(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in a value; use a quoted value with escapes instead",
                            es: "un carácter de control (\(control)) no puede ir en un valor; use en su lugar un valor entre comillas con secuencias de escape")
        case .duplicateField(let key, let first):
            return l.choose(en: "'\(key)' appears twice in this block (first on line \(first)); keep one",
                            es: "«\(key)» aparece dos veces en este bloque (la primera en la línea \(first)); deje solo uno")
        case .unknownKind(let kind):
            return l.choose(en: "unknown map kind '\(kind)': expected one of \(JourneyKind.allSpellings)",
                            es: "tipo de mapa desconocido «\(kind)»: se esperaba uno de estos: \(JourneyKind.allSpellings)")
        case .emotionRange(let found):
            return l.choose(en: "emotion must be a whole number from -2 to +2, found '\(found)'",
                            es: "la emoción debe ser un número entero de -2 a +2; se encontró «\(found)»")
        case .unknownEvidence(let found):
            return l.choose(en: "unknown evidence '\(found)': expected \(Evidence.allSpellings)",
                            es: "evidencia desconocida «\(found)»: se esperaba \(Evidence.allSpellings.replacing(" or ", with: " o "))")
        case .misplacedField(let key):
            return l.choose(en: "'\(key.spelling)' does not belong here: it goes \(key.home)",
                            es: "«\(key.spelling)» no va aquí: va \(key.spanishHome)")
        case .itemTextThenJunk(let list):
            return l.choose(en: "after the closing '\"' of an item's text only its attributes may follow, as in '\(list): \"Pide crear cuenta\"  [votes 4]'; to end the text with a quotation mark, escape it as '\\\"'",
                            es: "después de las comillas «\"» que cierran el texto de un elemento solo pueden ir sus atributos, como en «\(list): \"Pide crear cuenta\"  [votes 4]»; para terminar el texto con comillas, escápelas como «\\\"»")
        case .duplicateAttribute(let name):
            return l.choose(en: "the attribute '\(name)' appears twice on this item; keep one",
                            es: "el atributo «\(name)» aparece dos veces en este elemento; deje solo uno")
        case .controlInAttribute(let character):
            let control = character.text(in: l)
            return l.choose(en: "a control character (\(control)) cannot stand in an attribute",
                            es: "un carácter de control (\(control)) no puede ir en un atributo")
        case .attributeNotAllowed(let name, let list, let allowed):
            return l.choose(en: "'\(name)' does not go on a '\(list)' item: it takes \(allowed)",
                            es: "«\(name)» no va en un elemento «\(list)»: admite \(allowed)")
        case .votesRange(let found):
            return l.choose(en: "votes must be a whole number from 0 to \(Item.maximumVotes), found '\(found)'",
                            es: "los votos deben ser un número entero de 0 a \(Item.maximumVotes); se encontró «\(found)»")
        case .scoreRange(let name, let found):
            return l.choose(en: "\(name) must be a whole number from \(Item.scale.lowerBound) to \(Item.scale.upperBound), found '\(found)'",
                            es: "«\(name)» debe ser un número entero de \(Item.scale.lowerBound) a \(Item.scale.upperBound); se encontró «\(found)»")
        case .unterminatedUnit:
            return l.choose(en: "a quoted unit must end with '\"'", es: "una unidad entre comillas debe terminar con «\"»")
        case .metricTrailing:
            return l.choose(en: "after a metric's figure and unit only its source may follow, in parentheses, as in 'metric: Conversión = 3.2 % (Analítica, oct. 2026)'",
                            es: "después de la cifra y la unidad de una métrica solo puede ir su fuente, entre paréntesis, como en «metric: Conversión = 3.2 % (Analítica, oct. 2026)»")
        case .metricSourceSpace:
            return l.choose(en: "a metric's source in parentheses may not start or end with a space",
                            es: "la fuente de una métrica entre paréntesis no puede empezar ni terminar con un espacio")
        case .missingName(let axis, let key):
            return axis == .stage
                ? l.choose(en: "stage '\(key)' has no name: add a line such as 'name: Awareness'",
                           es: "la etapa «\(key)» no tiene nombre: añada una línea como «name: Descubrimiento»")
                : l.choose(en: "touchpoint '\(key)' has no name: add a line such as 'name: Web shop'",
                           es: "el punto de contacto «\(key)» no tiene nombre: añada una línea como «name: Tienda web»")
        case .duplicateKey(let axis, let key, let first):
            return axis == .stage
                ? l.choose(en: "a second stage with the key '\(key)' (first on line \(first)); keys must be unique",
                           es: "una segunda etapa con la clave «\(key)» (la primera, en la línea \(first)); las claves no pueden repetirse")
                : l.choose(en: "a second touchpoint with the key '\(key)' (first on line \(first)); keys must be unique",
                           es: "un segundo punto de contacto con la clave «\(key)» (el primero, en la línea \(first)); las claves no pueden repetirse")
        case .emptyName(let axis):
            return axis == .stage
                ? l.choose(en: "a stage name must not be empty", es: "el nombre de una etapa no puede estar vacío")
                : l.choose(en: "a touchpoint name must not be empty", es: "el nombre de un punto de contacto no puede estar vacío")
        case .duplicateName(let axis, let name):
            return axis == .stage
                ? l.choose(en: "there is already a stage named '\(name)' (names are compared ignoring case and surrounding spaces)",
                           es: "ya hay una etapa llamada «\(name)» (los nombres se comparan sin distinguir mayúsculas ni espacios alrededor)")
                : l.choose(en: "there is already a touchpoint named '\(name)' (names are compared ignoring case and surrounding spaces)",
                           es: "ya hay un punto de contacto llamado «\(name)» (los nombres se comparan sin distinguir mayúsculas ni espacios alrededor)")
        case .model(let error):
            return l.choose(en: error.description, es: error.text(in: .spanish))
        case .undefinedAxisKey(let axis, let key):
            return axis == .stage
                ? l.choose(en: "this cell names the stage '\(key)', but no [stage \(key)] block defines it",
                           es: "esta celda nombra la etapa «\(key)», pero ningún bloque [stage \(key)] la define")
                : l.choose(en: "this cell names the touchpoint '\(key)', but no [touchpoint \(key)] block defines it",
                           es: "esta celda nombra el punto de contacto «\(key)», pero ningún bloque [touchpoint \(key)] lo define")
        case .duplicateCell(let stageKey, let touchpointKey, let first):
            return l.choose(en: "a second block for the cell '\(stageKey) \(touchpointKey)' (first on line \(first)); each cell appears once",
                            es: "un segundo bloque para la celda «\(stageKey) \(touchpointKey)» (el primero, en la línea \(first)); cada celda aparece una sola vez")
        }
    }
}

extension FieldKey {
    /// Where the field belongs, in Spanish (see ``home``).
    var spanishHome: String {
        switch self {
        case .title, .persona, .scenario, .kind: "al principio del archivo, antes del primer bloque"
        case .name: "en un bloque [stage …] o [touchpoint …]"
        case .goal, .metric: "en un bloque [stage …]"
        case .channel: "en un bloque [touchpoint …]"
        case .note, .emotion, .feeling, .pain, .opportunity, .evidence, .source: "en un bloque [cell …]"
        }
    }
}
