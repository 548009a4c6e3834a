import DocketModel
import Foundation

/// One organization of an OParl body made into a committee's store contents:
/// members with their terms, meetings with their agendas, papers as matters,
/// and the recorded outcomes of past meetings. Pure: the command line reads the
/// files and writes what this returns. Ids come from the earlier import's
/// `OParlIDs` when there is one, so importing again updates, never duplicates.
public struct OParlImport {
    public struct Options: Sendable {
        public var timeZone: TimeZone
        public var today: String
        /// Docket's own words for roles, kinds and decisions (what its export writes), recognised before German ones.
        public var known: [OParlExport.Words]
        /// The section an agenda without headings of its own is put in.
        public var agendaSection: String

        public init(timeZone: TimeZone, today: String, known: [OParlExport.Words] = [], agendaSection: String = "Tagesordnung") {
            self.timeZone = timeZone
            self.today = today
            self.known = known
            self.agendaSection = agendaSection
        }
    }

    /// What the import gives the store, and what it did.
    public struct Result: Sendable {
        public var committee: Committee
        public var meetings: [Meeting]
        public var records: [MeetingRecord]
        public var matters: [Matter]
        public var ids: OParlIDs
        public var summary: OParlSummary
    }

    let collection: OParlCollection
    let body: OParlObject
    let organization: OParlObject
    let bodyID: String
    let organizationID: String
    let time: OParlTime
    let options: Options
    /// Looked up once: agenda items by meeting, consultations by paper, memberships by person.
    let itemsByMeeting: [String: [OParlCollection.Found]]
    let consultationsByPaper: [String: [OParlObject]]
    let membershipsByPerson: [String: [OParlObject]]

    public init?(collection: OParlCollection, body bodyID: String, organization organizationID: String, options: Options) {
        guard let body = collection[bodyID]?.object, let organization = collection[organizationID]?.object else { return nil }
        self.collection = collection
        self.body = body
        self.organization = organization
        self.bodyID = bodyID
        self.organizationID = organizationID
        self.time = OParlTime(timeZone: options.timeZone)
        self.options = options
        itemsByMeeting = Dictionary(grouping: collection.objects("AgendaItem")) { $0.object.reference("meeting") ?? $0.parent ?? "" }
        consultationsByPaper = Dictionary(grouping: collection.objects("Consultation")) { $0.object.reference("paper") ?? $0.parent ?? "" }
            .mapValues { $0.map(\.object) }
        membershipsByPerson = Dictionary(grouping: collection.objects("Membership")) { $0.object.reference("person") ?? $0.parent ?? "" }
            .mapValues { $0.map(\.object) }
    }

    /// - Parameters:
    ///   - existing: the store as it is (its committee, meetings and matters), or nil for a new one.
    ///   - ids: the ids an earlier import of this organization gave.
    public func run(existing: StoreContents?, ids earlier: OParlIDs?) -> Result {
        var summary = OParlSummary()
        var ids = earlier ?? OParlIDs(body: bodyID, organization: organizationID)
        let members = importMembers(existing: existing?.committee, ids: &ids, summary: &summary)
        var committee = existing?.committee ?? Committee(id: FreeIdentifier.from(organization.text("name") ?? "gremium"), name: "", shortName: "",
                                                          municipality: "", locale: .english, timeZone: options.timeZone.identifier)
        committee.name = organization.text("name") ?? committee.name
        committee.shortName = organization.text("shortName") ?? (committee.shortName.isEmpty ? committee.name : committee.shortName)
        committee.municipality = body.text("name") ?? committee.municipality
        let imported = Set(members.map(\.id))
        committee.members = committee.members.filter { !imported.contains($0.id) } + members

        let allMeetings = collection.objects("Meeting")
        let meetingObjects = allMeetings.filter { $0.object.references("organization").contains(organizationID) }
        for other in allMeetings where !other.object.references("organization").contains(organizationID) {
            if other.object.isDeleted && other.object.references("organization").isEmpty {
                summary.deletedUnplaced["Meeting", default: 0] += 1
            } else {
                summary.elsewhere["Meeting", default: 0] += 1
            }
        }
        // Papers go to the store whose meetings had them on the agenda, or that the paper says consult it.
        let consultations = consultationsByAgendaItem()
        var matters: [String: Matter] = [:]
        // Ids an earlier import gave are taken even before their objects come up again.
        var takenMatterIDs = Set(existing.map { Array($0.matters.keys) } ?? []).union(ids.papers.values)
        var usedReferences: [String: String] = [:]
        for matter in existing?.matters.values.sorted(by: { $0.id < $1.id }) ?? [] { usedReferences[matter.diaryNumber] = matter.id }
        let meetingURLs = Set(meetingObjects.compactMap(\.object.id))
        // A consultation here of a paper the data does not hold has no matter to become part of: counted, not silent.
        for found in collection.objects("Consultation") {
            let consultation = found.object
            guard let paper = consultation.reference("paper") ?? found.parent, collection[paper] == nil,
                  consultation.references("organization").contains(organizationID)
                    || consultation.reference("meeting").map(meetingURLs.contains) == true else { continue }
            summary.drop(.consultationWithoutPaper, consultation.id ?? paper)
        }
        for found in collection.objects("Paper") {
            let paper = found.object
            guard let url = paper.id else { continue }
            let consulted = consultationsOf(paper: url)
            let here = consulted.contains { consultation in
                consultation.references("organization").contains(organizationID)
                    || consultation.reference("meeting").map(meetingURLs.contains) == true
            }
            guard here else {
                if paper.isDeleted { summary.deletedUnplaced["Paper", default: 0] += 1 } else { summary.elsewhere["Paper", default: 0] += 1 }
                continue
            }
            let label = paper.text("reference") ?? paper.text("name") ?? url
            if paper.isDeleted { summary.skip("Paper", label, .deleted); continue }
            guard let reference = paper.text("reference") else { summary.skip("Paper", paper.text("name") ?? url, .noReference); continue }
            let id = ids.papers[url] ?? FreeIdentifier.free(identifier(reference, fallback: "vorlage"), notIn: takenMatterIDs)
            if let owner = usedReferences[reference], owner != id {
                summary.skip("Paper", label, .referenceTaken(reference))
                continue
            }
            usedReferences[reference] = id
            takenMatterIDs.insert(id)
            ids.papers[url] = id
            let before = existing?.matters[id]
            matters[id] = matter(paper, id: id, existing: before, meetingURLs: meetingURLs, consulted: consulted)
            summary.count(.matter, isNew: before == nil)
        }

        var meetings: [Meeting] = []
        var records: [MeetingRecord] = []
        var takenMeetingIDs = Set(existing?.meetings.map(\.id) ?? []).union(ids.meetings.values)
        for found in meetingObjects.sorted(by: { ($0.object.raw("start") ?? "") < ($1.object.raw("start") ?? "") }) {
            let object = found.object
            guard let url = object.id else { continue }
            let label = object.text("name") ?? url
            if object.isDeleted { summary.skip("Meeting", label, .deleted); continue }
            if object.bool("cancelled") == true { summary.skip("Meeting", label, .cancelled); continue }
            guard let start = time.local(object.raw("start")) else { summary.skip("Meeting", label, .noStart); continue }
            let id = ids.meetings[url] ?? FreeIdentifier.free(start.date, notIn: takenMeetingIDs)
            takenMeetingIDs.insert(id)
            ids.meetings[url] = id
            let before = existing?.meetings.first { $0.id == id }
            let (meeting, record) = self.meeting(object, id: id, date: start.date, time: start.time ?? "00:00", existing: before,
                                                 consultations: consultations, matters: &matters, ids: &ids, summary: &summary)
            meetings.append(meeting)
            summary.count(.meeting, isNew: before == nil)
            if let record {
                records.append(record)
                summary.count(.record, isNew: existing?.records[id] == nil)
            }
        }
        ids.vocabulary = vocabulary(meetings: meetingObjects.map(\.object), papers: Array(ids.papers.keys))
        let results = matters.values.sorted { $0.id < $1.id }
        return Result(committee: committee, meetings: meetings, records: records, matters: results, ids: ids, summary: summary)
    }

    // MARK: Members

    private func importMembers(existing: Committee?, ids: inout OParlIDs, summary: inout OParlSummary) -> [Member] {
        var termsByPerson: [String: [MembershipTerm]] = [:]
        var order: [String] = []
        for found in collection.objects("Membership") {
            let membership = found.object
            guard membership.reference("organization") == organizationID,
                  let person = membership.reference("person") ?? found.parent else { continue }
            let name = collection[person]?.object.text("name") ?? person
            if membership.isDeleted { summary.skip("Membership", name, .deleted); continue }
            guard let role = known(\.roles, membership.text("role")) ?? OParlVocabulary.role(membership.text("role") ?? "Mitglied") else {
                summary.skip("Membership", name, .unknownRole(membership.text("role") ?? ""))
                continue
            }
            guard let from = time.day(membership.raw("startDate")) else { summary.skip("Membership", name, .noStartDate); continue }
            let to = time.day(membership.raw("endDate")).flatMap { $0 >= from ? $0 : nil }
            if termsByPerson[person] == nil { order.append(person) }
            termsByPerson[person, default: []].append(MembershipTerm(role: role, from: from, to: to))
        }
        var taken = Set(existing?.members.map(\.id) ?? [])
        for id in ids.people.values { taken.insert(id) }
        var members: [Member] = []
        for url in order {
            guard let person = collection[url]?.object else { continue }
            guard let name = personName(person) else { summary.skip("Person", url, .noName); continue }
            let id = ids.people[url] ?? FreeIdentifier.free(identifier(name, fallback: "person"), notIn: taken)
            taken.insert(id)
            ids.people[url] = id
            // The higher role last on a day both hold, so that it is the one `role(on:)` finds.
            let terms = (termsByPerson[url] ?? []).sorted { ($0.from, rank($0.role)) < ($1.from, rank($1.role)) }
            let before = existing?.members.first { $0.id == id }
            members.append(Member(id: id, name: name, party: party(of: url, person: person), login: before?.login, terms: terms))
            summary.count(.member, isNew: before == nil)
        }
        return members
    }

    /// The language of the data's words: Docket's own (an export of Docket read back) when they name more of its
    /// roles, kinds of paper and results than German councils' words do; else German, OParl's own language.
    private func vocabulary(meetings: [OParlObject], papers: [String]) -> String {
        let roles = collection.objects("Membership").filter { $0.object.reference("organization") == organizationID }.compactMap { $0.object.text("role") }
        let kinds = papers.compactMap { collection[$0]?.object.text("paperType") }
        let results = meetings.compactMap(\.id).flatMap { itemsByMeeting[$0] ?? [] }.compactMap { $0.object.text("result") }
        func exact(_ words: OParlExport.Words) -> Int {
            let known = Set(words.roles.values.map { $0.lowercased() }).union(words.kinds.values.map { $0.lowercased() })
                .union(words.categories.values.map { $0.lowercased() })
            return (roles + kinds + results).count { known.contains($0.lowercased()) }
        }
        let german = roles.count { OParlVocabulary.role($0) != nil } + kinds.count { OParlVocabulary.kind($0) != .other }
            + results.count { OParlVocabulary.category($0) != nil || OParlVocabulary.isStruck($0) }
        let own = options.known.map { ($0.language, exact($0)) }.max { $0.1 < $1.1 }
        guard let own, own.1 > german else { return "de" }
        return own.0
    }

    private func rank(_ role: MemberRole) -> Int {
        switch role {
        case .substitute: 0
        case .member: 1
        case .clerk: 2
        case .viceChair: 3
        case .chair: 4
        }
    }

    /// "Peter Huppertz" from given and family name; else the name without "Herr"/"Frau".
    private func personName(_ person: OParlObject) -> String? {
        if let given = person.text("givenName"), let family = person.text("familyName") { return "\(given) \(family)" }
        guard var name = person.text("name") else { return nil }
        if let address = person.text("formOfAddress"), name.hasPrefix(address + " ") { name.removeFirst(address.count + 1) }
        return name
    }

    /// The group the person sits for: `onBehalfOf` of their membership here, else their latest Fraktion.
    private func party(of url: String, person: OParlObject) -> String? {
        let memberships = membershipsByPerson[url] ?? []
        if let group = memberships.first(where: { $0.reference("organization") == organizationID })?.reference("onBehalfOf"),
           let name = groupName(group) {
            return name
        }
        let groups = memberships.filter { membership in
            membership.reference("organization").flatMap { collection[$0]?.object.text("organizationType") }?.lowercased().contains("fraktion") == true
        }
        let latest = groups.max { ($0.raw("startDate") ?? "") < ($1.raw("startDate") ?? "") }
        return latest?.reference("organization").flatMap(groupName)
    }

    /// A party group as members' parties are written: its short name ("CDU"), else its name.
    private func groupName(_ url: String) -> String? {
        guard let group = collection[url]?.object else { return nil }
        return group.text("shortName") ?? group.text("name")
    }

    /// A body as a reader recognises it in a history: its name ("Schulausschuss"), else its short name.
    private func bodyName(_ url: String) -> String? {
        guard let body = collection[url]?.object else { return nil }
        return body.text("name") ?? body.text("shortName")
    }

    // MARK: Meetings

    /// Consultations by the agenda item they were dealt with at and by their own URL (an item names either), each with its paper.
    private func consultationsByAgendaItem() -> [String: OParlObject] {
        var found: [String: OParlObject] = [:]
        for consultation in collection.objects("Consultation") {
            var object = consultation.object
            if object.reference("paper") == nil, let paper = consultation.parent {
                var members = object.members
                members["paper"] = .string(paper)
                object = OParlObject(members)
            }
            if let item = object.reference("agendaItem") { found[item] = object }
            if let id = object.id { found[id] = object }
        }
        return found
    }

    private func consultationsOf(paper: String) -> [OParlObject] {
        consultationsByPaper[paper] ?? []
    }

    private func meeting(_ object: OParlObject, id: String, date: String, time clock: String, existing: Meeting?,
                         consultations: [String: OParlObject], matters: inout [String: Matter], ids: inout OParlIDs,
                         summary: inout OParlSummary) -> (Meeting, MeetingRecord?) {
        let items = (object.id.flatMap { itemsByMeeting[$0] } ?? [])
            .sorted { ($0.object.integer("order") ?? $0.position) < ($1.object.integer("order") ?? $1.position) }
        var sections: [AgendaSection] = []
        var section: AgendaSection?
        var closed = false
        var agenda: [AgendaItem] = []
        var outcomes: [ItemRecord] = []
        var struck: [String] = []
        var taken = Set(items.compactMap { $0.object.id.flatMap { ids.agendaItems[$0] } })
        for found in items {
            let item = found.object
            guard let url = item.id else { continue }
            if item.isDeleted { summary.skip("AgendaItem", item.text("name") ?? url, .deleted); continue }
            if OParlVocabulary.isSectionHeading(number: item.text("number"), name: item.text("name")), let name = item.text("name") {
                let heading = AgendaSection(id: FreeIdentifier.free(identifier(name, fallback: "teil"), notIn: Set(sections.map(\.id))), title: name)
                sections.append(heading)
                section = heading
                closed = OParlVocabulary.isClosedSection(name)
                continue
            }
            let consultation = item.reference("consultation").flatMap { consultations[$0] } ?? consultations[url]
            let paperURL = consultation?.reference("paper")
            let matterID = paperURL.flatMap { ids.papers[$0] }.flatMap { matters[$0] != nil ? $0 : nil }
            if let paperURL, collection[paperURL] == nil { summary.drop(.absentPaper, paperURL) }
            guard let title = item.text("name") ?? matterID.flatMap({ matters[$0]?.title }) else {
                summary.skip("AgendaItem", url, .noName)
                continue
            }
            if section == nil {
                let opening = AgendaSection(id: identifier(options.agendaSection, fallback: "tagesordnung"), title: options.agendaSection)
                sections.append(opening)
                section = opening
            }
            let number = agenda.count + 1
            let itemID = ids.agendaItems[url] ?? FreeIdentifier.free("top-\(number)", notIn: taken)
            taken.insert(itemID)
            ids.agendaItems[url] = itemID
            // Numbers are unique within a section: a closed part that counts from 1 again keeps its own numbers.
            var printed = uniqueLabel(item.text("number"), taken: Set(agenda.filter { $0.section == section!.id }.map(\.printedNumber)))
            // A label is what an agenda prints beside the item, at most twenty characters: a longer "number"
            // (a sentence some systems put there) leaves the item numbered in order, and is said so.
            if let long = printed, long.count > AgendaItem.labelLimit {
                summary.renumbered.append(.init(what: url, number: long, now: number))
                printed = nil
            }
            agenda.append(AgendaItem(id: itemID, number: number, section: section!.id, matter: matterID,
                                     title: matterID.flatMap { matters[$0]?.title } == title ? nil : title,
                                     confidential: (item.bool("public") == false || closed) ? true : nil,
                                     label: printed == "\(number)" ? nil : printed))
            summary.count(.agendaItem, isNew: existing?.agenda.contains { $0.id == itemID } != true)
            if let resolution = item.object("resolutionFile") {
                if let matterID, let attachment = attachment(resolution, taken: matters[matterID]!.attachments) {
                    matters[matterID]!.attachments.append(attachment)
                } else if matterID == nil {
                    summary.drop(.fileWithoutPaper, resolution.id ?? resolution.raw("accessUrl") ?? url)
                }
            }
            if date < options.today, OParlVocabulary.isStruck(item.raw("result")) {
                struck.append(itemID)
            } else if date < options.today, let outcome = outcome(item, itemID: itemID) {
                outcomes.append(outcome)
            }
        }
        // Agenda items of a meeting in a section of their own keep their numbers within it.
        let meeting = Meeting(id: id, date: date, time: clock, place: place(object), sections: sections, agenda: agenda,
                              sent: existing?.sent ?? time.day(object.object("invitation")?.raw("date")) ?? (date < options.today ? nil : options.today))
        // The council refers to its items by their agenda numbers; Docket gives them no § of its own.
        var record = outcomes.isEmpty && struck.isEmpty ? nil : MeetingRecord(meeting: id, firstParagraph: 1, items: outcomes)
        record?.unnumbered = true
        // "abgesetzt": struck from the agenda at the meeting, not handled.
        record?.agendaChanges = struck.map(AgendaChange.struck)
        return (meeting, record)
    }

    /// "5.1" as given, "1" for "1."; a number two items of a section share ("14" and "14.") kept apart as written;
    /// one given twice is no label (the item is numbered in order): a label is never invented.
    private func uniqueLabel(_ number: String?, taken: Set<String>) -> String? {
        guard let number else { return nil }
        let trimmed = number.hasSuffix(".") && number.count > 1 ? String(number.dropLast()) : number
        return [trimmed, number].first { !taken.contains($0) }
    }

    private func place(_ meeting: OParlObject) -> String {
        guard let location = meeting.object("location") else { return "–" }
        let written = location.text("description")
            ?? [location.text("room"), location.text("streetAddress"), location.text("locality")].compactMap { $0 }.joined(separator: ", ")
        // "Rathaus, Sitzungssaal, ," as some systems write an address with empty parts: the empty parts go.
        let parts = written.split(separator: ",").compactMap { OParlObject.normalised(String($0)) }
        return parts.isEmpty ? "–" : parts.joined(separator: ", ")
    }

    /// The decision a result names, with the resolution's text as its clauses; any other result kept as written.
    private func outcome(_ item: OParlObject, itemID: String) -> ItemRecord? {
        // A flattened vote table keeps its rows, one after another: "Ja: 12; Nein: 3; Enthaltungen: 1".
        let result = item.raw("result").flatMap { text in
            OParlObject.normalised(text.split(whereSeparator: \.isNewline).compactMap { OParlObject.normalised(String($0)) }.joined(separator: "; "))
        }
        let resolution = item.raw("resolutionText").map(paragraphs) ?? []
        guard result != nil || !resolution.isEmpty else { return nil }
        var record = ItemRecord(item: itemID)
        let category = known(\.categories, result) ?? OParlVocabulary.category(result)
        // A referral is a decision only with the body it goes to; one that names none is kept as written.
        let body = category == .referred ? OParlVocabulary.referralBody(result) : nil
        if let category, category != .referred || body != nil {
            record.decision = Decision(category: category, clauses: resolution, referredTo: body)
        } else {
            record.result = ([result].compactMap { $0 } + resolution).joined(separator: "\n")
        }
        return record
    }

    // MARK: Papers

    private func matter(_ paper: OParlObject, id: String, existing: Matter?, meetingURLs: Set<String>, consulted: [OParlObject]) -> Matter {
        let reference = paper.text("reference")!
        var matter = existing ?? Matter(id: id, diaryNumber: reference, title: "", kind: .other)
        matter.diaryNumber = reference
        matter.title = paper.text("name") ?? reference
        matter.kind = known(\.kinds, paper.text("paperType")) ?? OParlVocabulary.kind(paper.text("paperType"))
        // A main file that is plain text is read as the report below, not listed again as a file.
        let main = paper.objects("mainFile").filter { !($0.raw("mimeType") == "text/plain" && $0.raw("text") != nil) }
        let files = main + paper.objects("auxiliaryFile")
        var attachments: [Attachment] = []
        for file in files {
            if let attachment = attachment(file, taken: attachments) { attachments.append(attachment) }
        }
        // Files the store holds itself (a path) stay; those from OParl are as the server lists them now.
        matter.attachments = matter.attachments.filter { $0.path != nil } + attachments
        if let text = paper.object("mainFile")?.raw("text"), let date = time.day(paper.raw("date")) {
            let document = MatterDocument(id: "vorlage", kind: .report, title: paper.text("paperType") ?? "Vorlage", date: date,
                                          sections: [DocumentSection(heading: paper.text("name") ?? reference, paragraphs: paragraphs(text))])
            matter.documents = [document] + matter.documents.filter { $0.id != document.id }
        }
        var history: [ReferralEvent] = []
        if let date = time.day(paper.raw("date")) {
            let from = (paper.references("underDirectionOf") + paper.references("originatorOrganization")).compactMap(bodyName).first
                ?? paper.references("originatorPerson").compactMap { collection[$0].flatMap { personName($0.object) } }.first
            let motion = paper.text("paperType")?.lowercased().contains("antrag") == true
            history.append(ReferralEvent(date: date, kind: motion ? .submitted : .reported, from: from, to: organization.text("name"),
                                         note: paper.text("paperType")))
        }
        // Consultations at this organization's meetings show as agenda entries; the others are the path through other bodies.
        for consultation in consulted {
            guard let meetingURL = consultation.reference("meeting"), !meetingURLs.contains(meetingURL),
                  let meeting = collection[meetingURL]?.object, !meeting.isDeleted, let date = time.day(meeting.raw("start")) else { continue }
            let bodies = consultation.references("organization").compactMap(bodyName)
            let to = bodies.isEmpty ? meeting.text("name") : bodies.joined(separator: ", ")
            history.append(ReferralEvent(date: date, kind: .other, to: to, note: consultation.text("role")))
        }
        let kept = matter.history.filter { event in !history.contains { $0.date == event.date && $0.kind == event.kind && $0.to == event.to } }
        matter.history = (kept + history).sorted { $0.date < $1.date }
        return matter
    }

    /// A file by its title, media type and address; one without an http(s) address or a title is left out.
    private func attachment(_ file: OParlObject, taken: [Attachment]) -> Attachment? {
        guard let url = file.raw("accessUrl") ?? file.raw("downloadUrl"), url.hasPrefix("https://") || url.hasPrefix("http://"),
              let title = file.text("name") ?? file.text("fileName") else { return nil }
        if taken.contains(where: { $0.url == url }) { return nil }
        let mediaType = file.raw("mimeType").flatMap { $0.wholeMatch(of: /[a-z0-9.+-]+\/[a-z0-9.+-]+/) != nil ? $0 : nil }
        return Attachment(id: FreeIdentifier.first("datei", notIn: Set(taken.map(\.id))), title: title, mediaType: mediaType, url: url)
    }

    private func paragraphs(_ text: String) -> [String] {
        // Paragraphs part at an empty line, whether lines end in "\n" or "\r\n".
        text.split(separator: /\r?\n[ \t]*\r?\n/).compactMap { OParlObject.normalised(String($0)) }
    }

    /// The value whose word in Docket's own vocabulary is this text, whatever its case.
    private func known<Value>(_ table: KeyPath<OParlExport.Words, [Value: String]>, _ text: String?) -> Value? {
        guard let text = text?.lowercased() else { return nil }
        for words in options.known {
            if let found = words[keyPath: table].first(where: { $0.value.lowercased() == text }) { return found.key }
        }
        return nil
    }

    private func identifier(_ text: String, fallback: String) -> String {
        let id = FreeIdentifier.from(text)
        return id.isEmpty ? fallback : id
    }
}
