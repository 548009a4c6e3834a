import CNcursesw
import DocketCore

/// Turns what `wget_wch` and `getmouse` report into the core's messages.
enum KeyDecoding {
    static func message(forCharacter value: UInt32) -> Message? {
        switch value {
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x0A, 0x0D: return .key(.enter)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(value + 0x60)!)))
        case 0x00...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    static func message(forKeyCode code: Int32) -> Message? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default: return nil
        }
    }

    static func message(forMouse state: mmask_t, x: Int, y: Int) -> Message? {
        if state & docket_button4_pressed() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
        if state & docket_button5_pressed() != 0 { return .mouse(.wheelDown(x: x, y: y)) }
        if state & docket_button1_clicked() != 0 { return .mouse(.click(x: x, y: y)) }
        return nil
    }
}
