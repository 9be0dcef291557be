#if canImport(Glibc)
import Glibc
#endif

/// Runs the external editor as a child in a process group of its own that owns the terminal
/// while it runs, and waits for it, surviving its being stopped.
enum ChildEditor {
    /// How the child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case killed(signal: Int32)
        case couldNotStart(String)
        /// Waiting for it failed (it was reaped elsewhere); what it wrote is not trusted.
        case lost(String)
    }

    /// Runs `/bin/sh -c 'COMMAND "$1"' journey-editor FILE` and waits for it to end.
    static func run(command: String, file: String) -> Ending {
        let terminal: Int32? = isatty(STDIN_FILENO) == 1 ? STDIN_FILENO : nil
        // Taking the terminal back from a background group sends SIGTTOU unless it is ignored.
        let previousTTOU = signal(SIGTTOU, SIG_IGN)
        defer { signal(SIGTTOU, previousTTOU) }

        let child: pid_t
        switch spawn(["/bin/sh", "-c", "\(command) \"$1\"", "journey-editor", file]) {
        case .success(let started): child = started
        case .failure(let failure): return .couldNotStart(failure.reason)
        }
        if let terminal { _ = tcsetpgrp(terminal, child) }
        var status: Int32 = 0
        var ending = Ending.exited(0)
        while true {
            let result = waitpid(child, &status, WUNTRACED)
            if result < 0 {
                if errno == EINTR { continue }
                ending = .lost(String(cString: strerror(errno)))
                break
            }
            if status & 0xFF == 0x7F {
                // Stopped (Ctrl-Z in the editor, or a read before it had the terminal): give it
                // the terminal again and let it go on; the note is still being edited.
                if let terminal { _ = tcsetpgrp(terminal, child) }
                kill(-child, SIGCONT)
                continue
            }
            ending = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal: status & 0x7F)
            break
        }
        if let terminal {
            _ = tcsetpgrp(terminal, getpgrp())
            // Replies to the editor's terminal queries may still be on their way: let them
            // arrive, then discard everything unread so that none of it becomes a key.
            usleep(30_000)
            _ = tcflush(terminal, TCIFLUSH)
        }
        return ending
    }

    /// Why a program could not be started.
    struct SpawnFailure: Error {
        var reason: String
    }

    /// Starts the program in a new process group, with default signal actions and no signal
    /// blocked (the editor ignores SIGINT, SIGHUP and SIGTERM for its own reasons).
    private static func spawn(_ arguments: [String]) -> Result<pid_t, SpawnFailure> {
        guard let program = arguments.first else { return .failure(SpawnFailure(reason: "no program")) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        var noSignal = sigset_t()
        sigemptyset(&noSignal)
        posix_spawnattr_setsigmask(&attributes, &noSignal)
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        var child: pid_t = 0
        let code = posix_spawn(&child, program, nil, &attributes, &pointers, environ)
        guard code == 0 else { return .failure(SpawnFailure(reason: String(cString: strerror(code)))) }
        return .success(child)
    }
}
