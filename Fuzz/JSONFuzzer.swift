// The libFuzzer target for the JSON interchange reader; built and run by `Fuzz/run --json`
// (see Fuzz/README.md).
//
// Every input is decoded. A refusal must name places inside the input; a map must encode and
// decode back to a fixed point, and survive a round trip through the `.journey` format.

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    do {
        let map = try JSONInterchange.decode(utf8: input, path: "fuzz.json")
        let encoded = JSONInterchange.encode(map)
        let again: JourneyMap
        do {
            again = try JSONInterchange.decode(encoded, path: "encoded.json")
        } catch {
            fuzzFailure("the encoded map does not decode: \(error)", input: input)
        }
        if again != map { fuzzFailure("decode(encode(m)) != m", input: input) }
        if JSONInterchange.encode(again) != encoded { fuzzFailure("encode(decode(encode(m))) != encode(m)", input: input) }
        checkRoundTrip(map, input: input)
    } catch {
        checkLocations(error, path: "fuzz.json", input: input)
    }
    return 0
}
