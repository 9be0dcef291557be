// Shared by the fuzz targets in this folder. Not part of the SwiftPM package: `Fuzz/run` compiles
// it with JourneyKit's sources into one module (see Fuzz/README.md).

/// Stops the fuzzer with a message: libFuzzer records the input that got here as a crash.
func fuzzFailure(_ message: String, input: UnsafeBufferPointer<UInt8>) -> Never {
    let shown = String(decoding: input.prefix(400), as: UTF8.self).debugDescription
    fatalError("\(message)\ninput (\(input.count) bytes): \(shown)")
}

/// Checks that every diagnostic of a refused input names `path` and a line and column inside it:
/// a line from 1 to one past the last line end, a column from 1 to one past the line's last
/// character (counting, as the readers do, every byte that is not a UTF-8 continuation byte).
func checkLocations(_ error: DiagnosticError, path: String, input: UnsafeBufferPointer<UInt8>) {
    var widths = [0]
    for byte in input {
        if byte == 0x0A {
            widths.append(0)
        } else if byte & 0xC0 != 0x80 {
            widths[widths.count - 1] += 1
        }
    }
    for diagnostic in error.diagnostics {
        let location = diagnostic.location
        guard location.path == path, location.line >= 1, location.line <= widths.count,
              location.column >= 1, location.column <= widths[location.line - 1] + 1
        else {
            fuzzFailure("a diagnostic lies outside the input (\(widths.count) lines): \(diagnostic)", input: input)
        }
        if diagnostic.message.isEmpty { fuzzFailure("an empty message at \(location)", input: input) }
    }
}

/// Checks that a map read from some input is written and read back to a fixed point:
/// `parse(write(m)) == m` and `write(parse(write(m))) == write(m)`.
func checkRoundTrip(_ map: JourneyMap, input: UnsafeBufferPointer<UInt8>) {
    let written = JourneyWriter.bytes(for: map)
    let again: JourneyMap
    do {
        again = try JourneyParser.parse(written, path: "written.journey")
    } catch {
        fuzzFailure("the written map does not read back: \(error)", input: input)
    }
    if again != map { fuzzFailure("parse(write(m)) != m", input: input) }
    if JourneyWriter.bytes(for: again) != written { fuzzFailure("write(parse(write(m))) != write(m)", input: input) }
}
