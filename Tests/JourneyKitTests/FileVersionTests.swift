import JourneyKit
import Testing

/// A file's version tells contents apart (a one-byte change anywhere, swapped bytes), not times.
@Suite("File version")
struct FileVersionTests {
    @Test func equalContentsHaveEqualVersions() {
        let text = Array("journey 1\ntitle: Shop\n".utf8)
        #expect(FileVersion(contents: text) == FileVersion(contents: text))
        #expect(FileVersion(contents: []).exists)
        #expect(!FileVersion.absent.exists)
        #expect(FileVersion(contents: []) != .absent)
    }

    @Test(arguments: [0, 7, 8, 9, 4095, 99_999])
    func aOneByteChangeAnywhereIsAnotherVersion(_ offset: Int) {
        let original = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var changed = original
        changed[offset] ^= 1
        #expect(FileVersion(contents: original) != FileVersion(contents: changed))
        #expect(FileVersion(contents: original).size == FileVersion(contents: changed).size)
    }

    @Test func swappedBytesAndSwappedWordsAreOtherVersions() {
        let original = Array("abcdefgh12345678ABCDEFGH".utf8)
        var bytesSwapped = original
        bytesSwapped.swapAt(0, 1)
        let wordsSwapped = Array(original[8..<16] + original[0..<8] + original[16...])
        #expect(FileVersion(contents: original) != FileVersion(contents: bytesSwapped))
        #expect(FileVersion(contents: original) != FileVersion(contents: wordsSwapped))
    }
}
