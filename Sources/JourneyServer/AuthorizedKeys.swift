import Foundation
import NIOSSH

/// The public keys that may join as editors, read from an OpenSSH `authorized_keys` file.
///
/// Each line holds an optional list of options, a key type, the key in base64 and a comment;
/// blank lines and `#` comments are skipped. Ed25519 and ECDSA (P-256, P-384, P-521) keys are
/// accepted; any other line is reported with its line number and skipped, so that nothing else
/// gets in.
public struct AuthorizedKeys: Sendable {
    /// The keys accepted.
    public private(set) var keys: [NIOSSHPublicKey] = []
    /// The lines skipped: line number (from 1) and why.
    public private(set) var skipped: [(line: Int, reason: SkipReason)] = []

    /// Why a line of the file gives no key.
    public enum SkipReason: Sendable, Hashable {
        /// A key of a type the server does not take (RSA, DSA, security keys…), or no key at all.
        case unsupportedType(String)
        /// The base64 does not hold a key of the type named.
        case unreadable
    }

    /// The key types accepted, as they start a key in the file.
    static let acceptedTypes = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]

    public init() {}

    /// Reads the keys in a file's text.
    public init(text: String) {
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let typeIndex = fields.firstIndex(where: { Self.acceptedTypes.contains($0) }), typeIndex + 1 < fields.count else {
                let type = fields.first { $0.hasPrefix("ssh-") || $0.hasPrefix("ecdsa-") || $0.hasPrefix("sk-") } ?? fields.first ?? ""
                skipped.append((offset + 1, .unsupportedType(type)))
                continue
            }
            do {
                keys.append(try NIOSSHPublicKey(openSSHPublicKey: fields[typeIndex] + " " + fields[typeIndex + 1]))
            } catch {
                skipped.append((offset + 1, .unreadable))
            }
        }
    }

    /// Whether a key is one of these.
    public func contains(_ key: NIOSSHPublicKey) -> Bool {
        keys.contains(key)
    }
}
