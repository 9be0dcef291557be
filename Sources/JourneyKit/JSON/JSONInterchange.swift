import Foundation

/// The JSON interchange form of a journey map, for other tools: a fixed contract, read and
/// written without Foundation's JSON classes.
///
/// ```json
/// {
///   "version": 1,
///   "title": "Cat mug shop: first purchase",
///   "persona": "Ana, 34, buys gifts online",
///   "kind": "current-state",
///   "stages": [
///     {
///       "name": "Awareness",
///       "goal": "Discover the brand"
///     }
///   ],
///   "touchpoints": [
///     {
///       "name": "Instagram ad",
///       "channel": "social"
///     }
///   ],
///   "cells": [
///     {
///       "stage": "Awareness",
///       "touchpoint": "Instagram ad",
///       "note": "Sees the mug ad and clicks through",
///       "emotion": 1,
///       "feeling": "curious",
///       "painPoints": [
///         "The ad hides the price"
///       ]
///     }
///   ]
/// }
/// ```
///
/// A workshop's additions (version 1 still): a stage may carry `metrics` (objects with `name`,
/// `value`, and optionally `unit` and `source`); a cell may carry `evidence` (`assumed`,
/// `partial` or `researched`) and `sources` (strings); an item of `painPoints` or
/// `opportunities` is a plain string when it has only text, otherwise an object with `text` and
/// only the attributes it has (`votes`; on opportunities also `impact`, `effort`, `owner`):
///
/// ```json
/// "painPoints": [ "El envío aparece al final", { "text": "Pide crear cuenta", "votes": 4 } ]
/// ```
///
/// Cells name their stage and touchpoint; names are matched trimmed and case-insensitively, as
/// ``JourneyMap/stageIndex(named:)`` does. Stage and touchpoint keys are not carried: reading
/// makes them from the names. Fields the model keeps for other tools (`extraFields`,
/// `extraBlocks`, an item's unknown attributes) have no place in this form and are not written.
///
/// ```swift
/// let json = JSONInterchange.encode(map)
/// let again = try JSONInterchange.decode(json, path: "map.json")   // == map, keys made from names
/// ```
///
/// Reading is strict, so that a typo never drops data silently: unknown or repeated keys, wrong
/// types and dangling references are errors, each located as `path:line:column: json-path: message`:
///
/// ```text
/// map.json:14:18: cells[2].emotion: expected a whole number from -2 to 2, found "happy"
/// ```
public enum JSONInterchange {
    /// The version of the interchange form this library reads and writes.
    public static let version = 1

    // MARK: Reading

    /// Reads a map from JSON text.
    ///
    /// - Parameter path: the file's path as messages should name it, or `-` for standard input.
    /// - Throws: ``DiagnosticError`` with every problem found, each as `path:line:column: json-path: message`.
    public static func decode(_ text: String, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        var text = text
        let result: Result<JourneyMap, DiagnosticError> = text.withUTF8 { bytes in
            Result { () throws(DiagnosticError) in try decode(utf8: bytes, path: path) }
        }
        return try result.get()
    }

    /// Reads a map from JSON bytes, which must be UTF-8 (a byte order mark is accepted).
    ///
    /// - Throws: ``DiagnosticError`` with every problem found, each as `path:line:column: json-path: message`.
    public static func decode(_ bytes: [UInt8], path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let result: Result<JourneyMap, DiagnosticError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DiagnosticError) in try decode(utf8: buffer, path: path) }
        }
        return try result.get()
    }

    /// Reads a map from JSON data, which must be UTF-8 (a byte order mark is accepted).
    ///
    /// ```swift
    /// let data = try Data(contentsOf: URL(fileURLWithPath: "map.json"))
    /// let map = try JSONInterchange.decode(data, path: "map.json")
    /// ```
    ///
    /// - Throws: ``DiagnosticError`` with every problem found, each as `path:line:column: json-path: message`.
    public static func decode(_ data: Data, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let result: Result<JourneyMap, DiagnosticError> = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return Result { () throws(DiagnosticError) in try decode(utf8: buffer, path: path) }
        }
        return try result.get()
    }

    /// Reads a map from UTF-8 bytes in place.
    static func decode(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) throws(DiagnosticError) -> JourneyMap {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
            throw DiagnosticError(
                .json(.invalidUTF8(byte: bytes[bad], looksLikeUTF16: utf16)),
                at: location(ofOffset: bad, in: bytes, path: path))
        }
        var reader = JSONReader(bytes: bytes)
        let root: JSONValue
        do {
            root = try reader.readDocument()
        } catch {
            let message = error.path.isEmpty ? error.message : .atPath(error.path, error.message)
            throw DiagnosticError(.json(message), at: error.position.location(path: path))
        }
        var builder = JSONMapBuilder(path: path)
        return try builder.build(root)
    }

    /// The line and column of a byte offset, counting from the start (used once, for bad UTF-8).
    private static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String) -> FileLocation {
        var line = 1
        var start = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            start = index + 1
        }
        if start == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var column = 1
        for index in start..<max(start, offset) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return FileLocation(path: path, line: line, column: column)
    }
}
