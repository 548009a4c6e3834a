/// A vote (votering): what ja and nej stand for, and either each member's answer
/// (a roll call) or only the counts (a tally, as many protokoll give it, or a
/// secret ballot, sluten omröstning); the result; on a tie the chair's casting vote decides.
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
    /// The counts alone, when the vote is not recorded by name.
    public var counts: Counts?
    /// A secret ballot (sluten omröstning): counts only, never names.
    public var secret: Bool?
    /// The proposal that won; nil while the roll call is in progress (not every
    /// member taking part has answered) or a tie awaits the chair's casting vote.
    public var result: String?
    /// True when the votes were tied and the chair's casting vote (utslagsröst) decided.
    public var castingVote: Bool?

    /// How many answered ja, nej and avstår, and how many taking part were absent from the vote.
    public struct Counts: Codable, Equatable, Sendable {
        public var yes: Int
        public var no: Int
        public var abstain: Int
        public var absent: Int?

        public init(yes: Int, no: Int, abstain: Int = 0, absent: Int? = nil) {
            self.yes = yes
            self.no = no
            self.abstain = abstain
            self.absent = absent
        }
    }

    public init(id: String, yes: String, no: String, ballots: [Ballot] = [], result: String? = nil, castingVote: Bool? = nil,
                counts: Counts? = nil, secret: Bool? = nil) {
        self.id = id
        self.yes = yes
        self.no = no
        self.ballots = ballots
        self.counts = counts
        self.secret = secret
        self.result = result
        self.castingVote = castingVote
    }

    /// Recorded as counts (a tally or a secret ballot), not by name.
    public var isCounted: Bool { counts != nil }
    public var isSecret: Bool { secret ?? false }

    public var tally: (yes: Int, no: Int, abstain: Int) {
        if let counts { return (counts.yes, counts.no, counts.abstain) }
        return (ballots.filter { $0.choice == .yes }.count, ballots.filter { $0.choice == .no }.count,
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
