import CNcursesw
import JourneyScreen

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: the only code in journey that calls curses.
///
/// It reads keys with `wget_wch` (raw mode, so Ctrl-S, Ctrl-Q, Ctrl-C and Ctrl-Z arrive as keys),
/// decodes bracketed paste and escape sequences ncurses leaves alone, copies each frame's
/// ``ScreenBuffer`` to the screen cell by cell (only rows that changed; ncurses then sends only
/// the differences), and steps aside for `$EDITOR` or job control.
///
/// It installs no signal handlers (the session watches signals) and handles resizing through
/// the `KEY_RESIZE` that ncurses' own SIGWINCH handling delivers.
///
/// ```swift
/// let terminal = try NcursesTerminal.open(mouse: true)
/// defer { terminal.shutdown() }
/// terminal.present(Frame(buffer: ScreenBuffer(size: terminal.size, ascii: terminal.usesASCII)))
/// let event = terminal.nextInput(timeoutMilliseconds: 200)
/// ```
///
/// Use it from one thread only (the main one); it is not `Sendable`.
public final class NcursesTerminal: TerminalDevice {
    /// Where the terminal is in its life.
    enum Phase {
        /// ncurses owns the screen.
        case active
        /// `endwin` was called for `$EDITOR` or job control; `resume()` takes the screen back.
        case suspended
        /// `shutdown()` ran; nothing more is drawn or read.
        case closed
    }

    /// Turns the terminal's bracketed paste mode on.
    static let bracketedPasteOn = "\u{1B}[?2004h"
    /// Turns bracketed paste mode off.
    static let bracketedPasteOff = "\u{1B}[?2004l"
    /// How long a bracketed paste may stall between two characters before it is taken as ended.
    static let pasteStallMilliseconds: Int32 = 2_000
    /// How long the rest of an escape sequence may take to arrive once it has begun.
    static let sequenceByteMilliseconds: Int32 = 50

    var phase: Phase = .active
    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let palette: StylePalette
    let keyCodes: KeyCodeTable
    /// Input read ahead while decoding, handed out before anything new is read.
    var pending: [RawInput] = []
    /// Whether input is read byte by byte and decoded as UTF-8 here rather than by ncurses in the
    /// locale's character set (when that is not UTF-8: what the terminal sends is UTF-8 anyway).
    let decodesUTF8Itself: Bool
    /// Bytes (or key codes) read ahead while assembling a UTF-8 character.
    var pendingBytes: [Int32] = []
    /// The last buffer copied to the screen; rows equal to it are not copied again.
    var previous: ScreenBuffer?
    /// Whether the next `present` must copy every row.
    var copyEverything = true
    /// Whether the terminal's cursor is shown; `nil` when unknown.
    var cursorShown: Bool?
    var mouseCaptured = false
    /// Whether the terminal reports the mouse as `ESC [ < b ; x ; y M` (SGR) rather than as
    /// `ESC [ M` and three bytes (X10).
    let mouseReportsSGR: Bool
    /// The size when the terminal was closed.
    var lastSize: ScreenSize

    /// Whether only ASCII can be shown (the locale's character set is not UTF-8).
    public let usesASCII: Bool

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: StylePalette, keyCodes: KeyCodeTable, usesASCII: Bool) {
        self.screen = screen
        self.window = window
        self.palette = palette
        self.keyCodes = keyCodes
        self.usesASCII = usesASCII
        self.decodesUTF8Itself = usesASCII
        self.mouseReportsSGR = Self.stringCapability("kmous")?.hasSuffix("<") ?? true
        self.lastSize = ScreenSize(width: Int(journey_getmaxx(window)), height: Int(journey_getmaxy(window)))
    }

    deinit {
        shutdown()
    }

    /// Takes over the terminal: full-screen mode, raw keys, colours, bracketed paste and, if
    /// asked, the mouse.
    ///
    /// Checks first, without touching the screen, that standard input and output are a terminal
    /// and that `TERM` names a terminal ncurses knows and that can move the cursor.
    ///
    /// - Parameter mouse: whether to capture the mouse from the start (``setMouseCapture(_:)``).
    /// - Throws: ``TerminalError`` saying what is missing and what to do; the terminal is left as it was.
    /// Whether the environment's locale for characters (`LC_ALL`, else `LC_CTYPE`, else `LANG`)
    /// names UTF-8, as `es_ES.UTF-8` or `en_US.utf8` do.
    static func environmentAsksForUTF8() -> Bool {
        guard let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap({ environment($0) }).first(where: { !$0.isEmpty }) else { return false }
        let lowered = locale.lowercased()
        return lowered.hasSuffix(".utf-8") || lowered.hasSuffix(".utf8") || lowered.contains(".utf-8@") || lowered.contains(".utf8@")
    }

    public static func open(mouse: Bool) throws(TerminalError) -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
        _ = setlocale(LC_ALL, "")
        if journey_locale_is_utf8() == 0, Self.environmentAsksForUTF8() {
            // The locale the environment names (es_ES.UTF-8, say) is not installed on this
            // machine, but it asks for UTF-8: draw and read in UTF-8 all the same.
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let typeName = environment("TERM"), !typeName.isEmpty else { throw .terminalTypeNotSet }

        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
        guard let screen = newterm(nil, journey_stdout(), journey_stdin()) else {
            throw .unknownTerminalType(typeName)
        }
        guard stringCapability("cup") != nil else {
            endwin()
            delscreen(screen)
            throw .cannotAddressCursor(typeName)
        }
        guard let window = journey_stdscr() else {
            endwin()
            delscreen(screen)
            throw .initializationFailed("ncurses made no standard screen")
        }

        _ = raw()  // Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys; no XON/XOFF
        _ = noecho()
        _ = nonl()  // Enter reads as 13, apart from Ctrl-J
        _ = keypad(window, true)
        _ = meta(window, true)
        _ = intrflush(window, false)
        _ = scrollok(window, false)  // drawing the bottom-right cell must never scroll
        _ = idlok(window, false)
        _ = leaveok(window, true)
        if environment("ESCDELAY") == nil { _ = set_escdelay(25) }

        let noColor = environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let terminal = NcursesTerminal(
            screen: screen,
            window: window,
            palette: StylePalette.install(noColor: noColor),
            keyCodes: KeyCodeTable.forCurrentTerminal(),
            usesASCII: journey_locale_is_utf8() == 0)
        terminal.showCursor(false)
        _ = wnoutrefresh(window)
        _ = doupdate()  // enters full-screen mode and clears it
        terminal.writeToTerminal(bracketedPasteOn)
        terminal.setMouseCapture(mouse)
        return terminal
    }

    /// The screen's current size.
    public var size: ScreenSize {
        guard phase != .closed else { return lastSize }
        return ScreenSize(width: Int(journey_getmaxx(window)), height: Int(journey_getmaxy(window)))
    }

    /// Turns mouse reporting on (left button and wheel) or off, which gives the terminal its
    /// own text selection back.
    public func setMouseCapture(_ enabled: Bool) {
        mouseCaptured = enabled
        guard phase == .active else { return }
        applyMouseMask(capture: enabled)
    }

    /// Repaints the whole screen on the next ``present(_:)``.
    public func invalidate() {
        guard phase == .active else { return }
        _ = clearok(journey_curscr(), true)
        copyEverything = true
    }

    /// Rings the terminal's bell (or flashes the screen where it has no bell).
    public func ringBell() {
        guard phase == .active else { return }
        _ = beep()
    }

    /// Leaves full-screen mode (bracketed paste and the mouse off, the terminal's own modes back)
    /// so that another program can use the terminal.
    public func suspend() {
        guard phase == .active else { return }
        writeToTerminal(Self.bracketedPasteOff)
        if mouseCaptured { applyMouseMask(capture: false) }
        _ = def_prog_mode()
        _ = endwin()
        phase = .suspended
    }

    /// Returns to full-screen mode after ``suspend()`` and repaints the screen.
    public func resume() {
        guard phase == .suspended else { return }
        phase = .active
        _ = reset_prog_mode()
        _ = clearok(journey_curscr(), true)
        copyEverything = true
        cursorShown = nil
        _ = wnoutrefresh(window)
        _ = doupdate()
        if mouseCaptured { applyMouseMask(capture: true) }
        writeToTerminal(Self.bracketedPasteOn)
    }

    /// Stops the process as Ctrl-Z would in a shell (SIGTSTP with its default action) after
    /// leaving full-screen mode, and takes the screen back once the process is continued.
    public func suspendProcess() {
        guard phase == .active else { return }
        suspend()
        journey_stop_process()
        resume()
    }

    /// Restores the terminal for good: bracketed paste and mouse off, `endwin`, and the screen
    /// freed. Safe to call more than once; later calls do nothing.
    public func shutdown() {
        switch phase {
        case .closed:
            return
        case .active:
            lastSize = size
            writeToTerminal(Self.bracketedPasteOff)
            applyMouseMask(capture: false)
            _ = endwin()
        case .suspended:
            lastSize = size
        }
        phase = .closed
        delscreen(screen)
    }

    // MARK: - Helpers

    /// Sets ncurses' mouse mask: the left button and the wheel, or nothing.
    func applyMouseMask(capture: Bool) {
        if capture {
            let mask = journey_button1_pressed() | journey_button1_clicked()
                | journey_button4_pressed() | journey_button5_pressed()
            _ = mousemask(mask, nil)
            _ = mouseinterval(0)  // report presses at once, without waiting to make clicks
        } else {
            _ = mousemask(0, nil)
        }
    }

    /// Shows or hides the terminal's cursor, only when that changes.
    func showCursor(_ shown: Bool) {
        guard cursorShown != shown else { return }
        _ = curs_set(shown ? 1 : 0)
        cursorShown = shown
    }

    /// Writes a control sequence straight to the terminal, outside ncurses' picture of the
    /// screen (for modes ncurses does not manage, such as bracketed paste). Call it only when
    /// ncurses has flushed its output (after `doupdate`, before `endwin`).
    func writeToTerminal(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if result > 0 {
                written += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// A terminfo string capability of the current terminal (`cup`, `kmous`), or `nil`.
    static func stringCapability(_ name: String) -> String? {
        journey_string_capability(name).map { String(cString: $0) }
    }

    /// An environment variable's value, or `nil` when it is not set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
