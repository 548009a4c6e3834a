/// A store file that could not be used, and what is unavailable because of it:
/// the rest of the store opens without it, and Docket never writes over it.
public struct DamagedFile: Equatable, Sendable {
    public enum Consequence: Equatable, Sendable {
        case matter(id: String)
        case meeting(id: String)
        case record(meeting: String)
        case live(meeting: String)
        case sharedNotes(member: String)
        case sharedPositions(member: String, meeting: String)
        /// The person's own private notes, positions or read marks.
        case privateData
        /// A file whose loss takes nothing away (one that should not be there).
        case nothing
    }

    /// The file, from the store's folder (`matters/x.json`), or in full when outside it.
    public let file: String
    /// The first problem found in it, with its place (`$.approved: …`, `2:1: …`), safe to print.
    public let problem: String
    public let consequence: Consequence
    /// How many problems the file has in all.
    public let count: Int

    public init(file: String, problem: String, consequence: Consequence, count: Int = 1) {
        self.file = file
        self.problem = problem
        self.consequence = consequence
        self.count = count
    }
}
