import Dispatch
import Glibc

/// Reading the start of an open file into memory, in two halves at once on two cores when it is
/// large: the pages of a freshly allocated buffer are faulted in and filled by whichever core
/// copies into them, so a 50 MB map is in memory in about half the time one `read` takes.
enum SplitRead {
    /// Files smaller than this are read with one call: a second thread costs more than it saves.
    static let threshold = 8 << 20

    /// Up to `count` bytes from the start of `descriptor`, straight into the array (one copy, not
    /// two): fewer when the file is shorter.
    ///
    /// - Throws: the `errno` of a failed read, as ``ReadFailure``.
    static func bytes(upTo count: Int, from descriptor: Int32) throws(ReadFailure) -> [UInt8] {
        var failure: ReadFailure?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(0, count)) { buffer, initialized in
            do throws(ReadFailure) {
                initialized = try fill(buffer, from: descriptor)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Fills `buffer` from offset 0 of `descriptor` with `pread`, and returns how many bytes were
    /// read: fewer than `buffer.count` when the file is shorter (it shrank since its size was
    /// taken), in which case only that many bytes at the start of `buffer` are meaningful.
    ///
    /// - Throws: the `errno` of a failed read, as ``ReadFailure``.
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32) throws(ReadFailure) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let count = buffer.count
        guard count >= threshold, sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1 else {
            return try readFully(base, count: count, at: 0, from: descriptor)
        }
        let half = count / 2
        let results = HalfResults(base: base)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            let base = results.base
            let offset = part == 0 ? 0 : half
            let length = part == 0 ? half : count - half
            do throws(ReadFailure) {
                let read = try readFully(base + offset, count: length, at: offset, from: descriptor)
                results.set(part, .success(read))
            } catch {
                results.set(part, .failure(error))
            }
        }
        let first = try results.outcome(0).get()
        // A short first half means the file ended there: what the second read is of no use.
        guard first == half else { return first }
        return half + (try results.outcome(1).get())
    }

    /// Reads `count` bytes at `offset`, going on after short reads and interruptions, and stopping
    /// early only at the end of the file.
    private static func readFully(_ base: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int, from descriptor: Int32) throws(ReadFailure) -> Int {
        var done = 0
        while done < count {
            let read = pread(descriptor, base + done, count - done, off_t(offset + done))
            if read < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(errno: errno)
            }
            if read == 0 { break }
            done += read
        }
        return done
    }

    /// Why a read failed.
    struct ReadFailure: Error {
        var errno: Int32
    }

    /// The buffer, and each half's outcome: each thread writes only its own half of the buffer and
    /// its own outcome, and the caller reads them after both have finished.
    private final class HalfResults: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        init(base: UnsafeMutablePointer<UInt8>) { self.base = base }
        private var outcomes: [Result<Int, ReadFailure>] = [.success(0), .success(0)]
        func set(_ part: Int, _ outcome: Result<Int, ReadFailure>) { outcomes[part] = outcome }
        func outcome(_ part: Int) -> Result<Int, ReadFailure> { outcomes[part] }
    }
}
