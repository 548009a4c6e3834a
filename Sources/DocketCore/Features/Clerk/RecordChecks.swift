import DocketModel

extension Strings {
    /// A record's warning in words, members named by `name`.
    public func words(for warning: RecordWarning.Kind, names: RecordNames) -> String {
        switch warning {
        case .fault(let fault): return fault.message(naming: names.member, vote: names.vote, proposal: names.proposal).capitalizingFirstLetter
        case .noQuorum(let present, let seats): return noQuorum(present, seats)
        case .notPut(let proposal): return notPut(names.proposal(proposal))
        case .counterProposalNotPut(let proposal): return counterProposalNotPut(names.proposal(proposal))
        case .voteInProgress(let vote, let missing): return voteInProgress(names.vote(vote), missing.map(names.member))
        case .tieAwaitingChair(let vote): return tieWithoutCastingVote(names.vote(vote))
        case .noDecision: return noDecision
        case .noAttendance: return clerk.noAttendance
        case .noCheckers: return clerk.noCheckersChosen
        case .noCheckingDay: return clerk.noCheckingDay
        case .notRecorded(let numbers): return clerk.itemsNotRecorded(numbers)
        }
    }
}

extension String {
    var capitalizingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
