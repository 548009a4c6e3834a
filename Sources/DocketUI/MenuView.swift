import DocketCore
import DocketModel
import DocketText

/// A small menu above the status line, generated from a menu context of the
/// keymap: the position menu (current stance marked) and the presiding menu.
enum MenuView {
    static func draw(_ state: AppState, menu: PositionMenu, in area: Area, into grid: inout Grid) {
        let current = state.myPosition(meeting: menu.meeting, matter: menu.matter)?.position
        draw(state, title: menu.step == .stance ? state.strings.positionLabel : state.strings.ownProposalLabel,
             context: menu.step == .stance ? .positionMenu : .kindMenu, marked: current.map { stanceCommand($0.stance) }, in: area, into: &grid)
    }

    static func draw(_ state: AppState, liveMenuFor meeting: String, in area: Area, into grid: inout Grid) {
        draw(state, title: state.strings.liveMenuTitle(state.store.meetings.first { $0.id == meeting }.map(state.meetingState) ?? ""),
             context: .liveMenu,
             marked: nil, hidden: { $0.unavailableReason(in: state) != nil }, in: area, into: &grid)
    }

    static func draw(_ state: AppState, recordMenu menu: RecordMenu, in area: Area, into grid: inout Grid) {
        let strings = state.strings.clerk
        switch menu.step {
        case .main: draw(state, title: strings.recordMenuTitle, context: .recordMenu, marked: nil, in: area, into: &grid)
        case .proposalKind: draw(state, title: strings.putKindTitle, context: .putKindMenu, marked: nil, in: area, into: &grid)
        case .decision: draw(state, title: strings.decisionMenuTitle, context: .decisionMenu, marked: nil, in: area, into: &grid)
        }
    }

    static func draw(_ state: AppState, title: String, context: KeyContext, marked: Command?,
                     hidden: (Command) -> Bool = { _ in false }, in area: Area, into grid: inout Grid) {
        let bindings = state.keymap.bindings(in: [context]).filter { $0.command == .closeMenu || !hidden($0.command) }
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        // A menu taller than the screen (the clerk's, at 80×24) is set in columns, the full width.
        let fitting = max(1, area.height - 2)
        let columns = (bindings.count + fitting - 1) / fitting
        let rows = (bindings.count + columns - 1) / columns
        let width = columns == 1 ? min(60, area.width - 2) : area.width - 2
        let columnWidth = (width - 2) / columns
        let box = area.resting(width: width, height: rows + 2, left: 1)
        Box(box).draw(title: title, glyphs: glyphs, wrapper: wrapper, into: &grid)
        for (index, binding) in bindings.enumerated() {
            let x = box.x + 1 + (index / rows) * columnWidth, y = box.y + 1 + index % rows
            grid.put(binding.keys.map(state.strings.keyLabel).joined(separator: " "), x: x + 1, y: y, role: .key)
            let isCurrent = marked == binding.command
            let text = (isCurrent ? "● " : "  ") + state.strings.describe(binding.command)
            let keyRoom = columns == 1 ? 9 : 7
            grid.put(wrapper.truncate(text, width: columnWidth - keyRoom - 3), x: x + 1 + keyRoom, y: y, role: isCurrent ? .heading : .normal)
        }
    }

    static func stanceCommand(_ stance: Position.Stance) -> Command {
        switch stance {
        case .support: return .position(.stance(.support))
        case .oppose: return .position(.stance(.oppose))
        case .abstain: return .position(.stance(.abstain))
        case .own: return .position(.stance(.own))
        }
    }
}
