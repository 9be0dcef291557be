import CNcursesw
import JourneyScreen

extension NcursesTerminal {
    /// Waits up to `timeoutMilliseconds` for input; `nil` when none came in time.
    ///
    /// A negative timeout waits for good. Keys the editor has no use for (unknown key codes and
    /// escape sequences, mouse releases) are skipped without ending the wait early.
    public func nextInput(timeoutMilliseconds: Int) -> InputEvent? {
        guard phase == .active else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now.advanced(by: .milliseconds(timeoutMilliseconds))
        while true {
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline).components
                let milliseconds = left.seconds * 1_000 + left.attoseconds / 1_000_000_000_000_000
                wait = Int32(clamping: max(0, milliseconds))
            }
            guard let raw = readRaw(timeoutMilliseconds: wait) else { return nil }
            if let event = decode(raw) { return event }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    // MARK: - Reading

    /// The next character or key code: read ahead first, then from ncurses.
    func readRaw(timeoutMilliseconds: Int32) -> RawInput? {
        if !pending.isEmpty { return pending.removeFirst() }
        if decodesUTF8Itself { return readUTF8(timeoutMilliseconds: timeoutMilliseconds) }
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    /// The next character or key code, from bytes decoded as UTF-8 whatever the locale.
    private func readUTF8(timeoutMilliseconds: Int32) -> RawInput? {
        guard let first = readByteOrKeyCode(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        guard (0...0xFF).contains(first) else { return .keyCode(first) }
        let outcome = UTF8ByteDecoder.decode(
            first: UInt8(first),
            next: {
                guard let next = readByteOrKeyCode(timeoutMilliseconds: Self.sequenceByteMilliseconds) else { return nil }
                guard (0...0xFF).contains(next) else {
                    pendingBytes.insert(next, at: 0)
                    return nil
                }
                return UInt8(next)
            },
            unread: { pendingBytes.insert(Int32($0), at: 0) })
        switch outcome {
        case .scalar(let value): return .character(value)
        case .invalid(let bytes): return .invalidBytes(bytes)
        }
    }

    /// A byte (0–255) or an ncurses key code, as `wgetch` returns them; read ahead first.
    private func readByteOrKeyCode(timeoutMilliseconds: Int32) -> Int32? {
        if !pendingBytes.isEmpty { return pendingBytes.removeFirst() }
        wtimeout(window, timeoutMilliseconds)
        let value = wgetch(window)
        return value == ERR ? nil : value
    }

    /// Puts input back to be read next.
    func unread(_ input: RawInput) {
        pending.insert(input, at: 0)
    }

    // MARK: - Decoding

    /// The event for one character or key code, reading more for escape sequences; `nil` for
    /// input the editor does not use.
    func decode(_ raw: RawInput) -> InputEvent? {
        switch raw {
        case .keyCode(let code):
            return decodeKeyCode(code)
        case .invalidBytes(let bytes):
            return .undecodable(bytes)
        case .character(let value):
            switch value {
            case 27: return decodeEscape()
            case 13, 10: return .key(.enter)
            case 9: return .key(.tab)
            case 127, 8: return .key(.backspace)
            case 1...26:
                guard let letter = Unicode.Scalar(0x60 + value) else { return nil }
                return .key(.control(Character(letter)))
            default:
                guard let character = printable(value) else { return nil }
                return .key(.character(withCombiningMarks(character)))
            }
        }
    }

    /// The event for an ncurses key code.
    private func decodeKeyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            // ncurses has already resized its windows; the screen may hold anything now.
            _ = clearok(journey_curscr(), true)
            copyEverything = true
            return .resize(size)
        case KEY_MOUSE:
            if let event = readMouse() { return event }
            if !mouseCaptured { discardMouseReport() }
            return nil
        default:
            return keyCodes[code].map { .key($0) }
        }
    }

    /// The mouse event ncurses has queued, if it is one the editor uses.
    private func readMouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & journey_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if event.bstate & journey_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if event.bstate & (journey_button1_pressed() | journey_button1_clicked()) != 0 {
            return .mouse(MouseEvent(.press, x: x, y: y))
        }
        return nil
    }

    /// Drops the rest of a mouse report that arrived while capture was off: ncurses knows the
    /// report's start from terminfo (`kmous`) but leaves the rest, which must not become typing.
    private func discardMouseReport() {
        if mouseReportsSGR {
            // `b ; x ; y` then M (press) or m (release).
            for _ in 0..<EscapeSequence.maximumLength {
                guard let next = readRaw(timeoutMilliseconds: 0) else { return }
                guard case .character(let value) = next else {
                    unread(next)
                    return
                }
                switch value {
                case 0x30...0x39, 0x3B: continue  // digits and ;
                case 0x4D, 0x6D: return  // M, m
                default:
                    unread(next)
                    return
                }
            }
        } else {
            // X10: three bytes, button and position, each 32 or more.
            for _ in 0..<3 {
                guard let next = readRaw(timeoutMilliseconds: 0) else { return }
                guard case .character(let value) = next, value >= 0x20 else {
                    unread(next)
                    return
                }
            }
        }
    }

    /// A printable character for a scalar value: not a control character, not C1.
    private func printable(_ value: UInt32) -> Character? {
        guard value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value),
              let scalar = Unicode.Scalar(value) else { return nil }
        return Character(scalar)
    }

    /// Joins the combining marks (and other cluster continuations) that arrived with a
    /// character into it, so that "e" followed by U+0301 is one "é".
    private func withCombiningMarks(_ base: Character) -> Character {
        var cluster = String(base)
        while let next = readRaw(timeoutMilliseconds: 0) {
            guard case .character(let value) = next, let scalar = printable(value) else {
                unread(next)
                break
            }
            let joined = cluster + String(scalar)
            guard joined.count == 1 else {
                unread(next)
                break
            }
            cluster = joined
        }
        return cluster.first ?? base
    }

    // MARK: - Escape

    /// Decodes what follows an ESC: nothing (Esc itself), a paste, a key's escape sequence,
    /// Alt with Enter or a character.
    private func decodeEscape() -> InputEvent? {
        guard let next = readRaw(timeoutMilliseconds: 0) else { return .key(.escape) }
        guard case .character(let value) = next else {
            unread(next)
            return .key(.escape)
        }
        switch value {
        case 13, 10:
            return .key(.altEnter)
        case 0x5B:  // [
            return decodeControlSequence()
        case 0x4F:  // O
            guard let final = readRaw(timeoutMilliseconds: 0) else { return .key(.alt("O")) }
            guard case .character(let finalValue) = final, let character = printable(finalValue), character.isASCII else {
                unread(final)
                return .key(.alt("O"))
            }
            return event(for: EscapeSequence.ss3(character))
        default:
            guard let character = printable(value) else {
                // Esc followed by another Esc or a control key: Esc, then that key.
                unread(next)
                return .key(.escape)
            }
            return .key(.alt(character))
        }
    }

    /// Reads and decodes the rest of `ESC [ …`; a bare `ESC [` is Alt-[.
    private func decodeControlSequence() -> InputEvent? {
        var parameters = ""
        var wait: Int32 = 0
        while parameters.count < EscapeSequence.maximumLength {
            guard let next = readRaw(timeoutMilliseconds: wait) else {
                return parameters.isEmpty ? .key(.alt("[")) : nil
            }
            guard case .character(let value) = next, (0x20...0x7E).contains(value),
                  let scalar = Unicode.Scalar(value) else {
                // Not part of a sequence: the sequence was cut short; keep what came after it.
                unread(next)
                return parameters.isEmpty ? .key(.alt("[")) : nil
            }
            if (0x40...0x7E).contains(value) {
                let sequence = EscapeSequence.csi(parameters: parameters, final: Character(scalar))
                if sequence == .pasteStart { return .paste(readPaste()) }
                return event(for: sequence)
            }
            parameters.unicodeScalars.append(scalar)
            wait = Self.sequenceByteMilliseconds
        }
        return nil
    }

    private func event(for sequence: EscapeSequence) -> InputEvent? {
        switch sequence {
        case .key(let key): return .key(key)
        case .pasteStart, .ignored: return nil
        }
    }

    // MARK: - Bracketed paste

    /// Reads a bracketed paste up to its closing `ESC [ 201 ~`, or until the terminal stalls
    /// for ``pasteStallMilliseconds``. Carriage returns become line feeds (CR LF one line feed).
    private func readPaste() -> String {
        let terminator: [UInt32] = [27, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~
        var scalars: [UInt32] = []
        var laterKeys: [RawInput] = []
        while true {
            guard let next = readRaw(timeoutMilliseconds: Self.pasteStallMilliseconds) else { break }
            switch next {
            case .character(let value):
                scalars.append(value)
                if scalars.count >= terminator.count && scalars.suffix(terminator.count).elementsEqual(terminator) {
                    scalars.removeLast(terminator.count)
                    pending.append(contentsOf: laterKeys)
                    return pasteText(scalars)
                }
            case .invalidBytes:
                scalars.append(0xFFFD)  // shown as such in the pasted text, never dropped unseen
            case .keyCode(let code):
                if code == KEY_ENTER {
                    scalars.append(10)
                } else if code == KEY_RESIZE || code == KEY_MOUSE {
                    laterKeys.append(next)
                }
            }
        }
        pending.append(contentsOf: laterKeys)
        return pasteText(scalars)
    }

    /// The pasted text, with CR and CR LF made line feeds.
    private func pasteText(_ scalars: [UInt32]) -> String {
        var text = String.UnicodeScalarView()
        var afterReturn = false
        for value in scalars {
            defer { afterReturn = value == 13 }
            if value == 10 && afterReturn { continue }
            guard let scalar = Unicode.Scalar(value == 13 ? 10 : value) else { continue }
            text.append(scalar)
        }
        return String(text)
    }
}
