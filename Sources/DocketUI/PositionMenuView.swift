import DocketCore
import DocketModel
import DocketText

/// The position menu: a small box above the status line, generated from the
/// keymap's menu context, with the current position marked.
enum PositionMenuView {
    static func draw(_ state: AppState, menu: PositionMenu, into grid: inout Grid) {
        let context: KeyContext = menu.step == .stance ? .positionMenu : .kindMenu
        let bindings = state.keymap.bindings(in: [context])
        let current = state.myPosition(meeting: menu.meeting, matter: menu.matter)?.position
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let width = min(60, grid.width - 2)
        let height = bindings.count + 2
        let top = max(1, grid.height - 1 - height)
        let left = 1
        for y in top..<top + height { grid.fill(x: left, y: y, count: width, role: .normal) }
        let horizontal = String(repeating: glyphs.horizontal, count: width - 2)
        grid.put(glyphs.corners.0 + horizontal + glyphs.corners.1, x: left, y: top, role: .border)
        grid.put(glyphs.corners.2 + horizontal + glyphs.corners.3, x: left, y: top + height - 1, role: .border)
        let title = menu.step == .stance ? state.strings.positionLabel : state.strings.ownProposalLabel
        grid.put(" \(title) ", x: left + 2, y: top, role: .heading)
        for (row, binding) in bindings.enumerated() {
            let y = top + 1 + row
            grid.put(glyphs.vertical, x: left, y: y, role: .border)
            grid.put(glyphs.vertical, x: left + width - 1, y: y, role: .border)
            grid.put(binding.keys.map(\.label).joined(separator: " "), x: left + 2, y: y, role: .key)
            let isCurrent = current.map { stanceCommand($0.stance) == binding.command } ?? false
            let text = (isCurrent ? "● " : "  ") + (state.strings.commandDescriptions[binding.command] ?? "")
            grid.put(wrapper.truncate(text, width: width - 14), x: left + 11, y: y, role: isCurrent ? .heading : .normal)
        }
    }

    static func stanceCommand(_ stance: Position.Stance) -> Command {
        switch stance {
        case .support: return .stanceSupport
        case .oppose: return .stanceOppose
        case .abstain: return .stanceAbstain
        case .own: return .stanceOwn
        }
    }
}
