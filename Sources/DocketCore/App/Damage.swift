import DocketModel

extension AppState {
    /// At most this many damaged files are named on the meetings list; `docket validate` lists them all.
    static let damageLinesShown = 3

    /// The banner lines for damaged files: each file, its first problem, and what is unavailable.
    public var damageLines: [String] {
        guard !damage.isEmpty, height >= AppState.minimumHeight + 4 else { return damage.isEmpty ? [] : [strings.damageSummary(damage.count)] }
        let shown = damage.prefix(AppState.damageLinesShown).map { strings.damagedFile($0.file, consequence($0.consequence), $0.problem) }
        let rest = damage.count - shown.count
        return shown + (rest > 0 ? [strings.moreDamage(rest)] : [])
    }

    func consequence(_ consequence: DamagedFile.Consequence) -> String {
        func meeting(_ id: String) -> String {
            store.meetings.first { $0.id == id }.map { longDate($0.date) } ?? id
        }
        switch consequence {
        case .matter: return strings.damage.matter
        case .meeting: return strings.damage.meeting
        case .record(let id): return strings.damage.record(meeting(id))
        case .live(let id): return strings.damage.live(meeting(id))
        case .sharedNotes(let member): return strings.damage.sharedNotes(memberName(member))
        case .sharedPositions(let member, let id): return strings.damage.sharedPositions(memberName(member), meeting(id))
        case .privateData: return strings.damage.privateData
        case .nothing: return strings.damage.nothing
        }
    }
}
