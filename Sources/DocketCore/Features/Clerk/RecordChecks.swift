import DocketModel

extension Strings {
    /// A record's warning in words, members named by `name`.
    public func words(for warning: RecordWarning.Kind, naming name: (String) -> String) -> String {
        switch warning {
        case .fault(let fault): return fault.message(naming: name).capitalizingFirstLetter
        case .noQuorum(let present, let seats): return noQuorum(present, seats)
        case .notPut(let proposal): return notPut(proposal)
        case .voteInProgress(let vote, let missing): return voteInProgress(vote, missing.map(name))
        case .tieAwaitingChair(let vote): return tieWithoutCastingVote(vote)
        case .noDecision: return noDecision
        }
    }
}

extension String {
    var capitalizingFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
