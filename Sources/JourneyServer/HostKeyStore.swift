import Crypto
import Foundation
import NIOSSH

/// The server's Ed25519 host key: made once, then kept in the user's data folder
/// (`$XDG_DATA_HOME/journey/ssh_host_ed25519_key`, else `~/.local/share/journey/…`) with mode
/// 0600, so that participants see the same fingerprint at every workshop.
public struct HostKeyStore: Sendable {
    /// The file holding the key's 32 raw bytes.
    public var path: String

    /// The store in the data folder the environment names.
    public init(environment: [String: String]) {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        path = dataHome + "/journey/ssh_host_ed25519_key"
    }

    public init(path: String) {
        self.path = path
    }

    /// What can go wrong reading or making the key.
    public enum Problem: Error, Sendable, Hashable {
        /// Others than the owner may read the file.
        case readableByOthers(mode: String)
        /// The file holds no Ed25519 key.
        case notAKey
        /// The system refused (the system's own message).
        case system(String)
    }

    /// The key: read from the file, or made and written there (mode 0600, folder 0700) when
    /// the file does not exist yet. A key file others can read is refused.
    public func loadOrCreate() throws(Problem) -> Curve25519.Signing.PrivateKey {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & 0o077 == 0 else {
                throw .readableByOthers(mode: String(status.st_mode & 0o777, radix: 8))
            }
            guard let data = FileManager.default.contents(atPath: path) else { throw .system(String(cString: strerror(EACCES))) }
            do {
                return try Curve25519.Signing.PrivateKey(rawRepresentation: data)
            } catch {
                throw .notAKey
            }
        }
        let key = Curve25519.Signing.PrivateKey()
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .system(error.localizedDescription)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array(key.rawRepresentation)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            unlink(path)
            throw .system(String(cString: strerror(errno)))
        }
        return key
    }

    /// The fingerprint as OpenSSH prints it: `SHA256:` and the base64 of the SHA-256 of the
    /// public key's wire form, without padding.
    public static func fingerprint(of key: NIOSSHPublicKey) -> String {
        let openSSH = String(openSSHPublicKey: key)
        let fields = openSSH.split(separator: " ")
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else { return openSSH }
        var encoded = Data(SHA256.hash(data: blob)).base64EncodedString()
        while encoded.hasSuffix("=") { encoded.removeLast() }
        return "SHA256:" + encoded
    }
}
