/// The clerk's "arrived at" and "left before" on an attendance: one stretch, or a new one after a departure.
extension Attendance {
    public enum Move: Sendable {
        case arrival, departure
    }

    /// The attendance with an arrival or departure at `item` (nil: from the start, or to the end), given the agenda's order.
    /// An arrival after the last departure begins a new stretch ("§§ 170, 172–184"); otherwise the last stretch changes.
    public func moving(_ move: Move, to item: String?, agenda: [String]) -> Attendance {
        var stretches = stretches
        let last = stretches.count - 1
        switch move {
        case .arrival:
            if let item, let left = stretches[last].leftAt, let at = agenda.firstIndex(of: item), let end = agenda.firstIndex(of: left), at >= end {
                stretches.append(ServicePeriod(arrivedAt: item))
            } else {
                stretches[last].arrivedAt = item
            }
        case .departure:
            stretches[last].leftAt = item
        }
        var moved = self
        if stretches.count > 1 {
            (moved.periods, moved.arrivedAt, moved.leftAt) = (stretches, nil, nil)
        } else {
            (moved.periods, moved.arrivedAt, moved.leftAt) = (nil, stretches[0].arrivedAt, stretches[0].leftAt)
        }
        return moved
    }
}
