import JourneyScreen

/// A terminal with nothing behind it, for a session the benchmark scripts: it shows UTF-8, and
/// the calls that change the screen's modes or step aside for another program do nothing.
///
/// A conforming type supplies its size, its input and what it does with a frame.
protocol ScreenlessTerminal: TerminalDevice {}

extension ScreenlessTerminal {
    var usesASCII: Bool { false }
    func setMouseCapture(_ enabled: Bool) {}
    func invalidate() {}
    func suspend() {}
    func resume() {}
    func suspendProcess() {}
    func shutdown() {}
}
