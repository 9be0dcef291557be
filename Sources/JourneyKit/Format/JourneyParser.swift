import Foundation

/// Reads `.journey` text into a ``JourneyMap``.
///
/// The parser either returns a whole map or throws a ``DiagnosticError`` listing every problem it
/// found (up to ``JourneyFormat/maximumDiagnostics``), each as `path:line:column: message`. It
/// never returns a half-read map. It accepts a UTF-8 byte order mark and CRLF line ends, and
/// rejects bytes that are not UTF-8, naming the line and column of the first bad byte.
///
/// ```swift
/// do {
///     let map = try JourneyParser.parse(text, path: "shop.journey")
/// } catch {
///     print(error)   // shop.journey:12:10: emotion must be a whole number from -2 to +2, found '3'
/// }
/// ```
///
/// The format is specified in <doc:JourneyFileFormat>.
public enum JourneyParser {
    /// Parses `.journey` text.
    public static func parse(_ text: String, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        var text = text
        let result: Result<JourneyMap, DiagnosticError> = text.withUTF8 { bytes in
            Result { () throws(DiagnosticError) in try parse(utf8: bytes, path: path) }
        }
        return try result.get()
    }

    /// Parses `.journey` bytes, which must be UTF-8.
    ///
    /// The bytes are taken: once the text is read, and before the map is built from what was
    /// read, they are let go of, so that a large file given here as its last use is freed before
    /// the map's rows are made.
    public static func parse(_ bytes: consuming [UInt8], path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let read: Result<JourneyReader, DiagnosticError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JourneyReader(bytes: buffer, path: path)
            return Result { () throws(DiagnosticError) in
                try reader.readText()
                reader.detachText()
                return reader
            }
        }
        bytes = []
        var reader = try read.get()
        return try reader.buildMap()
    }

    /// Parses `.journey` bytes, which must be UTF-8.
    public static func parse(_ data: Data, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let result: Result<JourneyMap, DiagnosticError> = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return Result { () throws(DiagnosticError) in try parse(utf8: buffer, path: path) }
        }
        return try result.get()
    }

    /// Parses `.journey` bytes in place.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) throws(DiagnosticError) -> JourneyMap {
        var reader = JourneyReader(bytes: bytes, path: path)
        return try reader.read()
    }

    /// Reads just enough of a `.journey` file to paint a first screen: the title, every stage and
    /// touchpoint, and the cells of the first `stages` stages and `touchpoints` touchpoints, as
    /// fast as the file can be scanned for them. `nil` when the file does not have the usual shape
    /// (the one ``JourneyWriter`` writes) or when what was read has a problem.
    ///
    /// A preview is not the map: cells beyond those asked for are missing and problems elsewhere
    /// in the file are not looked for. Read the whole file with ``parse(utf8:path:)`` (which
    /// reports every problem) before editing, computing or saving anything.
    ///
    /// `bytes` may be only the start of the file (`isStartOfFile`): the preview is then `nil` unless
    /// that start holds every declaration and the first cell of a stage beyond those asked for, so
    /// that no cell it shows can have been cut short.
    public static func preview(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String, stages: Int, touchpoints: Int, isStartOfFile: Bool = false) -> JourneyMap? {
        var reader = JourneyReader(bytes: bytes, path: path)
        return reader.readPreview(stageLimit: stages, touchpointLimit: touchpoints, isStartOfFile: isStartOfFile)
    }

    /// Reads just enough of `.journey` bytes to paint a first screen (see ``preview(utf8:path:stages:touchpoints:)``).
    public static func preview(_ bytes: [UInt8], path: String, stages: Int, touchpoints: Int, isStartOfFile: Bool = false) -> JourneyMap? {
        bytes.withUnsafeBufferPointer { preview(utf8: $0, path: path, stages: stages, touchpoints: touchpoints, isStartOfFile: isStartOfFile) }
    }
}
