/// One thing read from the terminal: a character or an ncurses key code (as `wget_wch` returns
/// them), or bytes that are not UTF-8.
enum RawInput: Equatable {
    /// A wide character, as the scalar value `wget_wch` stored (`OK`).
    case character(UInt32)
    /// A key code such as `KEY_UP` (`KEY_CODE_YES`).
    case keyCode(Int32)
    /// Bytes that are not UTF-8, read when the terminal decodes UTF-8 itself.
    case invalidBytes([UInt8])
}
