import DocketJSON
import DocketModel

/// A committee's store written as OParl 1.1: System, Body, the committee as an
/// Organization (and its party groups), Person with Membership, Meeting with
/// AgendaItem, Paper with File and Consultation. Public data only: no
/// confidential item (nor a matter only they carry), no notes, no positions, no
/// logins, no attachment kept only in the store without a public address.
/// Every object is a file of its own under its id's path, and each kind is
/// listed in a paged-list file as servers give them, so the folder can be
/// published as it is under `baseURL`.
public struct OParlExport {
    /// A vocabulary: the words an export writes for Docket's values, and an import recognises back.
    public struct Words: Sendable {
        /// "sv", "en", "de": the language, kept with an imported store so that its export speaks it again.
        public var language: String
        public var roles: [MemberRole: String]
        public var kinds: [MatterKind: String]
        public var categories: [Decision.Category: String]
        /// A consultation's role: the committee decides it, or considers it (before another body decides), or takes note.
        public var consultationRoles: [ConsultationRole: String]
        public var meetingName: @Sendable (_ committee: String, _ date: String) -> String

        public init(language: String, roles: [MemberRole: String], kinds: [MatterKind: String], categories: [Decision.Category: String],
                    consultationRoles: [ConsultationRole: String], meetingName: @escaping @Sendable (String, String) -> String) {
            self.language = language
            self.roles = roles
            self.kinds = kinds
            self.categories = categories
            self.consultationRoles = consultationRoles
            self.meetingName = meetingName
        }
    }

    public enum ConsultationRole: Sendable, CaseIterable {
        case decision, consideration, information
    }

    /// The export: JSON files by path below the output folder, and the report texts as plain text files.
    public struct Output: Sendable {
        public var json: [String: JSONValue] = [:]
        public var text: [String: String] = [:]
        public var objectCount = 0
    }

    let store: StoreContents
    let base: String
    let words: Words
    let time: OParlTime

    public init(store: StoreContents, baseURL: String, words: Words) {
        self.store = store
        self.base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.words = words
        self.time = OParlTime(timeZone: .init(identifier: store.committee.timeZone) ?? .current)
    }

    static let version = "https://schema.oparl.org/1.1/"

    private func url(_ path: String) -> String { "\(base)/\(path).json" }
    private func type(_ kind: String) -> JSONValue { .string("https://schema.oparl.org/1.1/\(kind)") }

    public func run() -> Output {
        var output = Output()
        let committee = store.committee
        let body = url("body/\(committee.id)")
        let organization = url("organization/\(committee.id)")
        func file(_ path: String, _ object: JSONObject) {
            output.json[path + ".json"] = .object(object)
            output.objectCount += 1
        }
        func list(_ path: String, _ items: [JSONObject]) {
            let address = url(path)
            output.json[path + ".json"] = .object([
                "data": .array(items.map { .object($0) }),
                "pagination": .object(["totalElements": .number("\(items.count)"), "elementsPerPage": .number("\(max(1, items.count))"),
                                       "currentPage": .number("1"), "totalPages": .number("1")]),
                "links": .object(["first": .string(address), "self": .string(address), "last": .string(address)]),
            ])
        }

        // Meetings and their public items, and the matters those items carry.
        let meetings = store.meetings.sorted { ($0.date, $0.time) < ($1.date, $1.time) }
        var consultations: [String: [(path: String, object: JSONObject)]] = [:]
        var meetingObjects: [JSONObject] = []
        for meeting in meetings {
            let meetingURL = url("meeting/\(meeting.id)")
            var items: [JSONValue] = []
            for (order, item) in meeting.agenda.enumerated() where !item.isConfidential {
                let itemURL = url("agendaitem/\(meeting.id)/\(item.id)")
                let matter = item.matter.flatMap { store.matters[$0] }
                var object: JSONObject = ["id": .string(itemURL), "type": type("AgendaItem"), "meeting": .string(meetingURL),
                                          "number": .string(item.printedNumber), "order": .number("\(order + 1)"),
                                          "name": .string(item.title ?? matter?.title ?? item.printedNumber), "public": .bool(true)]
                if let matter {
                    let consultationPath = "consultation/\(meeting.id)/\(item.id)"
                    let consultationURL = url(consultationPath)
                    object["consultation"] = .string(consultationURL)
                    let decision = store.records[meeting.id]?.record(of: item.id)?.decision
                    consultations[matter.id, default: []].append((consultationPath, [
                        "id": .string(consultationURL), "type": type("Consultation"), "paper": .string(url("paper/\(matter.id)")),
                        "agendaItem": .string(itemURL), "meeting": .string(meetingURL), "organization": .array([.string(organization)]),
                        "authoritative": .bool(decision != nil), "role": .string(role(of: matter, decision: decision)),
                    ]))
                }
                if let outcome = store.records[meeting.id]?.record(of: item.id) {
                    if let decision = outcome.decision {
                        object["result"] = .string(words.categories[decision.category] ?? decision.category.rawValue)
                        if !decision.clauses.isEmpty { object["resolutionText"] = .string(decision.clauses.joined(separator: "\n\n")) }
                    } else if let result = outcome.result {
                        object["result"] = .string(result)
                    }
                }
                file("agendaitem/\(meeting.id)/\(item.id)", object)
                items.append(.object(object))
            }
            var object: JSONObject = ["id": .string(meetingURL), "type": type("Meeting"), "name": .string(words.meetingName(committee.name, meeting.date)),
                                      "organization": .array([.string(organization)]), "agendaItem": .array(items)]
            if let start = time.timestamp(date: meeting.date, time: meeting.time) { object["start"] = .string(start) }
            let location: JSONObject = ["id": .string(url("location/\(meeting.id)")), "type": type("Location"), "description": .string(meeting.place),
                                        "meetings": .array([.string(meetingURL)])]
            object["location"] = .object(location)
            file("location/\(meeting.id)", location)
            file("meeting/\(meeting.id)", object)
            meetingObjects.append(object)
        }
        list("meetings", meetingObjects)

        // Papers: the matters a public item carried, and those on no agenda yet (a consultation without a meeting);
        // a matter that only confidential items carry is left out.
        let onAgendas = Set(store.meetings.flatMap(\.agenda).compactMap(\.matter))
        var paperObjects: [JSONObject] = []
        for matter in store.matters.values.sorted(by: { $0.id < $1.id }) {
            let paperURL = url("paper/\(matter.id)")
            var consulted = consultations[matter.id] ?? []
            if consulted.isEmpty {
                guard !onAgendas.contains(matter.id) else { continue }
                let path = "consultation/paper/\(matter.id)"
                consulted = [(path, ["id": .string(url(path)), "type": type("Consultation"), "paper": .string(paperURL),
                                     "organization": .array([.string(organization)]), "authoritative": .bool(false),
                                     "role": .string(role(of: matter, decision: nil))])]
            }
            var object: JSONObject = ["id": .string(paperURL), "type": type("Paper"), "body": .string(body), "name": .string(matter.title),
                                      "reference": .string(matter.diaryNumber), "paperType": .string(words.kinds[matter.kind] ?? matter.kind.rawValue)]
            if let date = matter.report?.date ?? matter.history.first?.date { object["date"] = .string(date) }
            if let report = matter.report {
                let path = "files/\(matter.id)/\(report.id).txt"
                output.text[path] = ([report.title] + report.sections.flatMap { [$0.heading] + $0.paragraphs }).joined(separator: "\n\n")
                let main = fileObject(url("file/\(matter.id)/\(report.id)"), name: report.title, mediaType: "text/plain",
                                      date: report.date, access: "\(base)/\(path)", text: output.text[path], paper: paperURL)
                file("file/\(matter.id)/\(report.id)", main)
                object["mainFile"] = .object(main)
            }
            let files = matter.attachments.compactMap { attachment -> JSONValue? in
                guard let address = attachment.url else { return nil }
                let auxiliary = fileObject(url("file/\(matter.id)/\(attachment.id)"), name: attachment.title, mediaType: attachment.mediaType,
                                           date: nil, access: address, text: nil, paper: paperURL)
                file("file/\(matter.id)/\(attachment.id)", auxiliary)
                return .object(auxiliary)
            }
            if !files.isEmpty { object["auxiliaryFile"] = .array(files) }
            object["consultation"] = .array(consulted.map { .object($0.object) })
            for consultation in consulted { file(consultation.path, consultation.object) }
            file("paper/\(matter.id)", object)
            paperObjects.append(object)
        }
        list("papers", paperObjects)

        // People, their memberships, and the party groups they sit for.
        // Party groups by their paths.
        var parties: [String: String] = [:]
        for party in Set(committee.members.compactMap(\.party)).sorted() {
            parties[party] = "organization/party-\(FreeIdentifier.from(party).isEmpty ? "group" : FreeIdentifier.from(party))"
        }
        var personObjects: [JSONObject] = []
        var membershipURLs: [JSONValue] = []
        for member in committee.members {
            let personURL = url("person/\(member.id)")
            let memberships = member.terms.enumerated().map { index, term -> JSONValue in
                let id = url("membership/\(member.id)/\(index + 1)")
                membershipURLs.append(.string(id))
                var membership: JSONObject = ["id": .string(id), "type": type("Membership"), "person": .string(personURL),
                                              "organization": .string(organization), "role": .string(words.roles[term.role] ?? term.role.rawValue),
                                              "votingRight": .bool(term.role != .substitute && term.role != .clerk), "startDate": .string(term.from)]
                if let end = term.to { membership["endDate"] = .string(end) }
                if let party = member.party.flatMap({ parties[$0] }) { membership["onBehalfOf"] = .string(url(party)) }
                file("membership/\(member.id)/\(index + 1)", membership)
                return .object(membership)
            }
            var object: JSONObject = ["id": .string(personURL), "type": type("Person"), "body": .string(body), "name": .string(member.name),
                                      "membership": .array(memberships)]
            if let (given, family) = Self.givenAndFamilyName(member.name) {
                object["givenName"] = .string(given)
                object["familyName"] = .string(family)
            }
            file("person/\(member.id)", object)
            personObjects.append(object)
        }
        list("people", personObjects)

        var organizations: [(path: String, object: JSONObject)] = [("organization/\(committee.id)", [
            "id": .string(organization), "type": type("Organization"), "body": .string(body), "name": .string(committee.name),
            "shortName": .string(committee.shortName), "organizationType": .string("Gremium"), "classification": .string("committee"),
            "membership": .array(membershipURLs), "meeting": .string(url("meetings")),
        ])]
        for (party, path) in parties.sorted(by: { $0.key < $1.key }) {
            organizations.append((path, ["id": .string(url(path)), "type": type("Organization"), "body": .string(body), "name": .string(party),
                                         "shortName": .string(party), "organizationType": .string("Fraktion")]))
        }
        for organization in organizations { file(organization.path, organization.object) }
        list("organizations", organizations.map(\.object))

        file("body/\(committee.id)", [
            "id": .string(body), "type": type("Body"), "system": .string(url("system")), "name": .string(committee.municipality),
            "shortName": .string(committee.municipality), "organization": .string(url("organizations")), "person": .string(url("people")),
            "meeting": .string(url("meetings")), "paper": .string(url("papers")), "legislativeTerm": .array([]),
        ])
        list("bodies", [["id": .string(body), "type": type("Body"), "system": .string(url("system")), "name": .string(committee.municipality),
                         "organization": .string(url("organizations")), "person": .string(url("people")), "meeting": .string(url("meetings")),
                         "paper": .string(url("papers")), "legislativeTerm": .array([])]])
        file("system", ["id": .string(url("system")), "type": type("System"), "oparlVersion": .string(OParlExport.version),
                        "body": .string(url("bodies")), "name": .string("Docket: \(committee.name), \(committee.municipality)")])
        return output
    }

    /// "Karin Holmberg" → ("Karin", "Holmberg"): the last word is the family name. A name of one word, or with
    /// a particle before its last word ("Ursula von der Leyen"), is not split: a guess would be wrong.
    public static func givenAndFamilyName(_ name: String) -> (String, String)? {
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.dropLast().last?.first, first.isUppercase else { return nil }
        return (words.dropLast().joined(separator: " "), String(words.last!))
    }

    /// How the committee dealt with the matter: it decided, it only took note, or (not decided yet, or sent on) it considered it.
    private func role(of matter: Matter, decision: Decision?) -> String {
        let role: ConsultationRole = switch decision?.category {
        case .noted?: .information
        case .accordingToProposal?, .amended?, .rejected?: .decision
        case nil where matter.kind == .information: .information
        default: .consideration
        }
        return words.consultationRoles[role] ?? "\(role)"
    }

    private func fileObject(_ id: String, name: String, mediaType: String?, date: String?, access: String, text: String?, paper: String) -> JSONObject {
        var object: JSONObject = ["id": .string(id), "type": type("File"), "name": .string(name), "accessUrl": .string(access), "paper": .array([.string(paper)])]
        if let mediaType { object["mimeType"] = .string(mediaType) }
        if let date { object["date"] = .string(date) }
        if let text { object["text"] = .string(text) }
        return object
    }
}
