/// One thing `wget_wch` returned: a character or an ncurses key code.
enum RawInput: Equatable {
    /// A wide character, as the scalar value `wget_wch` stored (`OK`).
    case character(UInt32)
    /// A key code such as `KEY_UP` (`KEY_CODE_YES`).
    case keyCode(Int32)
}
