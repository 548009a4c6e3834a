import CTerminalSupport

/// How text occupies terminal columns. The one place that decides, for both
/// layout (wrapping) and drawing (the grid), so the two always agree.
///
/// Rule for a grapheme cluster: its width is the widest of its scalars as
/// `wcwidth` measures them, ignoring zero-width joiners and variation
/// selectors; a printable scalar that `wcwidth` cannot measure counts as 1;
/// a flag (a pair of regional indicators) is 2. Checked against tmux.
/// Control characters never reach the terminal: they are shown inert in caret
/// notation (`^[` for ESC, `^M` for CR) and bidirectional controls as U+FFFD.
public struct TextMetrics: Sendable, Equatable {
    /// True under a locale that is not UTF-8: everything outside ASCII is shown as `?`.
    public let asciiOnly: Bool

    public init(asciiOnly: Bool = false) {
        self.asciiOnly = asciiOnly
    }

    /// What a cluster looks like on screen, one entry per character cell group:
    /// usually the cluster itself, or its inert replacement.
    public func glyphs(for cluster: Character) -> [Glyph] {
        let scalars = cluster.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.isASCII {
            switch scalar.value {
            case 0x20...0x7E: return [Glyph(cluster, width: 1)]
            case 0x09: return [Glyph(" ", width: 1)]
            case 0x7F: return [Glyph("^", width: 1, inert: true), Glyph("?", width: 1, inert: true)]
            default:
                let caret = Character(Unicode.Scalar(UInt8(scalar.value) + 0x40))
                return [Glyph("^", width: 1, inert: true), Glyph(caret, width: 1, inert: true)]
            }
        }
        if scalars.contains(where: TextMetrics.isControl) {
            // A CR LF pair, a C1 control or a bidirectional override: inert.
            if cluster == "\r\n" { return [Glyph("^", width: 1, inert: true), Glyph("M", width: 1, inert: true)] }
            return [Glyph(asciiOnly ? "?" : "\u{FFFD}", width: 1, inert: true)]
        }
        if asciiOnly { return [Glyph("?", width: 1)] }
        let width = TextMetrics.width(of: scalars)
        if width == 0 {
            // A lone combining mark or joiner: give it a base so it cannot merge with its neighbour.
            let based = "\u{00A0}" + String(cluster)
            return [Glyph(based.count == 1 ? Character(based) : "\u{FFFD}", width: 1)]
        }
        return [Glyph(cluster, width: width)]
    }

    /// Whether every scalar is its own one-column character: printable ASCII, and (under UTF-8)
    /// the Latin letters and signs up to U+02FF but the soft hyphen. Most of any Swedish text is, and
    /// such text is measured and drawn scalar by scalar, without finding grapheme clusters.
    public func isSimple(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value >= 0x20 && value < 0x7F) || (!asciiOnly && value >= 0xA0 && value <= 0x2FF && value != 0xAD)
        }
    }

    /// Columns a string takes on screen.
    public func width(of text: some StringProtocol) -> Int {
        if isSimple(text) { return text.unicodeScalars.count }
        var total = 0
        for cluster in text {
            if cluster.isASCII, let value = cluster.asciiValue, value >= 0x20, value < 0x7F {
                total += 1
            } else {
                total += glyphs(for: cluster).reduce(0) { $0 + $1.width }
            }
        }
        return total
    }

    static func width(of scalars: Character.UnicodeScalarView) -> Int {
        if scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) { return 2 }
        var widest = 0
        for scalar in scalars where !isJoinerOrSelector(scalar) {
            let measured = Int(docket_wcwidth(wchar_t(bitPattern: scalar.value)))
            let width = measured < 0 ? 1 : min(measured, 2)
            widest = max(widest, width)
        }
        return widest
    }

    static func isJoinerOrSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true
        default: return false
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

/// One visible piece of a cluster: what the terminal draws in one cell (or
/// two, for a wide character).
public struct Glyph: Sendable, Equatable {
    public let character: Character
    public let width: Int
    /// Stands in for a control character; views may style it apart.
    public let inert: Bool

    public init(_ character: Character, width: Int, inert: Bool = false) {
        self.character = character
        self.width = width
        self.inert = inert
    }

    public var text: String { String(character) }
}
