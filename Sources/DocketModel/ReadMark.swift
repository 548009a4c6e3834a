/// That a member has read an item's report, and which revision of it.
public struct ReadMark: Codable, Equatable, Sendable {
    public var meeting: String
    public var matter: String
    /// `Matter.revision` when it was read: a later revision makes it unread again.
    public var revision: String
    public var read: String

    public init(meeting: String, matter: String, revision: String, read: String) {
        self.meeting = meeting
        self.matter = matter
        self.revision = revision
        self.read = read
    }
}

/// A member's read marks, in the private directory.
public struct ReadMarksFile: Codable, Equatable, Sendable {
    public var marks: [ReadMark]

    public init(marks: [ReadMark]) {
        self.marks = marks
    }
}

/// Where an item stands in my reading.
public enum ReadState: Equatable, Sendable {
    case unread
    case read
    /// Read, but the report has changed since.
    case revised
}

extension Matter {
    /// A fingerprint of the text a member reads (documents and proposals):
    /// FNV-1a over it, so any revision gives another value on every machine.
    public var revision: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            // Over the string's own bytes where it has them: an archive's reports are a hundred megabytes.
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0100_0000_01b3
                }
            }
            hash ^= 0x1F
            hash = hash &* 0x0100_0000_01b3
        }
        for document in documents {
            add(document.id)
            for section in document.sections {
                add(section.heading)
                section.paragraphs.forEach(add)
            }
        }
        for proposal in proposals {
            add(proposal.id)
            proposal.clauses.forEach(add)
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
