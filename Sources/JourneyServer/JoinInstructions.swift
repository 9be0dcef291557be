#if canImport(Glibc)
import Glibc
#endif

/// What the server prints at start: the lines of `--authorized-keys` it skipped (on standard
/// error), the map and address, the host key's fingerprint, the ssh
/// command and passphrase for editors (and viewers), the limits, and how to stop.
struct JoinInstructions {
    let configuration: ServerConfiguration
    let address: ListenAddress
    let fingerprint: String

    /// The host participants type: the listening address, or this machine's name when the server
    /// listens on every address.
    var host: String {
        guard ["0.0.0.0", "::", "[::]"].contains(address.host) else { return address.host }
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return address.host }
        buffer[buffer.count - 1] = 0  // a name as long as the buffer is not terminated
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func print(to log: ServerLog) {
        if let file = configuration.authorizedKeysFile {
            for skipped in configuration.authorizedKeys.skipped {
                log.problem(.keySkipped(file: file, line: skipped.line, reason: skipped.reason))
            }
        }
        log.say(.serving(map: configuration.mapPath, address: address.description))
        log.say(.fingerprint(fingerprint))
        log.say(.joinAsEditor(host: host, port: address.port, passphrase: configuration.passphrase?.text))
        if let viewers = configuration.viewerPassphrase {
            log.say(.joinAsViewer(host: host, port: address.port, passphrase: viewers.text))
        }
        let keys = configuration.authorizedKeys.keys.count
        if keys > 0, configuration.passphrase != nil, let file = configuration.authorizedKeysFile {
            log.say(.keysAccepted(count: keys, file: file))
        }
        log.say(.limits(maxSessions: configuration.maxSessions, idleSeconds: Int(configuration.idleTimeout),
                        stallSeconds: Int(configuration.stallTimeout)))
        log.say(.howToStop)
    }
}
