import DocketModel

/// A member's preparation for one meeting, in agenda order: position, own
/// proposal, motivation and notes. For a party group's preparation meeting.
public enum PreparationSummary {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, text
    }

    public static func render(store: StoreContents, meeting: Meeting, member: Member, positions: [VisiblePosition],
                              notes: [VisibleNote], withShared: Bool, format: Format, strings: Strings) -> String {
        let markdown = format == .markdown
        var out = ""
        let title = strings.summaryTitle(store.committee.name, meeting.date, member.name)
        out += markdown ? "# \(title)\n" : "\(title)\n\(String(repeating: "=", count: title.count))\n"
        for item in meeting.agenda {
            guard let matterID = item.matter, let matter = store.matters[matterID] else { continue }
            let heading = "\(item.printedNumber). \(item.title ?? matter.title) (\(matter.diaryNumber))"
            out += markdown ? "\n## \(heading)\n\n" : "\n\(heading)\n\(String(repeating: "-", count: heading.count))\n"
            let bullet = markdown ? "- " : "  "
            if let mine = positions.first(where: { $0.position.author == member.id && $0.position.matter == matterID && $0.position.meeting == meeting.id }) {
                let position = mine.position
                let visibility = mine.shared ? strings.sharedWord : strings.privateWord
                out += "\(bullet)\(strings.positionLabel): \(strings.stanceNames[position.stance] ?? position.stance.rawValue) (\(visibility))\n"
                if let own = position.ownProposal {
                    out += "\(bullet)\(strings.ownProposalLabel) (\(strings.ownProposalKinds[own.kind] ?? own.kind.rawValue)): \(own.text)\n"
                }
                if let motivation = position.motivation, !motivation.isEmpty {
                    out += "\(bullet)\(strings.motivationLabel): \(motivation)\n"
                }
            } else {
                out += "\(bullet)\(strings.positionLabel): \(strings.noPosition)\n"
            }
            // With what others shared: their positions too, as their notes.
            let others = withShared ? positions.filter { visible in
                visible.shared && visible.position.author != member.id && visible.position.matter == matterID && visible.position.meeting == meeting.id
            } : []
            for visible in others {
                let position = visible.position
                var line = "\(strings.positionLabel) (\(store.committee.nameWithParty(position.author))): \(strings.stance(of: position))"
                if let motivation = position.motivation, !motivation.isEmpty { line += " — \(motivation)" }
                out += bullet + line + "\n"
            }
            let itemNotes = notes.filter { $0.note.matter == matterID && (withShared || $0.note.author == member.id) }
            for visible in itemNotes {
                let note = visible.note
                let who = note.author == member.id
                    ? (visible.shared ? strings.sharedWord : strings.privateWord)
                    : (store.committee.member(id: note.author)?.name ?? note.author)
                let place = note.anchor.map { strings.paragraphPlace($0.paragraph + 1, $0.kind) } ?? strings.noteOnItem
                let text = note.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: markdown ? "\n  " : "\n    ")
                out += "\(bullet)\(strings.noteLabel) (\(who), \(place)): \(text)\n"
            }
        }
        return out
    }
}
