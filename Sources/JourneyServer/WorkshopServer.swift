import Crypto
import Dispatch
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
import Glibc
#endif

/// `journey serve`: an SSH server that gives each participant their own `journey edit` process
/// on the map, on a pseudo-terminal of its own.
///
/// It allows one interactive session per connection, authenticated by the passphrase or a key
/// from `--authorized-keys`, and refuses everything else (commands, sftp and other subsystems,
/// port, agent and X11 forwarding, further channels). Ctrl-C or SIGTERM sends every editor
/// SIGTERM (each keeps its changes as it does in a terminal), waits for them, and stops.
public enum WorkshopServer {
    /// The connections allowed at once besides sessions: those still authenticating.
    static let extraConnections = 16

    /// Runs the server until SIGINT or SIGTERM; returns the process's exit status.
    public static func run(_ configuration: ServerConfiguration, hostKeys: HostKeyStore) -> Int32 {
        let log = ServerLog(language: configuration.language)
        let privateKey: Curve25519.Signing.PrivateKey
        do {
            privateKey = try hostKeys.loadOrCreate()
        } catch {
            log.problem(.hostKeyProblem(path: hostKeys.path, problem: error))
            return 1
        }
        let hostKey = NIOSSHPrivateKey(ed25519Key: privateKey)
        let registry = SessionRegistry(maximum: configuration.maxSessions)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let connectionLimit = configuration.maxSessions * 2 + extraConnections

        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(ChannelOptions.writeBufferWaterMark, value: .init(low: 32 * 1024, high: 256 * 1024))
            .childChannelInitializer { channel in
                guard registry.admit(channel, limit: connectionLimit) else {
                    return channel.close()
                }
                channel.closeFuture.whenComplete { _ in registry.forget(channel) }
                let connection = ConnectionInfo(address: Self.describe(channel.remoteAddress))
                return channel.eventLoop.makeCompletedFuture {
                    var server = SSHServerConfiguration(
                        hostKeys: [hostKey],
                        userAuthDelegate: ConnectionAuthenticator(configuration: configuration, connection: connection, log: log),
                        globalRequestDelegate: RefusingGlobalRequests(connection: connection, log: log))
                    server.maxAuthAttempts = 6
                    let handler = NIOSSHHandler(
                        role: .server(server),
                        allocator: channel.allocator,
                        inboundChildChannelInitializer: { child, type in
                            Self.openChannel(child, type: type, configuration: configuration, connection: connection, registry: registry, log: log)
                        })
                    try channel.pipeline.syncOperations.addHandler(handler)
                    try channel.pipeline.syncOperations.addHandler(CloseOnError())
                }
            }

        let listener: Channel
        do {
            listener = try bootstrap.bind(host: configuration.listen.host, port: configuration.listen.port).wait()
        } catch {
            log.problem(.cannotListen(address: configuration.listen.description, reason: "\(error)"))
            try? group.syncShutdownGracefully()
            return 1
        }
        let boundPort = listener.localAddress?.port ?? configuration.listen.port
        let address = ListenAddress(host: configuration.listen.host, port: boundPort)
        JoinInstructions(configuration: configuration, address: address,
                         fingerprint: HostKeyStore.fingerprint(of: hostKey.publicKey)).print(to: log)

        let stopRequested = DispatchSemaphore(value: 0)
        let signalSources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stopRequested.signal() }
            source.resume()
            return source
        }
        signal(SIGPIPE, SIG_IGN)
        stopRequested.wait()
        signalSources.forEach { $0.cancel() }

        log.say(.stopping(sessions: registry.count), timed: true)
        try? listener.close().wait()
        let loop = group.next()
        let ended = registry.stop(signalling: SIGTERM, on: loop)
        let deadline = loop.scheduleTask(in: .seconds(10)) { registry.signalAll(SIGKILL) }
        _ = try? ended.flatMapError { _ in loop.makeSucceededVoidFuture() }.wait()
        deadline.cancel()
        // Let the sessions' last output and channel closes reach their clients.
        usleep(300_000)
        for connection in registry.openConnections {
            _ = try? connection.close().wait()
        }
        try? group.syncShutdownGracefully()
        log.say(.stopped, timed: true)
        return 0
    }

    /// Accepts a connection's first session channel and nothing else.
    private static func openChannel(_ channel: Channel, type: SSHChannelType, configuration: ServerConfiguration,
                                    connection: ConnectionInfo, registry: SessionRegistry, log: ServerLog) -> EventLoopFuture<Void> {
        let name = connection.participant?.name ?? "?"
        switch type {
        case .session:
            guard connection.takeSession() else {
                log.say(.refusedRequest(name: name, what: .secondSession), timed: true)
                return channel.eventLoop.makeFailedFuture(RefusedChannel())
            }
            return channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(
                    SessionChannelHandler(configuration: configuration, connection: connection, registry: registry, log: log))
            }
        case .directTCPIP:
            log.say(.refusedRequest(name: name, what: .directTCPIP), timed: true)
            return channel.eventLoop.makeFailedFuture(RefusedChannel())
        case .forwardedTCPIP:
            log.say(.refusedRequest(name: name, what: .forwardedTCPIP), timed: true)
            return channel.eventLoop.makeFailedFuture(RefusedChannel())
        }
    }

    /// A client's address for the log: `127.0.0.1` or `::1`.
    static func describe(_ address: SocketAddress?) -> String {
        address?.ipAddress ?? "?"
    }
}

/// A channel type or a second session that the server does not open.
struct RefusedChannel: Error {}

/// Closes a connection on any error in its pipeline (a broken packet, a reset).
final class CloseOnError: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
