import DocketModel

/// The record's ids as people know them: a proposal by what it is
/// ("Socialförvaltningens förslag till beslut", "Leila Haddads (S) ändringsyrkande"),
/// a vote by its place on the item ("Votering 1"), a member by name and party.
/// Ids stay in the files; screens, pickers and messages use these.
public struct RecordNames {
    let strings: Strings
    let committee: Committee
    /// The item's record, whose proposals and votes are named.
    let item: ItemRecord?

    public init(strings: Strings, committee: Committee, item: ItemRecord?) {
        self.strings = strings
        self.committee = committee
        self.item = item
    }

    public func member(_ id: String) -> String { committee.nameWithParty(id) }

    public func members(_ ids: [String]) -> String { ids.map(member).joined(separator: ", ") }

    /// A proposal's short name; an unknown id is shown as it is.
    public func proposal(_ id: String) -> String {
        guard let proposal = item?.proposals.first(where: { $0.id == id }) else { return id }
        return name(of: proposal)
    }

    public func name(of proposal: PutProposal) -> String {
        if proposal.agendaProposal != nil || !proposal.isMoved { return proposal.text }
        return strings.clerk.memberProposal(proposal.proposers.map(member) + (proposal.parties ?? []), proposal.kind)
    }

    /// Its name and, for a member's proposal, its text: what a picker or the Outcome part lists.
    public func label(of proposal: PutProposal) -> String {
        let named = name(of: proposal)
        let text = named == proposal.text ? named : "\(named): \(proposal.text)"
        return text + (proposal.isWithdrawn ? " (\(strings.withdrawnWord))" : "")
    }

    /// "Votering 2": the vote's place among the item's votes (a vote not recorded yet comes next).
    public func vote(_ id: String) -> String {
        let votes = item?.votes ?? []
        return strings.clerk.voteName((votes.firstIndex { $0.id == id } ?? votes.count) + 1)
    }
}

extension AppState {
    /// Names for the record of one item of a meeting.
    public func recordNames(meeting: String, item: String?) -> RecordNames {
        RecordNames(strings: strings, committee: store.committee, item: item.flatMap { store.records[meeting]?.record(of: $0) })
    }
}
