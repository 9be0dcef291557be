import Foundation
import JourneyKit
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
import Glibc
#endif

/// The one interactive session of a connection: takes the client's terminal request, its
/// window changes and its LANG, refuses commands and subsystems, and on the shell request starts
/// the participant's editor on a pseudo-terminal and relays bytes both ways.
///
/// Backpressure both ways: when the client does not take the editor's output, the server stops
/// reading the pseudo-terminal (the editor then waits, nobody else does) and drops the
/// connection if that lasts ``ServerConfiguration/stallTimeout``; when the editor does not take
/// input, the server stops reading the channel, and the SSH window holds the client back.
final class SessionChannelHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let configuration: ServerConfiguration
    private let connection: ConnectionInfo
    private let registry: SessionRegistry
    private let log: ServerLog

    private var terminal: (type: String, size: WindowSize)?
    private var clientEnvironment: [String: String] = [:]
    private var sessionIdentifier: Int?
    private var process: EditorProcess?
    private var relay: Channel?
    private var exitStatus: Int?
    private var relayClosed = false
    private var lastInput = NIODeadline.now()
    private var unwritableSince: NIODeadline?
    private var watchdog: RepeatedTask?
    /// What to tell the participant once their editor has ended (why the session was closed).
    private var farewell: ServerStrings?
    private var context: ChannelHandlerContext?

    init(configuration: ServerConfiguration, connection: ConnectionInfo, registry: SessionRegistry, log: ServerLog) {
        self.configuration = configuration
        self.connection = connection
        self.registry = registry
        self.log = log
    }

    private var name: String { connection.participant?.name ?? "?" }

    /// The language of messages to this participant: their LANG's when they sent one.
    private var participantLanguage: Language {
        Language(code: clientEnvironment["LC_ALL"] ?? clientEnvironment["LC_MESSAGES"] ?? clientEnvironment["LANG"] ?? "") ?? configuration.language
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight,
                                  pixelWidth: request.terminalPixelWidth, pixelHeight: request.terminalPixelHeight)
            terminal = (TerminalEnvironment.terminalType(request.term), size)
            reply(request.wantReply, success: true, context: context)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            let accepted = TerminalEnvironment.accepts(name: request.name, value: request.value)
            if accepted { clientEnvironment[request.name] = request.value }
            reply(request.wantReply, success: accepted, context: context)
        case let request as SSHChannelRequestEvent.ShellRequest:
            startEditor(wantReply: request.wantReply, context: context)
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(.exec, wantReply: request.wantReply, context: context)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse(.subsystem(request.subsystem), wantReply: request.wantReply, context: context)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            let size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight,
                                  pixelWidth: request.terminalPixelWidth, pixelHeight: request.terminalPixelHeight)
            if let process, !relayClosed { EditorProcess.resize(master: process.master, to: size) }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        lastInput = .now()
        guard let relay, !relayClosed else { return }
        relay.writeAndFlush(bytes, promise: nil)
        if !relay.isWritable {
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            unwritableSince = nil
            relay?.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in }
        } else if unwritableSince == nil {
            unwritableSince = .now()
        }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        watchdog?.cancel()
        watchdog = nil
        if let process, exitStatus == nil {
            // The client is gone: hang up the editor's terminal, as sshd does; it keeps its
            // unsaved changes in its recovery file and ends.
            kill(process.pid, SIGHUP)
        }
        relay?.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    // MARK: Starting the editor

    private func startEditor(wantReply: Bool, context: ChannelHandlerContext) {
        guard sessionIdentifier == nil, let participant = connection.participant else {
            reply(wantReply, success: false, context: context)
            return
        }
        guard let terminal else {
            log.say(.refusedRequest(name: participant.name, what: .shellWithoutTerminal), timed: true)
            endWithMessage(.needsTerminal, wantReply: wantReply, context: context)
            return
        }
        guard let identifier = registry.reserve(name: participant.name) else {
            log.say(.refusedFull(name: participant.name, maxSessions: registry.maximum), timed: true)
            endWithMessage(.fullForParticipant(maxSessions: registry.maximum), wantReply: wantReply, context: context)
            return
        }
        sessionIdentifier = identifier
        let process: EditorProcess
        do {
            process = try EditorProcess.spawn(
                executable: configuration.editorExecutable,
                arguments: EditorInvocation.arguments(map: configuration.mapPath, name: participant.name, role: participant.role),
                environment: TerminalEnvironment.forEditor(terminal: terminal.type, client: clientEnvironment, server: configuration.environment),
                size: terminal.size,
                directory: EditorInvocation.folder(of: configuration.mapPath))
        } catch {
            log.problem(.cannotStartEditor(reason: error.reason))
            registry.release(identifier)
            sessionIdentifier = nil
            endWithMessage(.cannotStartEditor(reason: error.reason), wantReply: wantReply, context: context)
            return
        }
        self.process = process
        registry.attach(identifier, pid: process.pid)
        log.say(.joined(name: participant.name, viewer: participant.role == .viewer, address: connection.address, sessions: registry.count), timed: true)
        reply(wantReply, success: true, context: context)
        waitForExit(of: process, channel: context.channel)
        connectRelay(to: process, context: context)
        startWatchdog(context: context)
    }

    /// Relays the pseudo-terminal's master side through a pipe channel on this event loop.
    private func connectRelay(to process: EditorProcess, context: ChannelHandlerContext) {
        let sshChannel = context.channel
        let loopBoundSelf = NIOLoopBound(self, eventLoop: context.eventLoop)
        NIOPipeBootstrap(group: context.eventLoop)
            .channelOption(ChannelOptions.maxMessagesPerRead, value: 4)
            .channelInitializer { relay in
                relay.eventLoop.makeCompletedFuture {
                    try relay.pipeline.syncOperations.addHandler(PseudoTerminalRelay(session: sshChannel, owner: loopBoundSelf))
                }
            }
            .takingOwnershipOfDescriptor(inputOutput: process.master)
            .hop(to: context.eventLoop)
            .assumeIsolated()
            .whenComplete { result in
                let handler = loopBoundSelf.value
                switch result {
                case .success(let relay):
                    handler.relay = relay
                    if !sshChannel.isActive { relay.close(promise: nil) }
                case .failure:
                    close(process.master)
                    handler.relayDidClose()
                }
            }
    }

    /// Waits for the editor on a thread of its own, then reports back on the event loop.
    private func waitForExit(of process: EditorProcess, channel: Channel) {
        let loopBoundSelf = NIOLoopBound(self, eventLoop: channel.eventLoop)
        let loop = channel.eventLoop
        let thread = Thread {
            let status = EditorProcess.waitForExit(process.pid)
            loop.execute { loopBoundSelf.value.editorDidExit(status: status) }
        }
        thread.start()
    }

    /// Checks the limits four times per the shorter timeout (from every quarter second to every
    /// 30 seconds), so that a session is closed or dropped at most a quarter late.
    private func startWatchdog(context: ChannelHandlerContext) {
        let loopBoundSelf = NIOLoopBound(self, eventLoop: context.eventLoop)
        let shorter = min(configuration.idleTimeout, configuration.stallTimeout)
        let period = TimeAmount.milliseconds(max(250, min(30_000, shorter * 1000 / 4)))
        watchdog = context.eventLoop.scheduleRepeatedTask(initialDelay: period, delay: period) { _ in
            loopBoundSelf.value.checkLimits()
        }
    }

    private func checkLimits() {
        guard let context, exitStatus == nil else { return }
        let now = NIODeadline.now()
        if now - lastInput > .seconds(configuration.idleTimeout) {
            // The editor keeps its changes and ends; the participant is told why after its
            // terminal is restored (see finishIfDone), where the message stays on their screen.
            log.say(.closedIdle(name: name), timed: true)
            farewell = .idleForParticipant(seconds: Int(configuration.idleTimeout))
            if let process { kill(process.pid, SIGTERM) }
            lastInput = now
        } else if let since = unwritableSince, now - since > .seconds(configuration.stallTimeout) {
            // The whole connection goes: closing only the channel would wait for the client to
            // take its pending output and answer, which is what it does not do.
            log.say(.droppedSlow(name: name), timed: true)
            watchdog?.cancel()
            watchdog = nil
            (context.channel.parent ?? context.channel).close(promise: nil)
        }
    }

    // MARK: Ending

    /// The pseudo-terminal reached its end (the editor and everything it started are gone).
    func relayDidClose() {
        relayClosed = true
        finishIfDone()
    }

    private func editorDidExit(status: Int) {
        exitStatus = status
        // The editor has ended; its last output is read before the channel closes, but a
        // leftover holder of the terminal does not keep the session open.
        if let context {
            let loopBoundSelf = NIOLoopBound(self, eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .seconds(2)) {
                loopBoundSelf.value.relay?.close(promise: nil)
            }
        }
        finishIfDone()
    }

    private func finishIfDone() {
        guard relayClosed, let status = exitStatus, let identifier = sessionIdentifier else { return }
        sessionIdentifier = nil
        watchdog?.cancel()
        watchdog = nil
        // An editor ended by the server stopping: its participant is told so.
        if farewell == nil, registry.isStopping { farewell = .stoppingForParticipant }
        let remaining = registry.release(identifier)
        log.say(.left(name: name, sessions: remaining), timed: true)
        guard let context, context.channel.isActive else { return }
        if let farewell {
            // On the terminal's own stream, so that it comes after the editor's last output.
            writeMessage(farewell, on: .channel, context: context)
        }
        let channel = context.channel
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: status)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func refuse(_ what: RefusedRequest, wantReply: Bool, context: ChannelHandlerContext) {
        log.say(.refusedRequest(name: name, what: what), timed: true)
        writeMessage(.onlyInteractive, context: context)
        reply(wantReply, success: false, context: context)
        context.close(promise: nil)
    }

    /// Says why on the client's standard error, then ends the channel with status 1.
    private func endWithMessage(_ message: ServerStrings, wantReply: Bool, context: ChannelHandlerContext) {
        reply(wantReply, success: true, context: context)
        writeMessage(message, context: context)
        let channel = context.channel
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    /// Says something to the participant, on their standard error unless told otherwise.
    private func writeMessage(_ message: ServerStrings, on stream: SSHChannelData.DataType = .stdErr, context: ChannelHandlerContext) {
        let text = TerminalSafeText.escaping(message.text(in: participantLanguage)) + "\r\n"
        let buffer = context.channel.allocator.buffer(string: text)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: stream, data: .byteBuffer(buffer))), promise: nil)
    }

    private func reply(_ wantReply: Bool, success: Bool, context: ChannelHandlerContext) {
        guard wantReply else { return }
        if success {
            context.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil)
        } else {
            context.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil)
        }
    }
}

/// The pseudo-terminal's side of a session: what the editor writes goes to the SSH channel, as
/// fast as the client takes it.
final class PseudoTerminalRelay: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let session: Channel
    private let owner: NIOLoopBound<SessionChannelHandler>

    init(session: Channel, owner: NIOLoopBound<SessionChannelHandler>) {
        self.session = session
        self.owner = owner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = unwrapInboundIn(data)
        session.write(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session.flush()
        if !session.isWritable {
            // Read no more until the client has taken what it has (see channelWritabilityChanged).
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            session.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        owner.value.relayDidClose()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // EIO: the editor's side of the terminal is closed, so nothing more will come.
        context.close(promise: nil)
    }
}
