import CNcursesw
import JourneyScreen

/// The attributes and colour pair each ``StyleRole`` is drawn with on this terminal.
///
/// Three looks, chosen once when the terminal opens:
/// - **extended** (256 colours): a calm palette of mid-tones that reads on dark and light backgrounds;
/// - **basic** (8 or 16 colours): the eight ANSI colours, foregrounds on the user's background
///   and a few bars;
/// - **monochrome** (no colour support, or `NO_COLOR` set and not empty): attributes only, with
///   reverse video for the cursor cell, the selection and the title bar, so that every role that
///   must stand out still does.
///
/// Colour looks keep the user's own background (`use_default_colors`) wherever a role sets none.
struct StylePalette {
    /// How a cell is drawn: curses attributes and a colour pair (0 is the terminal's default colours).
    struct Style: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    /// How many colours the palette uses.
    enum Depth: Equatable {
        case monochrome
        case basic
        case extended
    }

    /// What a role looks like before it becomes a colour pair: colours (-1 for the terminal's
    /// default) and attributes.
    private struct Look {
        var foreground: Int16 = -1
        var background: Int16 = -1
        var attributes: attr_t = 0
    }

    /// The palette's depth.
    let depth: Depth
    private let styles: [Style]

    /// The style of a role.
    subscript(role: StyleRole) -> Style {
        styles[Int(role.rawValue)]
    }

    /// Starts colour on the current screen when it has enough of it and the user allows it,
    /// defines one colour pair per role, and returns the palette.
    ///
    /// - Parameter noColor: whether the user asked for no colour (`NO_COLOR`).
    static func install(noColor: Bool) -> StylePalette {
        let roles = StyleRole.allCases
        guard !noColor, has_colors(), start_color() == OK,
              journey_colors() >= 8, journey_color_pairs() > roles.count
        else {
            return StylePalette(depth: .monochrome, styles: roles.map { Style(attributes: monochrome($0), pair: 0) })
        }
        let depth: Depth = journey_colors() >= 256 ? .extended : .basic
        let defaultColors = use_default_colors() == OK
        var styles: [Style] = []
        for role in roles {
            var look = depth == .extended ? extended(role) : basic(role)
            if look.foreground < 0 && look.background < 0 {
                styles.append(Style(attributes: look.attributes, pair: 0))
                continue
            }
            if !defaultColors {
                // Without default colours, -1 is no colour: fall back to the classic white on black.
                if look.foreground < 0 { look.foreground = Int16(COLOR_WHITE) }
                if look.background < 0 { look.background = Int16(COLOR_BLACK) }
            }
            let pair = Int16(role.rawValue) + 1
            guard init_pair(pair, look.foreground, look.background) == OK else {
                styles.append(Style(attributes: monochrome(role), pair: 0))
                continue
            }
            styles.append(Style(attributes: look.attributes, pair: pair))
        }
        return StylePalette(depth: depth, styles: styles)
    }

    // MARK: - Attributes

    private static let bold = journey_a_bold()
    private static let reverse = journey_a_reverse()
    private static let underline = journey_a_underline()
    private static let dim = journey_a_dim()
    private static let none = journey_a_normal()

    // MARK: - Monochrome

    /// Attributes alone; everything that must stand out does so without colour.
    private static func monochrome(_ role: StyleRole) -> attr_t {
        switch role {
        case .normal, .status, .emotionNegative, .emotionNeutral, .emotionPositive,
             .cellVeryNegative, .cellNegative, .cellNeutral, .cellPositive, .cellVeryPositive:
            return none
        case .curveAxis:
            return dim
        case .curveVisible, .curveLowest:
            return bold
        case .titleBar, .cursorCell:
            return reverse | bold
        case .modifiedMarker:
            return reverse | bold | underline
        case .selection:
            return reverse
        case .columnHeader, .rowHeader, .emotionVeryNegative, .emotionVeryPositive, .painPoint,
             .curve, .scrollMarker, .prompt, .keyName:
            return bold
        case .columnHeaderCurrent, .rowHeaderCurrent, .detailHeading:
            return bold | underline
        case .dim, .placeholder:
            return dim
        case .opportunity, .input:
            return underline
        case .error:
            return bold | reverse
        case .conflict:
            return bold | reverse | underline
        }
    }

    // MARK: - Eight colours

    /// The eight ANSI colours: foregrounds on the user's background, bars where bars belong.
    private static func basic(_ role: StyleRole) -> Look {
        let black = Int16(COLOR_BLACK), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), magenta = Int16(COLOR_MAGENTA)
        let cyan = Int16(COLOR_CYAN), white = Int16(COLOR_WHITE)
        switch role {
        case .normal: return Look()
        case .titleBar: return Look(foreground: white, background: blue, attributes: bold)
        case .modifiedMarker: return Look(foreground: yellow, background: blue, attributes: bold)
        case .columnHeader, .rowHeader: return Look(foreground: cyan, attributes: bold)
        case .columnHeaderCurrent, .rowHeaderCurrent: return Look(foreground: black, background: cyan)
        case .dim: return Look(attributes: dim)
        case .cursorCell: return Look(foreground: black, background: yellow)
        case .emotionVeryNegative: return Look(foreground: red, attributes: bold)
        case .emotionNegative: return Look(foreground: red)
        case .emotionNeutral: return Look(foreground: yellow)
        case .emotionPositive: return Look(foreground: green)
        case .emotionVeryPositive: return Look(foreground: green, attributes: bold)
        case .painPoint: return Look(foreground: red)
        case .opportunity: return Look(foreground: green)
        case .curve: return Look(foreground: magenta, attributes: bold)
        case .scrollMarker: return Look(foreground: yellow, attributes: bold)
        case .detailHeading: return Look(foreground: cyan, attributes: bold | underline)
        case .selection: return Look(foreground: black, background: white)
        case .status: return Look(foreground: white, background: blue)
        case .error: return Look(foreground: white, background: red, attributes: bold)
        case .prompt: return Look(foreground: yellow, attributes: bold)
        case .input: return Look(attributes: underline)
        case .keyName: return Look(foreground: cyan, attributes: bold)
        case .placeholder: return Look(foreground: magenta)
        case .conflict: return Look(foreground: white, background: magenta, attributes: bold)
        // Eight colours have no light tints: only the strongest feelings get a background.
        case .cellVeryNegative: return Look(foreground: white, background: red)
        case .cellNegative: return Look(foreground: red)
        case .cellNeutral: return Look()
        case .cellPositive: return Look(foreground: green)
        case .cellVeryPositive: return Look(foreground: black, background: green)
        case .curveAxis: return Look(attributes: dim)
        case .curveVisible: return Look(foreground: magenta, attributes: bold)
        case .curveLowest: return Look(foreground: red, attributes: bold | underline)
        }
    }

    // MARK: - 256 colours

    /// Mid-tones from the xterm 256-colour cube that read on dark and on light backgrounds.
    /// Every role that sets a background sets its foreground too.
    private static func extended(_ role: StyleRole) -> Look {
        switch role {
        case .normal: return Look()
        case .titleBar: return Look(foreground: 231, background: 24, attributes: bold)
        case .modifiedMarker: return Look(foreground: 220, background: 24, attributes: bold)
        case .columnHeader, .rowHeader: return Look(foreground: 68, attributes: bold)
        case .columnHeaderCurrent, .rowHeaderCurrent: return Look(foreground: 231, background: 68, attributes: bold)
        case .dim: return Look(foreground: 245)
        case .cursorCell: return Look(foreground: 16, background: 222, attributes: bold)
        case .emotionVeryNegative: return Look(foreground: 160, attributes: bold)
        case .emotionNegative: return Look(foreground: 167)
        case .emotionNeutral: return Look(foreground: 178)
        case .emotionPositive: return Look(foreground: 71)
        case .emotionVeryPositive: return Look(foreground: 34, attributes: bold)
        case .painPoint: return Look(foreground: 167)
        case .opportunity: return Look(foreground: 71)
        case .curve: return Look(foreground: 134, attributes: bold)
        case .scrollMarker: return Look(foreground: 172, attributes: bold)
        case .detailHeading: return Look(foreground: 68, attributes: bold | underline)
        case .selection: return Look(foreground: 16, background: 152)
        case .status: return Look(foreground: 252, background: 238)
        case .error: return Look(foreground: 231, background: 160, attributes: bold)
        case .prompt: return Look(foreground: 172, attributes: bold)
        case .input: return Look(attributes: underline)
        case .keyName: return Look(foreground: 68, attributes: bold)
        case .placeholder: return Look(foreground: 208)
        case .conflict: return Look(foreground: 231, background: 127, attributes: bold)
        // Muted tints that keep black text readable on dark and light terminals alike.
        case .cellVeryNegative: return Look(foreground: 16, background: 181)
        case .cellNegative: return Look(foreground: 16, background: 224)
        case .cellNeutral: return Look(foreground: 16, background: 230)
        case .cellPositive: return Look(foreground: 16, background: 194)
        case .cellVeryPositive: return Look(foreground: 16, background: 151)
        case .curveAxis: return Look(foreground: 242)
        case .curveVisible: return Look(foreground: 134, attributes: bold)
        case .curveLowest: return Look(foreground: 160, attributes: bold | underline)
        }
    }
}
