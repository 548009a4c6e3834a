import DocketCore
import DocketModel
import DocketText

/// The roll call in a panel over the item: what ja and nej stand for, every
/// member called in order with their answer, the one called now, the running tally.
enum RollCallView {
    static func draw(_ state: AppState, call: RollCall, in area: Area, into grid: inout Grid) {
        let strings = state.strings.clerk
        let wrapper = TextWrapper(metrics: state.metrics)
        let glyphs = ChromeGlyphs(metrics: state.metrics)
        let width = min(72, area.width - 2)
        let listRows = max(1, min(call.order.count, area.height - 7))
        let height = listRows + 6
        let box = area.resting(width: width, height: height, left: max(1, (area.width - width) / 2))
        let left = box.x, top = box.y
        // Whole rows are cleared: the text underneath would only distract during the count.
        for y in top..<top + height { grid.fill(y: y, role: .normal) }
        Box(box)
            .draw(title: "\(state.recordNames(meeting: call.meeting, item: call.item).vote(call.vote.id)) · \(strings.rollCallTitle)",
                  glyphs: glyphs, wrapper: wrapper, into: &grid)
        let inner = width - 4
        let proposals = state.store.records[call.meeting]?.record(of: call.item)?.proposals ?? []
        func side(_ id: String) -> String { proposals.first { $0.id == id }.map(state.proposalLabel) ?? id }
        grid.put(wrapper.truncate(strings.yesSide(side(call.vote.yes)), width: inner), x: left + 2, y: top + 1, role: .normal)
        grid.put(wrapper.truncate(strings.noSide(side(call.vote.no)), width: inner), x: left + 2, y: top + 2, role: .normal)
        let tally = call.vote.tally
        grid.put(wrapper.truncate(strings.rollCallTally(tally.yes, tally.no, tally.abstain, call.order.count - call.vote.ballots.count),
                                  width: inner), x: left + 2, y: top + 3, role: .muted)
        // Keep the member called now in view.
        let current = call.vote.ballots.count
        let first = max(0, min(current - listRows / 2, call.order.count - listRows))
        let attendance = state.store.records[call.meeting]?.attendance ?? []
        let answerX = left + width - 14
        for (row, index) in (first..<min(call.order.count, first + listRows)).enumerated() {
            let y = top + 5 + row
            let member = call.order[index]
            var name = state.memberName(member)
            if let seat = attendance.first(where: { $0.member == member })?.servingFor { name += " " + strings.servingMark(state.memberName(seat)) }
            if member == call.chair { name += " " + strings.chairMark }
            let isCalled = index == current
            if isCalled { grid.fill(x: left + 1, y: y, count: width - 2, role: .selected) }
            grid.put(wrapper.truncate("\(index + 1). \(name)", width: answerX - left - 3), x: left + 2, y: y, role: isCalled ? .selected : .normal)
            if index < call.vote.ballots.count {
                let choice = call.vote.ballots[index].choice
                grid.put(strings.choiceWords[choice] ?? choice.rawValue, x: answerX, y: y, role: choice == .abstain ? .muted : .heading)
            } else if isCalled {
                grid.put(strings.calledNow, x: answerX, y: y, role: .selected)
            }
        }
    }
}
