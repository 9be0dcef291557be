/// Where the server listens: `ADDRESS:PORT`, with an IPv6 address in brackets (`[::1]:2222`).
public struct ListenAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address to bind, such as `127.0.0.1`, `0.0.0.0` or `::1`.
    public var host: String
    /// The TCP port (0 lets the system choose one).
    public var port: Int

    /// The default: loopback only, port 2222.
    public static let loopback = ListenAddress(host: "127.0.0.1", port: 2222)

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `ADDRESS:PORT`; `nil` when it is not that shape or the port is out of range.
    public init?(parsing text: String) {
        var host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            guard !host.contains(":") else { return nil }
        }
        host = host.drop { $0 == " " }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { return nil }
        self.host = String(host)
        self.port = port
    }

    /// `127.0.0.1:2222`, or `[::1]:2222` for IPv6.
    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
