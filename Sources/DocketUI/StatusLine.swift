import DocketCore
import DocketText

/// The last row: the find prompt while typing; otherwise a message or the
/// hints for this screen (generated from the keymap) and the position.
enum StatusLine {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let y = grid.height - 1
        grid.fill(y: y, role: .statusBar)
        let wrapper = TextWrapper(metrics: state.metrics)
        if let prompt = state.prompt {
            let label = state.strings.findPrompt
            let end = grid.put(label, x: 1, y: y, role: .statusBar)
            let room = grid.width - end - 2
            // Show the end of a long query: that is where the typing happens.
            var shown = prompt
            while state.metrics.width(of: shown) > room, !shown.isEmpty { shown.removeFirst() }
            let cursor = grid.put(shown, x: end, y: y, role: .statusBar)
            grid.restyle(x: cursor, y: y, count: 1, role: .selected)
            return
        }
        let position = positionText(state)
        let positionWidth = state.metrics.width(of: position)
        if !position.isEmpty { grid.put(position, x: grid.width - positionWidth - 1, y: y, role: .statusBar) }
        let room = grid.width - 2 - (position.isEmpty ? 0 : positionWidth + 2)
        let left = state.status ?? hints(state)
        grid.put(wrapper.truncate(left, width: max(0, room)), x: 1, y: y, role: .statusBar)
    }

    static func hints(_ state: AppState) -> String {
        var seen = Set<Command>()
        var contexts = state.activeContexts
        // Enter opens nothing in running text, so it is not offered there.
        if case .item(let item) = state.screen, !item.part.isList { contexts.removeAll { $0 == .list } }
        return state.keymap.bindings(in: contexts)
            .filter { $0.hint && seen.insert($0.command).inserted }
            .map { "\($0.keys[0].label) \(state.strings.hintLabels[$0.command] ?? state.strings.commandDescriptions[$0.command] ?? "")" }
            .joined(separator: "  ")
    }

    private static func positionText(_ state: AppState) -> String {
        switch state.screen {
        case .item(let item) where !item.part.isList:
            let visible = state.itemBodyHeight(item)
            return state.strings.linePosition(min(item.lines.count, item.offset + visible), item.lines.count)
        case .pager(let pager):
            return state.strings.linePosition(min(pager.lines.count, pager.offset + state.pagerBodyHeight), pager.lines.count)
        default:
            return ""
        }
    }
}
