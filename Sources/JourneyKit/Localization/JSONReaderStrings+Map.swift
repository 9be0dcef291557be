extension JSONReaderStrings {
    /// The problems of the map built from a JSON document.
    func mapText(in l: Language, metricExample: String, example: String) -> String {
        switch self {
        case .topLevelNotObject(let found):
            return l.choose(en: "expected a JSON object at the top level, such as \(example), found \(found.text(in: l))",
                            es: "se esperaba un objeto JSON en el nivel superior, como \(example); se encontró \(found.text(in: l))")
        case .versionNotNumber(let found):
            return l.choose(en: "expected the number \(JourneyFormat.version), found \(found.text(in: l))",
                            es: "se esperaba el número \(JourneyFormat.version); se encontró \(found.text(in: l))")
        case .newerVersion(let number):
            return l.choose(en: "this file uses version \(number) of the JSON interchange form, written by a newer journey; this journey reads version \(JourneyFormat.version): please upgrade journey",
                            es: "este archivo usa la versión \(number) del formato de intercambio JSON, escrita por un journey más reciente; este journey lee la versión \(JourneyFormat.version): actualice journey")
        case .unknownVersion(let number):
            return l.choose(en: "unknown version \(number): expected \(JourneyFormat.version)",
                            es: "versión desconocida \(number): se esperaba \(JourneyFormat.version)")
        case .kindNotString(let found):
            return l.choose(en: "expected one of \(JourneyKind.allSpellings) as a string, found \(found.text(in: l))",
                            es: "se esperaba uno de estos como cadena: \(JourneyKind.allSpellings); se encontró \(found.text(in: l))")
        case .unknownKind(let found):
            return l.choose(en: "unknown map kind \(found.text(in: l)): expected one of \(JourneyKind.allSpellings)",
                            es: "tipo de mapa desconocido \(found.text(in: l)): se esperaba uno de estos: \(JourneyKind.allSpellings)")
        case .model(let error):
            return l.choose(en: error.description, es: error.text(in: .spanish))
        case .emptyName(let axis):
            return axis == .stage
                ? l.choose(en: "a stage name must not be empty", es: "el nombre de una etapa no puede estar vacío")
                : l.choose(en: "a touchpoint name must not be empty", es: "el nombre de un punto de contacto no puede estar vacío")
        case .duplicateName(let axis, let name):
            return axis == .stage
                ? l.choose(en: "there is already a stage named '\(name)'", es: "ya hay una etapa llamada «\(name)»")
                : l.choose(en: "there is already a touchpoint named '\(name)'", es: "ya hay un punto de contacto llamado «\(name)»")
        case .expectedEntryObject(let axis, let found):
            let entry = axis == .stage ? "{\"name\": \"Awareness\"}" : "{\"name\": \"Web shop\"}"
            return l.choose(en: "expected an object such as \(entry), found \(found.text(in: l))",
                            es: "se esperaba un objeto como \(entry); se encontró \(found.text(in: l))")
        case .needsName(let schema):
            let entry = schema == .stage ? "{\"name\": \"Awareness\"}" : "{\"name\": \"Web shop\"}"
            return l.choose(en: "\(schema.name(in: l)) needs a \"name\", as in \(entry)",
                            es: "\(schema.name(in: l)) necesita un \"name\", como en \(entry)")
        case .duplicateKey(let key, let schema, let line, let column):
            return l.choose(en: "the key \"\(key)\" appears twice in \(schema.name(in: l)) (first at line \(line), column \(column)): keep one",
                            es: "la clave \"\(key)\" aparece dos veces en \(schema.name(in: l)) (la primera, en la línea \(line), columna \(column)): deje solo una")
        case .unknownKey(let key, let suggestion, let schema):
            let hint = suggestion.map { l.choose(en: " (did you mean \"\($0)\"?)", es: " (¿quería decir \"\($0)\"?)") } ?? ""
            let keys = schema.knownKeys.joined(separator: ", ")
            return l.choose(en: "unknown key \"\(key)\"\(hint): the keys of \(schema.name(in: l)) are \(keys)",
                            es: "clave desconocida \"\(key)\"\(hint): las claves \(schema == .document ? "del documento" : "de " + schema.name(in: l)) son \(keys)")
        case .expectedString(let found):
            return l.choose(en: "expected a string, found \(found.text(in: l))", es: "se esperaba una cadena; se encontró \(found.text(in: l))")
        case .expectedStringOrNull(let found):
            return l.choose(en: "expected a string or null, found \(found.text(in: l))", es: "se esperaba una cadena o null; se encontró \(found.text(in: l))")
        case .expectedArrayOf(let schema, let found):
            let objects: String = switch schema {
            case .stage: l.choose(en: "stage objects", es: "objetos de etapa")
            case .touchpoint: l.choose(en: "touchpoint objects", es: "objetos de punto de contacto")
            case .cell: l.choose(en: "cell objects", es: "objetos de celda")
            default: l.choose(en: "metric objects", es: "objetos de métrica")
            }
            return l.choose(en: "expected an array of \(objects), found \(found.text(in: l))",
                            es: "se esperaba un array de \(objects); se encontró \(found.text(in: l))")
        case .expectedArrayOfStrings(let found):
            return l.choose(en: "expected an array of strings, found \(found.text(in: l))",
                            es: "se esperaba un array de cadenas; se encontró \(found.text(in: l))")
        case .expectedCellObject(let found):
            let cell = "{\"stage\": \"Awareness\", \"touchpoint\": \"Web shop\", \"note\": \"…\"}"
            return l.choose(en: "expected an object such as \(cell), found \(found.text(in: l))",
                            es: "se esperaba un objeto como \(cell); se encontró \(found.text(in: l))")
        case .noStageNamed(let name):
            return l.choose(en: "there is no stage named '\(name)'", es: "no hay ninguna etapa llamada «\(name)»")
        case .noTouchpointNamed(let name):
            return l.choose(en: "there is no touchpoint named '\(name)'", es: "no hay ningún punto de contacto llamado «\(name)»")
        case .emotionRange(let found):
            return l.choose(en: "expected a whole number from \(Emotion.minimum) to \(Emotion.maximum), found \(found.text(in: l))",
                            es: "se esperaba un número entero de \(Emotion.minimum) a \(Emotion.maximum); se encontró \(found.text(in: l))")
        case .evidence(let found):
            return l.choose(en: "expected one of \"assumed\", \"partial\" or \"researched\", found \(found.text(in: l))",
                            es: "se esperaba \"assumed\", \"partial\" o \"researched\"; se encontró \(found.text(in: l))")
        case .cellNeedsStage:
            return l.choose(en: "a cell needs a \"stage\" naming one of the stages", es: "una celda necesita un \"stage\" que nombre una de las etapas")
        case .cellNeedsTouchpoint:
            return l.choose(en: "a cell needs a \"touchpoint\" naming one of the touchpoints",
                            es: "una celda necesita un \"touchpoint\" que nombre uno de los puntos de contacto")
        case .duplicateCell(let stage, let touchpoint, let first):
            return l.choose(en: "there is already a cell for the stage '\(stage)' and the touchpoint '\(touchpoint)' (cells[\(first)]): each pair has one cell",
                            es: "ya hay una celda para la etapa «\(stage)» y el punto de contacto «\(touchpoint)» (cells[\(first)]): cada par tiene una sola celda")
        case .votesRange(let found):
            return l.choose(en: "expected a whole number from 0 to \(Item.maximumVotes), found \(found.text(in: l))",
                            es: "se esperaba un número entero de 0 a \(Item.maximumVotes); se encontró \(found.text(in: l))")
        case .scoreRange(let found):
            return l.choose(en: "expected a whole number from \(Item.scale.lowerBound) to \(Item.scale.upperBound), found \(found.text(in: l))",
                            es: "se esperaba un número entero de \(Item.scale.lowerBound) a \(Item.scale.upperBound); se encontró \(found.text(in: l))")
        case .itemNeedsText:
            return l.choose(en: "an item object needs a \"text\", as in {\"text\": \"Pide crear cuenta\", \"votes\": 4}",
                            es: "un elemento como objeto necesita un \"text\", como en {\"text\": \"Pide crear cuenta\", \"votes\": 4}")
        case .expectedMetricObject(let found):
            return l.choose(en: "expected an object such as {\"name\": \"Conversión\", \"value\": 3.2, \"unit\": \"%\"}, found \(found.text(in: l))",
                            es: "se esperaba un objeto como {\"name\": \"Conversión\", \"value\": 3.2, \"unit\": \"%\"}; se encontró \(found.text(in: l))")
        case .expectedNumber(let found):
            return l.choose(en: "expected a number, found \(found.text(in: l))", es: "se esperaba un número; se encontró \(found.text(in: l))")
        case .metricNeedsName:
            return l.choose(en: "a metric needs a \"name\", as in \(metricExample)", es: "una métrica necesita un \"name\", como en \(metricExample)")
        case .metricNeedsValue:
            return l.choose(en: "a metric needs a \"value\", a number, as in \(metricExample)",
                            es: "una métrica necesita un \"value\", un número, como en \(metricExample)")
        default:
            return ""
        }
    }
}

extension JSONObjectSchema {
    /// How messages name the object: "the document" / "el documento", "a stage" / "una etapa"…
    func name(in l: Language) -> String {
        switch self {
        case .document: l.choose(en: "the document", es: "el documento")
        case .stage: l.choose(en: "a stage", es: "una etapa")
        case .touchpoint: l.choose(en: "a touchpoint", es: "un punto de contacto")
        case .cell: l.choose(en: "a cell", es: "una celda")
        case .item(let list): l.choose(en: list.oneItem, es: list == .painPoints ? "un punto de dolor" : "una oportunidad")
        case .metric: l.choose(en: "a metric", es: "una métrica")
        }
    }
}
