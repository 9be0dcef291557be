extension JSONReaderStrings: Localized {
    func text(in l: Language) -> String {
        let example = "{\"version\": 1, \"title\": \"…\", \"stages\": []}"
        let metricExample = "{\"name\": \"Conversión\", \"value\": 3.2}"
        switch self {
        case .atPath(let path, let message):
            return "\(path): \(message.text(in: l))"
        case .invalidUTF8(let byte, let utf16):
            let hex = String(byte, radix: 16, uppercase: true)
            let shown = "0x" + (hex.count < 2 ? "0" + hex : hex)
            return l.choose(en: "the file is not valid UTF-8: byte \(shown) cannot stand here; " + (utf16 ? "the file looks like UTF-16; save it as UTF-8" : "save the file as UTF-8"),
                            es: "el archivo no es UTF-8 válido: el byte \(shown) no puede ir aquí; " + (utf16 ? "el archivo parece UTF-16; guárdelo como UTF-8" : "guarde el archivo como UTF-8"))
        case .emptyInput:
            return l.choose(en: "the input is empty: expected a JSON object such as \(example)",
                            es: "la entrada está vacía: se esperaba un objeto JSON como \(example)")
        case .trailingContent(let found):
            return l.choose(en: "unexpected \(found.text(in: l)) after the end of the document: a JSON file holds one value",
                            es: "se encontró \(found.text(in: l)) después del final del documento: un archivo JSON contiene un solo valor")
        case .endsWhereValueExpected:
            return l.choose(en: "the input ends where a value was expected", es: "la entrada termina donde se esperaba un valor")
        case .singleQuotedKey:
            return l.choose(en: "a key must be in double quotes (\"), not single quotes", es: "una clave va entre comillas dobles (\"), no simples")
        case .expectedKey(let found):
            return l.choose(en: "expected a key in double quotes, found \(found.text(in: l))",
                            es: "se esperaba una clave entre comillas dobles; se encontró \(found.text(in: l))")
        case .expectedColon(let key, let found):
            return l.choose(en: "expected ':' after the key \"\(key)\", found \(found.text(in: l))",
                            es: "se esperaba «:» después de la clave \"\(key)\"; se encontró \(found.text(in: l))")
        case .expectedCommaOrBrace(let found):
            return l.choose(en: "expected ',' or '}' after a value in an object, found \(found.text(in: l))",
                            es: "se esperaba «,» o «}» después de un valor en un objeto; se encontró \(found.text(in: l))")
        case .trailingCommaInObject:
            return l.choose(en: "a comma after the last member of an object is not allowed in JSON: remove it",
                            es: "JSON no admite una coma después del último miembro de un objeto: quítela")
        case .expectedCommaOrBracket(let found):
            return l.choose(en: "expected ',' or ']' after a value in an array, found \(found.text(in: l))",
                            es: "se esperaba «,» o «]» después de un valor en un array; se encontró \(found.text(in: l))")
        case .trailingCommaInArray:
            return l.choose(en: "a comma after the last element of an array is not allowed in JSON: remove it",
                            es: "JSON no admite una coma después del último elemento de un array: quítela")
        case .tooDeep(let depth):
            return l.choose(en: "objects and arrays are nested more than \(depth) levels deep",
                            es: "los objetos y arrays están anidados a más de \(depth) niveles de profundidad")
        case .digitAfterMinus:
            return l.choose(en: "expected a digit after '-'", es: "se esperaba un dígito después de «-»")
        case .leadingZero:
            return l.choose(en: "a number may not start with 0 followed by more digits, as in 07: write 7",
                            es: "un número no puede empezar por 0 seguido de más dígitos, como en 07: escriba 7")
        case .digitAfterPoint:
            return l.choose(en: "expected a digit after the decimal point", es: "se esperaba un dígito después del punto decimal")
        case .digitInExponent:
            return l.choose(en: "expected a digit in the exponent of a number", es: "se esperaba un dígito en el exponente de un número")
        case .unclosedString:
            return l.choose(en: "this string is never closed: add '\"' at its end", es: "esta cadena no se cierra nunca: añada «\"» al final")
        case .lineBreakInString:
            return l.choose(en: "this string is not closed before the end of the line: close it with '\"', or write a line break inside a string as \\n",
                            es: "esta cadena no se cierra antes del final de la línea: ciérrela con «\"», o escriba un salto de línea dentro de una cadena como \\n")
        case .rawTab:
            return l.choose(en: "a tab cannot stand raw inside a string: write it as \\t",
                            es: "un tabulador no puede ir tal cual dentro de una cadena: escríbalo como \\t")
        case .rawControl(let control):
            let name = control.text(in: l)
            let hex = JSONReader.hex4(control.codePoint)
            return l.choose(en: "a control character (\(name)) cannot stand raw inside a string: write it as \\u\(hex)",
                            es: "un carácter de control (\(name)) no puede ir tal cual dentro de una cadena: escríbalo como \\u\(hex)")
        case .endsWithBackslash:
            return l.choose(en: "this string is never closed: it ends with a '\\'", es: "esta cadena no se cierra nunca: termina con una «\\»")
        case .loneHighSurrogate(let hex):
            return l.choose(en: "\\u\(hex) is a lone surrogate: the first half of a pair must be followed by a second, such as \\uDC00",
                            es: "\\u\(hex) es un sustituto suelto: la primera mitad de un par debe ir seguida de la segunda, como \\uDC00")
        case .surrogateNotPaired(let hex, let second):
            return l.choose(en: "\\u\(hex) is a lone surrogate: it is followed by \\u\(second), which is not the second half of a pair (\\uDC00 to \\uDFFF)",
                            es: "\\u\(hex) es un sustituto suelto: lo sigue \\u\(second), que no es la segunda mitad de un par (\\uDC00 a \\uDFFF)")
        case .loneLowSurrogate(let hex):
            return l.choose(en: "\\u\(hex) is a lone surrogate: the second half of a pair cannot stand alone",
                            es: "\\u\(hex) es un sustituto suelto: la segunda mitad de un par no puede ir sola")
        case .notACharacter(let hex):
            return l.choose(en: "\\u\(hex) is not a Unicode character", es: "\\u\(hex) no es un carácter Unicode")
        case .unknownEscape(let character):
            let escape = character.text(in: l)
            return l.choose(en: "unknown escape '\\\(escape)': JSON strings know \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                            es: "secuencia de escape desconocida «\\\(escape)»: las cadenas JSON admiten \\\" \\\\ \\/ \\b \\f \\n \\r \\t y \\uXXXX")
        case .expectedFourHexDigits:
            return l.choose(en: "expected four hexadecimal digits after \\u, as in \\u00e9",
                            es: "se esperaban cuatro dígitos hexadecimales después de \\u, como en \\u00e9")
        case .unclosed(let container, let line, let column, let expecting):
            let what = container == .object ? l.choose(en: "object", es: "el objeto") : l.choose(en: "array", es: "el array")
            let expected: String = switch expecting {
            case .key: l.choose(en: "a key in double quotes", es: "una clave entre comillas dobles")
            case .colon: l.choose(en: "':' after the key", es: "«:» después de la clave")
            case .commaOrBrace: l.choose(en: "',' or '}'", es: "«,» o «}»")
            case .value: l.choose(en: "a value", es: "un valor")
            case .commaOrBracket: l.choose(en: "',' or ']'", es: "«,» o «]»")
            }
            return l.choose(en: "the input ends inside the \(what) opened at line \(line), column \(column): expected \(expected)",
                            es: "la entrada termina dentro de \(what) abierto en la línea \(line), columna \(column): se esperaba \(expected)")
        case .singleQuotedString:
            return l.choose(en: "a string must be in double quotes (\"), not single quotes", es: "una cadena va entre comillas dobles (\"), no simples")
        case .noComments:
            return l.choose(en: "JSON has no comments", es: "JSON no admite comentarios")
        case .expectedValue(let found):
            return l.choose(en: "expected a value, found \(found.text(in: l))", es: "se esperaba un valor; se encontró \(found.text(in: l))")
        case .notAValue(let word):
            return l.choose(en: "'\(word)' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null",
                            es: "«\(word)» no es un valor JSON: se esperaba un objeto, un array, una cadena entre comillas dobles, un número, true, false o null")
        case .expectedAnyValue(let found):
            return l.choose(en: "expected a value (an object, an array, a string in double quotes, a number, true, false or null), found \(found.text(in: l))",
                            es: "se esperaba un valor (un objeto, un array, una cadena entre comillas dobles, un número, true, false o null); se encontró \(found.text(in: l))")
        default:
            return mapText(in: l, metricExample: metricExample, example: example)
        }
    }
}
