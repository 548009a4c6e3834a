import Foundation
import DocketModel
import DocketText

/// Every word of the minutes, in the committee's language: Swedish by
/// default, English for a store whose locale is `en`.
public struct MinutesLabels: Sendable {
    public let minutes: String
    public let extract: String
    public let publicVersion: String
    public let date: String
    public let placeAndTime: String
    public let adjourned: String
    public let deciding: String
    public let absent: String
    public let substitutesNotServing: String
    public let othersPresent: String
    public let checkers: String
    public let checkingPlaceAndTime: String
    public let paragraphs: String
    public let agenda: String
    public let struck: @Sendable (String) -> String
    public let added: @Sendable (String) -> String
    public let moved: @Sendable (String, String?) -> String
    public let roles: [MemberRole: String]
    public let servingFor: @Sendable (String) -> String
    public let from: @Sendable (String) -> String
    public let until: @Sendable (String) -> String
    public let clerkTitle: String
    public let diaryNumber: String
    /// "Föredragande: förvaltningschef Dag Helin".
    public let presenter: @Sendable (String) -> String
    public let decision: String
    public let decides: @Sendable (String) -> String
    public let confidentialWithheld: String
    /// Each member list of an item: its heading and its sentence about the members.
    public let memberList: @Sendable (MemberList) -> (heading: String, sentence: @Sendable (String) -> String)
    public let proposals: String
    public let propositionOrder: String
    /// The proposals put, the one preferred, whether a vote was requested, and the committee as a sentence names it.
    public let propositionAgainst: @Sendable (String, String, Bool, String) -> String
    public let propositionOn: @Sendable (String, Bool, String) -> String
    /// A member's (or several members') proposal as a sentence: "Leila Haddad (S) yrkar att …".
    public let moves: @Sendable (String, String) -> String
    /// The agenda's proposal, moved by the chair who presides: "Ordföranden yrkar bifall till förslaget från …".
    public let chairMoves: @Sendable (String) -> String
    /// The agenda's proposal moved by members: "Leila Haddad (S) yrkar bifall till förslaget från …".
    public let movesSupport: @Sendable (String, String) -> String
    /// A body's name in the middle of a sentence ("socialnämnden", "socialförvaltningen").
    public let bodyInSentence: @Sendable (String) -> String
    /// A clock time as protokoll write it ("15.00").
    public let clock: @Sendable (String) -> String
    /// A time of day or a span as it follows a place: "kl. 13.00–16.05".
    public let atClock: @Sendable (String) -> String
    public let noticeNotPosted: String
    public let noticeComesDown: String
    public let keptAt: String
    public let vote: String
    public let voteSides: @Sendable (String, String) -> String
    /// Ja, nej, avstår and absent counts as the start of the result's sentence: "Med 6 ja-röster mot 5 nej-röster".
    public let tally: @Sendable (Int, Int, Int, Int) -> String
    /// The tally, the winner, the committee.
    public let voteResult: @Sendable (String, String, String) -> String
    /// A step choosing the counter-proposal (kontrapropositionsvotering): the sides, the one chosen, whether a vote was requested.
    public let counterProposalStep: @Sendable (String, String, Bool) -> String
    /// The tally and the proposal chosen as counter-proposal.
    public let counterProposalResult: @Sendable (String, String) -> String
    public let secretBallot: String
    public let castingVote: String
    /// A roll call without a result: not everyone taking part has answered.
    public let voteUnfinished: String
    public let voteColumns: [String]
    public let mark: String
    public let reservations: String
    public let reservation: @Sendable (String, String?, Bool) -> String
    public let ownProposal: String
    /// The heading of each kind of statement.
    public let statement: @Sendable (StatementKind) -> String
    public let absentSubstitutes: String
    /// A substitute serving when the protokoll does not say for whom.
    public let servingSubstitute: String
    /// A decision to refer the matter to another body, when no clause says so.
    public let referredTo: @Sendable (String) -> String
    public let basis: String
    /// The administration's report in the beslutsunderlag: the administration (when known) and the date.
    public let report: @Sendable (String?, String?) -> String
    public let sentTo: String
    public let checkedAtOnce: String
    public let signatures: String
    public let chair: String
    public let checker: String
    public let secretary: String
    public let notice: String
    public let noticeText: String
    public let noticeNotApproved: String
    public let body: String
    public let meetingDate: String
    public let approvedOn: String
    public let postedOn: String
    public let lastDayOfAppeal: String
    public let notYet: String
    public let agendaProposal: @Sendable (String) -> String
    public let memberProposal: @Sendable (PutProposal.Kind, String) -> String
    public let and: String
    public let against: String
    public let weekdays: [String]
    public let months: [String]

    public static func `for`(_ language: InterfaceLanguage) -> MinutesLabels {
        language == .english ? .english : .swedish
    }

    /// "A, B och C".
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }

    func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let weekday = CalendarDate.weekday(of: iso) else { return iso }
        return "\(weekdays[weekday]) \(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    public static let swedish = MinutesLabels(
        minutes: "Protokoll",
        extract: "Protokollsutdrag",
        publicVersion: "Version för publicering",
        date: "Sammanträdesdatum",
        placeAndTime: "Plats och tid",
        adjourned: "Ajournering",
        deciding: "Beslutande",
        absent: "Frånvarande ledamöter",
        substitutesNotServing: "Ersättare, ej tjänstgörande",
        othersPresent: "Övriga närvarande",
        checkers: "Justerare",
        checkingPlaceAndTime: "Justeringens plats och tid",
        paragraphs: "Paragrafer",
        agenda: "Dagordning",
        struck: { "Ärende \($0) utgår." },
        added: { "Extra ärende: \($0)." },
        moved: { item, before in "Ärende \(item) behandlas \(before.map { "före ärende \($0)" } ?? "sist")." },
        roles: [.chair: "ordförande", .viceChair: "vice ordförande", .member: "ledamot", .substitute: "ersättare", .clerk: "sekreterare"],
        servingFor: { "tjänstgörande ersättare för \($0)" },
        from: { "från \($0)" },
        until: { "till och med \($0)" },
        clerkTitle: "sekreterare",
        diaryNumber: "Dnr",
        presenter: { "Föredragande: \($0)" },
        decision: "Beslut",
        decides: { "\($0) beslutar" },
        confidentialWithheld: "Ärendet redovisas inte med hänvisning till sekretess.",
        memberList: { list in
            switch list {
            case .recused: ("Jäv", { "\($0) anmäler jäv och deltar inte i handläggningen." })
            case .notTakingPart: ("Deltar inte i beslutet", { "\($0) deltar inte i beslutet." })
            }
        },
        proposals: "Yrkanden",
        propositionOrder: "Propositionsordning",
        propositionAgainst: { sides, preferred, voted, committee in
            "Ordföranden ställer \(sides) och finner att \(committee) bifaller \(preferred)." + (voted ? " Votering begärs." : "")
        },
        propositionOn: { proposal, _, committee in "Ordföranden ställer proposition på \(proposal) och finner att \(committee) bifaller det." },
        moves: { who, text in "\(who) yrkar \(sentence(text))" },
        chairMoves: { "Ordföranden yrkar bifall till \($0)." },
        movesSupport: { who, proposal in "\(who) yrkar bifall till \(proposal)." },
        bodyInSentence: { $0.prefix(1).lowercased() + $0.dropFirst() },
        clock: { $0.replacingOccurrences(of: ":", with: ".") },
        atClock: { "kl. \($0)" },
        noticeNotPosted: "Protokollet är justerat. Justeringen har ännu inte tillkännagetts genom anslag.",
        noticeComesDown: "Anslaget tas ned",
        keptAt: "Förvaringsplats för protokollet",
        vote: "Votering",
        voteSides: { yes, no in "Ja-röst för \(yes), nej-röst för \(no)." },
        tally: { yes, no, abstaining, absent in
            let aside = [abstaining > 0 ? "\(abstaining) avstår" : nil, absent > 0 ? "\(absent) frånvarande" : nil].compactMap { $0 }
            return "Med \(yes) ja-röster mot \(no) nej-röster" + (aside.isEmpty ? "" : " (" + aside.joined(separator: ", ") + ")")
        },
        voteResult: { tally, winner, committee in "\(tally) beslutar \(committee) enligt \(winner)." },
        counterProposalStep: { sides, chosen, voted in
            "Ordföranden ställer proposition på \(sides) om vilket som ska vara motförslag i huvudvoteringen och finner att \(chosen) utses till motförslag."
                + (voted ? " Votering begärs." : "")
        },
        counterProposalResult: { tally, chosen in "\(tally) utses \(chosen) till motförslag i huvudvoteringen." },
        secretBallot: "Votering sker med slutna sedlar (sluten omröstning).",
        castingVote: "Rösterna är lika; ordförandens utslagsröst avgör.",
        voteUnfinished: "Voteringen är inte avslutad.",
        voteColumns: ["Ledamot", "Ja", "Nej", "Avstår"],
        mark: "X",
        reservations: "Reservation",
        reservation: { who, favour, written in
            "\(who) reserverar sig mot beslutet" + (favour.map { " till förmån för \($0)" } ?? "") + (written ? " med en skriftlig reservation." : ".")
        },
        ownProposal: "eget yrkande",
        statement: { kind in
            switch kind {
            case .minuteNote: "Protokollsanteckning"
            case .special: "Särskilt yttrande"
            case .substitute: "Ersättaryttrande"
            }
        },
        absentSubstitutes: "Frånvarande ersättare",
        servingSubstitute: "tjänstgörande ersättare",
        referredTo: { "Ärendet remitteras till \($0)." },
        basis: "Beslutsunderlag",
        report: { administration, date in
            let dated = date.map { " \($0)" } ?? ""
            return administration.map { "\(ListWords.swedishGenitive($0)) tjänsteutlåtande\(dated)" } ?? "Tjänsteutlåtande\(dated)"
        },
        sentTo: "Expedieras",
        checkedAtOnce: "Paragrafen förklaras omedelbart justerad.",
        signatures: "Underskrifter",
        chair: "Ordförande",
        checker: "Justerare",
        secretary: "Sekreterare",
        notice: "Anslagsbevis",
        noticeText: "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.",
        noticeNotApproved: "Protokollet är ännu inte justerat.",
        body: "Organ",
        meetingDate: "Sammanträdesdatum",
        approvedOn: "Protokollet justerat",
        postedOn: "Anslaget sätts upp",
        lastDayOfAppeal: "Sista dag för överklagande",
        notYet: "–",
        agendaProposal: { "förslaget från \($0)" },
        memberProposal: { kind, who in
            let noun: [PutProposal.Kind: String] = [.support: "bifallsyrkandet", .reject: "avslagsyrkandet", .amendment: "ändringsyrkandet",
                                                   .addition: "tilläggsyrkandet", .referralBack: "återremissyrkandet",
                                                   .tabling: "bordläggningsyrkandet"]
            return "\(noun[kind] ?? "yrkandet") från \(who)"
        },
        and: "och",
        against: "mot",
        weekdays: SwedishCalendar.weekdays,
        months: SwedishCalendar.months
    )

    public static let english = MinutesLabels(
        minutes: "Minutes",
        extract: "Extract from the minutes",
        publicVersion: "Version for publication",
        date: "Date of meeting",
        placeAndTime: "Place and time",
        adjourned: "Adjourned",
        deciding: "Members deciding",
        absent: "Members absent",
        substitutesNotServing: "Substitutes present, not serving",
        othersPresent: "Others present",
        checkers: "Checkers",
        checkingPlaceAndTime: "Place and time of checking",
        paragraphs: "Paragraphs",
        agenda: "Agenda",
        struck: { "Item \($0) is struck from the agenda." },
        added: { "Extra item: \($0)." },
        moved: { item, before in "Item \(item) is taken \(before.map { "before item \($0)" } ?? "last")." },
        roles: [.chair: "chair", .viceChair: "vice chair", .member: "member", .substitute: "substitute", .clerk: "secretary"],
        servingFor: { "substitute serving for \($0)" },
        from: { "from \($0)" },
        until: { "until \($0)" },
        clerkTitle: "secretary",
        diaryNumber: "Diary no.",
        presenter: { "Presented by \($0)" },
        decision: "Decision",
        decides: { "\($0) decides" },
        confidentialWithheld: "Not shown: confidential.",
        memberList: { list in
            switch list {
            case .recused: ("Conflict of interest", { "\($0) declared a conflict of interest and took no part in the item." })
            case .notTakingPart: ("Not taking part in the decision", { "\($0) took no part in the decision." })
            }
        },
        proposals: "Proposals",
        propositionOrder: "Order of putting the question",
        propositionAgainst: { sides, preferred, voted, committee in
            "The chair puts \(sides) and finds that \(committee) adopts \(preferred)." + (voted ? " A vote is requested." : "")
        },
        propositionOn: { proposal, _, committee in "The chair puts \(proposal) and finds that \(committee) adopts it." },
        moves: { who, text in "\(who) \(who.contains(" and ") ? "move" : "moves") \(sentence(text))" },
        chairMoves: { "The chair moves that the committee adopt \($0)." },
        movesSupport: { who, proposal in "\(who) \(who.contains(" and ") ? "move" : "moves") that the committee adopt \(proposal)." },
        bodyInSentence: { $0 },
        clock: { $0 },
        atClock: { $0 },
        noticeNotPosted: "The minutes are approved. The approval has not been announced on the notice board yet.",
        noticeComesDown: "Notice taken down",
        keptAt: "The minutes are kept at",
        vote: "Vote",
        voteSides: { yes, no in "Yes for \(yes), no for \(no)." },
        tally: { yes, no, abstaining, absent in
            let aside = [abstaining > 0 ? "\(abstaining) abstaining" : nil, absent > 0 ? "\(absent) absent" : nil].compactMap { $0 }
            return "With \(yes) votes for and \(no) against" + (aside.isEmpty ? "" : " (" + aside.joined(separator: ", ") + ")")
        },
        voteResult: { tally, winner, committee in "\(tally) \(committee) decides according to \(winner)." },
        counterProposalStep: { sides, chosen, voted in
            "The chair puts \(sides) to choose the counter-proposal for the main vote and finds that \(chosen) is chosen."
                + (voted ? " A vote is requested." : "")
        },
        counterProposalResult: { tally, chosen in "\(tally), \(chosen) is chosen as the counter-proposal for the main vote." },
        secretBallot: "The vote is by secret ballot.",
        castingVote: "The votes are tied; the chair's casting vote decides.",
        voteUnfinished: "The vote is not finished.",
        voteColumns: ["Member", "Yes", "No", "Abstains"],
        mark: "X",
        reservations: "Reservation",
        reservation: { who, favour, written in
            "\(who) dissent from the decision" + (favour.map { " in favour of \($0)" } ?? "") + (written ? ", with a written reservation." : ".")
        },
        ownProposal: "their own proposal",
        statement: { kind in
            switch kind {
            case .minuteNote: "Note for the minutes"
            case .special: "Special statement"
            case .substitute: "Statement by a substitute"
            }
        },
        absentSubstitutes: "Substitutes absent",
        servingSubstitute: "substitute serving",
        referredTo: { "The matter is referred to \($0) for its opinion." },
        basis: "Basis for the decision",
        report: { administration, date in
            let dated = date.map { ", \($0)" } ?? ""
            return administration.map { "Report of \($0)\(dated)" } ?? "Report\(dated)"
        },
        sentTo: "Sent to",
        checkedAtOnce: "This paragraph is checked at once.",
        signatures: "Signatures",
        chair: "Chair",
        checker: "Checker",
        secretary: "Secretary",
        notice: "Notice of posting",
        noticeText: "The minutes are approved. The approval has been announced on the official notice board.",
        noticeNotApproved: "The minutes are not approved yet.",
        body: "Body",
        meetingDate: "Date of meeting",
        approvedOn: "Minutes approved",
        postedOn: "Notice posted",
        lastDayOfAppeal: "Last day for appeal",
        notYet: "–",
        agendaProposal: { "the proposal of \($0)" },
        memberProposal: { kind, who in
            let noun: [PutProposal.Kind: String] = [.support: "the motion to approve", .reject: "the motion to reject", .amendment: "the amendment",
                                                   .addition: "the addition", .referralBack: "the motion to refer back",
                                                   .tabling: "the motion to table"]
            return "\(noun[kind] ?? "the motion") by \(who)"
        },
        and: "and",
        against: "against",
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    )
}

/// A proposal's text as the end of a sentence: its first letter small (unless a name would say otherwise, which a
/// proposal's text does not begin with), a full stop at the end.
private func sentence(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let small = trimmed.prefix(1).lowercased() + trimmed.dropFirst()
    return small.hasSuffix(".") ? small : small + "."
}
