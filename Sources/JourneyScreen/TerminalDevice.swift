/// A terminal the editor session can run on: the real one through ncurses (in JourneyTerminal)
/// or a scripted one in tests.
///
/// The session asks it for input, gives it frames to show, and tells it when to step aside for
/// an external text editor. It must never write text to the terminal other than the frames'.
public protocol TerminalDevice: AnyObject {
    /// The screen's current size.
    var size: ScreenSize { get }
    /// Whether only ASCII can be shown (the locale's character set is not UTF-8).
    var usesASCII: Bool { get }
    /// Waits up to `timeoutMilliseconds` for input; `nil` when none came in time.
    func nextInput(timeoutMilliseconds: Int) -> InputEvent?
    /// Shows a frame, sending only what changed since the last one.
    func present(_ frame: Frame)
    /// Turns mouse reporting on or off (off lets the terminal select text).
    func setMouseCapture(_ enabled: Bool)
    /// Repaints the whole screen on the next `present` (Ctrl-L, after the screen was disturbed).
    func invalidate()
    /// Leaves full-screen mode so another program (the user's `$EDITOR`) can use the terminal.
    func suspend()
    /// Returns to full-screen mode after `suspend()`.
    func resume()
    /// Stops the process with SIGTSTP (Ctrl-Z) after leaving full-screen mode, and returns to it when continued.
    func suspendProcess()
    /// Restores the terminal for good; safe to call more than once.
    func shutdown()
    /// Rings the terminal's bell (a workshop timer ran out).
    func ringBell()
}

extension TerminalDevice {
    /// Terminals without a bell ring nothing.
    public func ringBell() {}
}
