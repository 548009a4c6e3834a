import DocketDemo
import DocketJSON
import DocketModel
import DocketStore
import Foundation

/// A committee's archive of many years, made up but shaped like the real thing:
/// meetings about monthly, agendas of procedural items and matters, reports of
/// 3–100 KB in Swedish with their sections, proposals and histories, matters
/// tabled at one meeting and back on the next, records of every past meeting,
/// a member's notes and her positions on the upcoming meeting. The same seed
/// gives the same archive, byte for byte (but the store's own id, which is fresh).
struct ArchiveGenerator {
    let meetings: Int
    let items: Int
    let seed: UInt64

    /// The last meeting is upcoming (in December 2026); the others are past, with records.
    static let lastMonth = (year: 2026, month: 12)

    /// Writes the store to `output` and every report's text to `textFile`, one report after another.
    func write(to output: String, textFile: String) throws {
        var random = SeededRandom(seed: seed)
        let demo = try StoreLoader(root: DemoStore.path!).load().contents!
        var committee = demo.committee
        committee.id = "arkivnamnden"
        committee.name = "Socialnämnden"
        // Everyone holds their role through the whole archive, so every past meeting has its quorum.
        for index in committee.members.indices {
            let role = committee.members[index].terms.last!.role
            committee.members[index].terms = [MembershipTerm(role: role, from: "1990-01-01")]
        }
        var manifest = StoreManifest(storeId: StoreCopier.freshStoreID())
        manifest.identity = .local
        try StoreCopier().createStore(at: output, manifest: manifest, committee: committee)

        let perMeeting = max(4, items / max(1, meetings))
        let dates = meetingDates()
        var text = ""
        var tabled: [Matter] = []
        var notes: [Note] = []
        var matterCount = 0
        for (meetingIndex, date) in dates.enumerated() {
            let id = date
            var agenda = [
                AgendaItem(id: "oppnande", number: 1, section: "inledning", title: "Mötets öppnande", procedure: .opening),
                AgendaItem(id: "justerare", number: 2, section: "inledning", title: "Val av justerare", procedure: .checkers),
                AgendaItem(id: "dagordning", number: 3, section: "inledning", title: "Godkännande av dagordningen", procedure: .agenda),
            ]
            var meetingMatters: [Matter] = []
            // A matter tabled last time comes back first.
            let returning = tabled
            tabled = []
            for matter in returning where agenda.count < perMeeting {
                agenda.append(AgendaItem(id: matter.id, number: agenda.count + 1, section: "beslut", matter: matter.id,
                                         proposals: matter.proposals.map(\.id)))
            }
            while agenda.count < perMeeting {
                matterCount += 1
                let matter = makeMatter(number: matterCount, date: date, random: &random)
                meetingMatters.append(matter)
                for document in matter.documents {
                    text += document.sections.flatMap(\.paragraphs).joined(separator: "\n") + "\n"
                }
                agenda.append(AgendaItem(id: matter.id, number: agenda.count + 1, section: matter.kind == .information ? "anmalan" : "beslut",
                                         matter: matter.id, proposals: matter.proposals.map(\.id)))
            }
            for matter in meetingMatters {
                try writeJSON(matter, to: "\(output)/\(StoreLayout.mattersDirectory)/\(matter.id).json")
            }
            // Decisions before information, as agendas order their sections; numbered in that order.
            agenda = agenda.prefix(3) + agenda.dropFirst(3).filter { $0.section == "beslut" } + agenda.dropFirst(3).filter { $0.section != "beslut" }
            for index in agenda.indices { agenda[index].number = index + 1 }
            let meeting = Meeting(id: id, date: date, time: "13:00", place: "Sammanträdesrum Klarälven, stadshuset",
                                  sections: [AgendaSection(id: "inledning", title: "Inledande ärenden"), AgendaSection(id: "beslut", title: "Beslutsärenden"),
                                             AgendaSection(id: "anmalan", title: "Anmälningsärenden och information")],
                                  agenda: agenda)
            try FileManager.default.createDirectory(atPath: "\(output)/meetings/\(id)", withIntermediateDirectories: true)
            try writeJSON(meeting, to: "\(output)/\(StoreLayout.meeting(id))")
            let isPast = meetingIndex < dates.count - 1
            guard isPast else {
                // Before the upcoming meeting, Leila Haddad has taken a position on every matter and shared it.
                let positions = agenda.compactMap(\.matter).enumerated().map { index, matter in
                    Position(meeting: id, matter: matter, author: "leila-haddad", stance: index % 7 == 3 ? .own : .support,
                             ownProposal: index % 7 == 3 ? OwnProposal(kind: .amendment, text: "att förvaltningen återkommer med en konsekvensanalys") : nil,
                             modified: "\(date)T08:00:00+01:00")
                }
                try FileManager.default.createDirectory(atPath: "\(output)/members/leila-haddad/positions", withIntermediateDirectories: true)
                try writeJSON(PositionsFile(positions: positions), to: "\(output)/members/leila-haddad/positions/\(id).json")
                continue
            }
            let (record, nowTabled) = makeRecord(meeting: meeting, committee: committee, firstParagraph: 1 + meetingIndex * perMeeting,
                                                 mattersByID: Dictionary(uniqueKeysWithValues: meetingMatters.map { ($0.id, $0) }), random: &random)
            tabled = nowTabled
            try writeJSON(record, to: "\(output)/\(StoreLayout.record(id))")
            // Presided over live, as a held meeting is: opened, adjourned once, closed on its last item.
            if let chair = record.attendance.first?.member, let last = agenda.last?.id {
                let stamp = { (time: String) in LiveMeeting.Stamp(at: "\(date)T\(time):00+01:00", by: chair) }
                try writeJSON(LiveMeeting(meeting: id, opened: stamp("13:00"), pauses: [LiveMeeting.Pause(from: stamp("14:30"), to: stamp("14:45"))],
                                          closed: stamp("16:05"), current: last),
                              to: "\(output)/\(StoreLayout.live(id))")
            }
            // Leila Haddad writes a note now and then, as members do.
            if let matter = meetingMatters.first, random.next(below: 3) == 0 {
                notes.append(Note(id: "note-\(notes.count + 1)", matter: matter.id, author: "leila-haddad", anchor: nil,
                                  text: "Fråga förvaltningen om \(Vocabulary.word(&random)) och \(Vocabulary.word(&random)).",
                                  created: "\(date)T09:00:00+01:00", modified: "\(date)T09:00:00+01:00"))
            }
        }
        try FileManager.default.createDirectory(atPath: "\(output)/members/leila-haddad", withIntermediateDirectories: true)
        try writeJSON(NotesFile(notes: notes), to: "\(output)/\(StoreLayout.sharedNotes("leila-haddad"))")
        try Data(text.utf8).write(to: URL(fileURLWithPath: textFile))
    }

    /// About eleven meetings a year (none in July), counted back from the upcoming one.
    func meetingDates() -> [String] {
        var dates: [String] = []
        var (year, month) = Self.lastMonth
        while dates.count < meetings {
            if month != 7 { dates.append(String(format: "%04d-%02d-%02d", year, month, 10 + (year + month) % 15)) }
            month -= 1
            if month < 1 { (month, year) = (12, year - 1) }
        }
        return dates.reversed()
    }

    func makeMatter(number: Int, date: String, random: inout SeededRandom) -> Matter {
        let year = date.prefix(4)
        let id = "sn-\(year)-\(String(format: "%05d", number))"
        let topic = Vocabulary.topics[random.next(below: Vocabulary.topics.count)]
        let kind: MatterKind = [.decision, .decision, .motionResponse, .information, .consultationResponse][random.next(below: 5)]
        // Reports of 3–100 KB: most short, a few long, as real ones are.
        let size = [3_000, 5_000, 8_000, 12_000, 20_000, 30_000, 100_000][min(6, random.next(below: 10) / 2 + (random.next(below: 20) == 0 ? 3 : 0))]
        var sections: [DocumentSection] = []
        var written = 0
        for heading in ["Sammanfattning", "Bakgrund", "Förvaltningens synpunkter"] {
            var paragraphs: [String] = []
            let share = heading == "Sammanfattning" ? size / 10 : size * 9 / 20
            var sectionSize = 0
            while sectionSize < share {
                let paragraph = Vocabulary.paragraph(&random, topic: topic)
                paragraphs.append(paragraph)
                sectionSize += paragraph.utf8.count
            }
            written += sectionSize
            sections.append(DocumentSection(heading: heading, paragraphs: paragraphs))
        }
        let report = MatterDocument(id: "tjansteutlatande", kind: .report, title: "Tjänsteutlåtande", date: date,
                                    officer: Officer(name: "Lina Forsberg", title: "Utredare"), department: "Kansliavdelningen", sections: sections)
        let proposal = DecisionProposal(id: "forvaltningens-forslag", proposer: Proposer(kind: .administration, name: "Socialförvaltningen"),
                                        clauses: ["att socialnämnden godkänner förvaltningens förslag om \(topic)."])
        return Matter(id: id, diaryNumber: "SN-\(year)-\(String(format: "%04d", number % 10_000))", title: "\(topic.prefix(1).uppercased() + topic.dropFirst()) \(year)",
                      kind: kind, administration: "socialforvaltningen", documents: [report], proposals: [proposal],
                      history: [ReferralEvent(date: date, kind: .reported, from: "Socialförvaltningen", to: "Socialnämnden")])
    }

    /// A record as a real meeting leaves one: a member absent and a substitute serving in the seat, each matter decided
    /// by the agenda's proposal, now and then tabled, and one in four contested — the chair's yrkande against a member's
    /// avslag, a roll call (now and then counted instead), and the minority's reservation.
    func makeRecord(meeting: Meeting, committee: Committee, firstParagraph: Int, mattersByID: [String: Matter],
                    random: inout SeededRandom) -> (MeetingRecord, [Matter]) {
        var seats = committee.members.filter { [.chair, .viceChair, .member].contains($0.role(on: meeting.date)) }.map(\.id)
        let substitute = committee.members.first { $0.role(on: meeting.date) == .substitute }?.id
        var attendance = seats.map { Attendance(member: $0, present: true) }
        if let substitute, seats.count > 4 {
            let absent = seats[4]
            attendance[4] = Attendance(member: absent, present: false)
            attendance.append(Attendance(member: substitute, present: true, servingFor: absent))
            seats[4] = substitute
        }
        var record = MeetingRecord(meeting: meeting.id, firstParagraph: firstParagraph, attendance: attendance,
                                   checkers: Array(seats.dropFirst().prefix(2)),
                                   checking: MeetingRecord.Checking(date: CalendarDate.adding(days: 7, to: meeting.date) ?? meeting.date))
        var tabled: [Matter] = []
        for item in meeting.agenda {
            guard item.matter != nil else {
                record.items.append(ItemRecord(item: item.id, decision: Decision(category: .noted, clauses: ["Noterades."])))
                continue
            }
            let put = PutProposal(id: "forvaltningen", kind: .support, agendaProposal: "forvaltningens-forslag", text: "Förvaltningens förslag till beslut")
            // One matter in twenty new ones is tabled to the next meeting.
            if let matter = mattersByID[item.id], random.next(below: 20) == 0 {
                tabled.append(matter)
                let tabling = PutProposal(id: "bordlaggning", kind: .tabling, proposers: [seats[1]], text: "att bordlägga ärendet")
                record.items.append(ItemRecord(item: item.id, proposals: [put, tabling],
                                               propositionOrder: [PropositionStep(proposals: ["bordlaggning"], preferred: "bordlaggning")],
                                               decision: Decision(category: .tabled, clauses: ["att bordlägga ärendet till nästa sammanträde."])))
                continue
            }
            if random.next(below: 4) == 0, seats.count >= 5 {
                record.items.append(contested(item: item.id, seats: seats, random: &random))
                continue
            }
            record.items.append(ItemRecord(item: item.id, proposals: [put],
                                           propositionOrder: [PropositionStep(proposals: ["forvaltningen"], preferred: "forvaltningen")],
                                           decision: Decision(category: .accordingToProposal, clauses: ["att godkänna förvaltningens förslag."])))
        }
        return (record, tabled)
    }

    /// The chair moves the proposal, a member moves avslag, the proposition goes to a vote — by roll call, or now and
    /// then counted — and the proposal wins; those who voted nej reserve themselves in favour of their avslag.
    func contested(item: String, seats: [String], random: inout SeededRandom) -> ItemRecord {
        let chair = seats[0], mover = seats[1]
        let put = PutProposal(id: "forvaltningen", kind: .support, proposers: [chair], agendaProposal: "forvaltningens-forslag",
                              text: "Förvaltningens förslag till beslut")
        let reject = PutProposal(id: "avslag", kind: .reject, proposers: [mover], text: "avslag på förslaget i sin helhet")
        let noes = Set(seats.dropFirst().enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        let vote: Vote
        if random.next(below: 5) == 0 {
            vote = Vote(id: "votering-1", yes: "forvaltningen", no: "avslag", result: "forvaltningen",
                        counts: Vote.Counts(yes: seats.count - noes.count, no: noes.count, abstain: 0, absent: nil))
        } else {
            // In roll-call order: the chair last.
            let ballots = (seats.dropFirst() + [chair]).map { Vote.Ballot(member: $0, choice: noes.contains($0) ? .no : .yes) }
            vote = Vote(id: "votering-1", yes: "forvaltningen", no: "avslag", ballots: ballots, result: "forvaltningen")
        }
        return ItemRecord(item: item, proposals: [put, reject],
                          propositionOrder: [PropositionStep(proposals: ["forvaltningen", "avslag"], preferred: "forvaltningen", vote: vote.id)],
                          votes: [vote], decision: Decision(category: .accordingToProposal, clauses: ["att godkänna förvaltningens förslag."]),
                          reservations: [Reservation(members: noes.sorted(), inFavourOf: "avslag", written: nil)])
    }

    func writeJSON<Value: Encodable>(_ value: Value, to path: String) throws {
        try Data(CanonicalJSON.bytes(of: value)).write(to: URL(fileURLWithPath: path))
    }
}

/// SplitMix64: small, fast and the same on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// The words reports are made of: the municipal Swedish of tjänsteutlåtanden.
enum Vocabulary {
    static let topics = [
        "ekonomiskt bistånd", "familjerådgivning", "skyddat boende", "placeringar av barn och unga", "missbruksvården",
        "hemlösheten", "våld i nära relationer", "delegationsordningen", "budgetuppföljningen", "verksamhetsplanen",
        "föreningsbidrag", "spelberoende", "öppenvården", "ensamkommande barn", "familjehemmen", "kontaktpersoner",
        "boendestödet", "försörjningsstödet", "tillsynen av HVB-hem", "barnens rätt",
    ]

    static let words = [
        "förvaltningen", "nämnden", "bedömer", "att", "insatserna", "behöver", "utvecklas", "under", "året", "och", "kostnaderna",
        "för", "verksamheten", "ökar", "jämfört", "med", "föregående", "period", "därför", "föreslås", "åtgärder", "som", "stärker",
        "samverkan", "mellan", "socialtjänsten", "regionen", "skolan", "polisen", "barnens", "behov", "står", "i", "centrum",
        "uppföljningen", "visar", "på", "förbättringar", "inom", "flera", "områden", "men", "också", "brister", "i", "dokumentationen",
        "handläggningstiderna", "har", "förkortats", "väsentligt", "målgruppen", "består", "främst", "av", "vuxna", "ungdomar",
        "föräldrar", "med", "små", "barn", "riktlinjerna", "revideras", "årligen", "enligt", "lagstiftningen", "socialtjänstlagen",
        "kräver", "en", "rättssäker", "prövning", "av", "varje", "ärende", "medarbetarna", "får", "kompetensutveckling",
        "budgeten", "för", "år", "bedöms", "hållas", "trots", "ökade", "volymer", "övergripande", "mål", "fastställs",
        "av", "kommunfullmäktige", "uppdraget", "redovisas", "till", "nämnden", "i", "delårsrapporten", "björnbäret",
        "åtgärdsplanen", "omfattar", "förebyggande", "arbete", "tidiga", "insatser", "uppsökande", "verksamhet", "kvalitet",
    ]

    static func word(_ random: inout SeededRandom) -> String { words[random.next(below: words.count)] }

    /// A paragraph of four to nine sentences about the topic.
    static func paragraph(_ random: inout SeededRandom, topic: String) -> String {
        (0..<(4 + random.next(below: 6))).map { index in
            let length = 8 + random.next(below: 12)
            var sentence = (0..<length).map { _ in word(&random) }
            if index == 0 { sentence.insert(contentsOf: ["när", "det", "gäller", topic], at: 0) }
            let text = sentence.joined(separator: " ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }.joined(separator: " ")
    }
}
