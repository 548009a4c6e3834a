/// An open vote (votering) by roll call: what ja and nej stand for, each
/// member's answer, and the result; on a tie the chair's casting vote decides.
public struct Vote: Codable, Equatable, Sendable {
    public enum Choice: String, Codable, Equatable, Sendable {
        case yes, no, abstain
    }

    public struct Ballot: Codable, Equatable, Sendable {
        public var member: String
        public var choice: Choice

        public init(member: String, choice: Choice) {
            self.member = member
            self.choice = choice
        }
    }

    public var id: String
    /// The proposal a ja vote is for, and the one a nej vote is for.
    public var yes: String
    public var no: String
    public var ballots: [Ballot]
    /// The proposal that won; nil while the roll call is in progress (not every
    /// member taking part has answered) or a tie awaits the chair's casting vote.
    public var result: String?
    /// True when the votes were tied and the chair's casting vote (utslagsröst) decided.
    public var castingVote: Bool?

    public init(id: String, yes: String, no: String, ballots: [Ballot] = [], result: String? = nil, castingVote: Bool? = nil) {
        self.id = id
        self.yes = yes
        self.no = no
        self.ballots = ballots
        self.result = result
        self.castingVote = castingVote
    }

    public var tally: (yes: Int, no: Int, abstain: Int) {
        (ballots.filter { $0.choice == .yes }.count, ballots.filter { $0.choice == .no }.count,
         ballots.filter { $0.choice == .abstain }.count)
    }

    /// The winner the tally gives: the majority, or on a tie the side of the chair's ballot.
    public func winner(chair: String?) -> String? {
        let (yesVotes, noVotes, _) = tally
        if yesVotes != noVotes { return yesVotes > noVotes ? yes : no }
        switch ballots.first(where: { $0.member == chair })?.choice {
        case .yes?: return yes
        case .no?: return no
        case .abstain?, nil: return nil
        }
    }
}
