// The libFuzzer target for the `.journey` parser; built and run by `Fuzz/run` (see Fuzz/README.md).
//
// Every input is parsed. A refusal must name places inside the input; a map must write back and
// read back to a fixed point. Anything else stops the fuzzer, which then keeps the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func journeyParserFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    do {
        let map = try JourneyParser.parse(utf8: input, path: "fuzz.journey")
        checkRoundTrip(map, input: input)
        // What a file gives can be exported to JSON and read back, with the same stages and
        // touchpoints, and the JSON export is a fixed point (JSON has no place for unknown
        // fields; a cell holding only those is left out of it).
        let exported = JSONInterchange.encode(map)
        guard let decoded = try? JSONInterchange.decode(exported, path: "fuzz.json") else {
            fuzzFailure("the JSON export of a map does not read back", input: input)
        }
        if decoded.stages.map(\.name) != map.stages.map(\.name) || decoded.touchpoints.map(\.name) != map.touchpoints.map(\.name) {
            fuzzFailure("the JSON export of a map reads back with other stages or touchpoints", input: input)
        }
        if JSONInterchange.encode(decoded) != exported {
            fuzzFailure("encode(decode(encode(m))) != encode(m)", input: input)
        }
    } catch {
        checkLocations(error, path: "fuzz.journey", input: input)
    }
    return 0
}
