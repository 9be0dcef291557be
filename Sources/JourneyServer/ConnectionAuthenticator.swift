import NIOConcurrencyHelpers
import NIOCore
import NIOSSH

/// What one connection is allowed to do once it has authenticated.
enum ParticipantRole: Sendable {
    /// Edits the map.
    case editor
    /// Sees the map live and changes nothing.
    case viewer
}

/// What is known about one connection: who authenticated, as what, and whether it already has
/// its one session channel. Shared between the connection's handlers.
final class ConnectionInfo: Sendable {
    struct State {
        var name: String?
        var role: ParticipantRole?
        var hasSession = false
    }

    /// The client's address, for the log.
    let address: String
    let state = NIOLockedValueBox(State())

    init(address: String) {
        self.address = address
    }

    /// The participant's name and role, once authenticated.
    var participant: (name: String, role: ParticipantRole)? {
        state.withLockedValue { state in
            guard let name = state.name, let role = state.role else { return nil }
            return (name, role)
        }
    }

    /// Takes the connection's one session channel; `false` when it is already taken.
    func takeSession() -> Bool {
        state.withLockedValue { state in
            guard !state.hasSession else { return false }
            state.hasSession = true
            return true
        }
    }
}

/// Checks each authentication attempt: the editors' or the viewers' passphrase, or a key from
/// `--authorized-keys` (NIOSSH has already checked the key's signature). Nothing else gets in;
/// a failure is logged and answered only after a delay.
final class ConnectionAuthenticator: NIOSSHServerUserAuthenticationDelegate, Sendable {
    let configuration: ServerConfiguration
    let connection: ConnectionInfo
    let log: ServerLog

    init(configuration: ServerConfiguration, connection: ConnectionInfo, log: ServerLog) {
        self.configuration = configuration
        self.connection = connection
        self.log = log
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods {
        var methods: NIOSSHAvailableUserAuthenticationMethods = []
        if configuration.passphrase != nil || configuration.viewerPassphrase != nil { methods.insert(.password) }
        if !configuration.authorizedKeys.keys.isEmpty { methods.insert(.publicKey) }
        return methods
    }

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        let name = ParticipantName.from(userName: request.username)
        let role: ParticipantRole?
        switch request.request {
        case .none:
            // The client asking which methods there are: not an attempt.
            responsePromise.succeed(.failure)
            return
        case .password(let password):
            if configuration.passphrase?.matches(password.password) == true {
                role = .editor
            } else if configuration.viewerPassphrase?.matches(password.password) == true {
                role = .viewer
            } else {
                role = nil
            }
        case .publicKey(let key):
            role = configuration.authorizedKeys.contains(key.publicKey) ? .editor : nil
        case .hostBased:
            role = nil
        }
        guard let role else {
            log.say(.authenticationFailed(name: name, address: connection.address), timed: true)
            let loop = responsePromise.futureResult.eventLoop
            loop.scheduleTask(in: .milliseconds(configuration.failureDelay)) {
                responsePromise.succeed(.failure)
            }
            return
        }
        connection.state.withLockedValue { state in
            state.name = name
            state.role = role
        }
        responsePromise.succeed(.success)
    }
}

/// Refuses every global request (`tcpip-forward` for `ssh -R`), and logs it.
struct RefusingGlobalRequests: GlobalRequestDelegate, Sendable {
    let connection: ConnectionInfo
    let log: ServerLog

    func tcpForwardingRequest(_ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
                              promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>) {
        log.say(.refusedRequest(name: connection.participant?.name ?? "?", what: .tcpipForward), timed: true)
        promise.fail(RefusedChannel())
    }
}
