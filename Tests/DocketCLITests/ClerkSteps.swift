import Testing

/// What the clerk does in the interface, step by step, shared by the end-to-end stories.
extension TmuxSession {
    /// The record menu's "put a member's proposal", typed: Per-Olof Sandberg's rejection of the item.
    func putTypedRejection(_ text: String) throws {
        try send("r", "p", "1", "n")
        try type("per")
        try send("Enter")
        try type(text)
        try send("Enter")
        try waitFor("Motion to reject by Per-Olof Sandberg (M): \(text)")
    }

    /// An amendment typed in, by the proposers a typed filter (and the keys after it) picks.
    func putTypedAmendment(by filter: String, then keys: [String] = [], _ text: String) throws {
        try send("r", "p", "1", "a")
        try type(filter)
        try send(keys + ["Enter"])
        try type(text)
        try send("Enter")
    }

    /// A vote recorded as counts: the rows for ja and nej, then the counts typed.
    func countVote(yes: String, no: String, _ counts: String) throws {
        try send("r", "V", yes, no)
        try type(counts)
        try send("Enter")
    }

    /// A roll call with ja for the first open proposal and nej for the first of the rest.
    func startRollCall() throws {
        try send("r", "v", "1", "1")
        try waitFor("Vote 1 · roll call", "◀ now")
    }
}
