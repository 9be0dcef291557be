/// RFC 4180 comma-separated values: writing records, and reading them back with the line and
/// column where each field starts, so that problems can be reported at their place.
///
/// Writing: fields are separated by `,` and records end with CRLF; a field is quoted when it holds
/// a comma, a quotation mark, a line break, or white space at either end, and quotation marks in it
/// are doubled. Reading: the same, and also LF or CR alone as record ends, a byte order mark
/// before the first record, and quotation marks inside unquoted fields as themselves; text inside
/// quotes is kept exactly, line breaks included.
///
/// A small reader and writer of its own rather than a library: the reader must give each field's
/// line and column for messages (`shop.csv:7:12: …`), which CSV libraries do not report, and both
/// are a page long and tested on their own (`CSVTextTests`).
///
/// ```swift
/// CSVText.record(["a", "b,c", "say \"hi\""])   // "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
/// let records = try CSVText.records(Array(text.utf8), path: "map.csv")
/// ```
enum CSVText {
    /// A field as read: its text and where it starts.
    struct Field: Equatable {
        var text: String
        var line: Int
        var column: Int
    }

    /// A record as read: its fields, and its number counting from 1 (the header is record 1).
    struct Record: Equatable {
        var number: Int
        var fields: [Field]
        /// The line the record starts on.
        var line: Int { fields.first?.line ?? 0 }
        /// Whether every field is empty, as a blank line reads.
        var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
    }

    // MARK: Writing

    /// One record: the fields, quoted where they must be, separated by commas, ending with CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field as written: as itself, or quoted with its quotation marks doubled.
    static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return true }
        return text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    // MARK: Reading

    /// Every record of a CSV text, or throws where it cannot be read (a quoted field that never ends,
    /// text after a closing quote, bytes that are not UTF-8).
    static func records(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> [Record] {
        var reader = Reader(bytes: bytes, path: path)
        return try reader.readAll()
    }

    private struct Reader {
        let bytes: [UInt8]
        let path: String
        var index = 0
        var line = 1
        /// The offset where the current line starts, for columns.
        var lineStart = 0

        init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                index = 3
                lineStart = 3
            }
        }

        mutating func readAll() throws(DiagnosticError) -> [Record] {
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw DiagnosticError(.csv(.notUTF8), at: FileLocation(path: path, line: 1, column: 1))
            }
            var records: [Record] = []
            while index < bytes.count {
                var fields: [Field] = []
                while true {
                    fields.append(try readField())
                    if index < bytes.count, bytes[index] == 0x2C {
                        index += 1
                        continue
                    }
                    endLine()
                    break
                }
                records.append(Record(number: records.count + 1, fields: fields))
            }
            return records
        }

        /// The column of `offset` on the current line, counting characters from 1.
        func column(of offset: Int) -> Int {
            1 + bytes[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }

        /// Steps over the line break that ends a record, if any.
        mutating func endLine() {
            guard index < bytes.count else { return }
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            index += 1
            line += 1
            lineStart = index
        }

        mutating func readField() throws(DiagnosticError) -> Field {
            let startLine = line
            let startColumn = column(of: index)
            guard index < bytes.count, bytes[index] == 0x22 else {
                let start = index
                while index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                return Field(text: String(decoding: bytes[start..<index], as: UTF8.self), line: startLine, column: startColumn)
            }
            index += 1
            var text: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw DiagnosticError(.csv(.unclosedQuotedField),
                                          at: FileLocation(path: path, line: startLine, column: startColumn))
                }
                let byte = bytes[index]
                if byte == 0x22 {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                        text.append(0x22)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == 0x0A || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A)) {
                    text.append(byte)
                    index += 1
                    line += 1
                    lineStart = index
                    continue
                }
                text.append(byte)
                index += 1
            }
            if index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D {
                throw DiagnosticError(.csv(.junkAfterClosingQuote),
                                      at: FileLocation(path: path, line: line, column: column(of: index)))
            }
            return Field(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn)
        }
    }
}
