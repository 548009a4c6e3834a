/// The store ids given to OParl objects, by their URLs: kept in the store
/// (`imports/oparl.json`) so that importing again updates the same meetings,
/// items, matters and members instead of making new ones. Written as a list of
/// links (kind, URL, id), sorted, so that the file diffs well.
public struct OParlIDs: Codable, Equatable, Sendable {
    /// The body's and the organization's URLs the store was imported from.
    public var body: String
    public var organization: String
    public var meetings: [String: String]
    /// Agenda items by URL: the item's id within its meeting.
    public var agendaItems: [String: String]
    public var papers: [String: String]
    public var people: [String: String]
    /// The language of the data's words ("de" for a German council's), which the store's export speaks again.
    public var vocabulary: String?

    public init(body: String, organization: String, meetings: [String: String] = [:], agendaItems: [String: String] = [:],
                papers: [String: String] = [:], people: [String: String] = [:]) {
        self.body = body
        self.organization = organization
        self.meetings = meetings
        self.agendaItems = agendaItems
        self.papers = papers
        self.people = people
    }

    private enum CodingKeys: String, CodingKey { case body, organization, links, vocabulary }

    private struct Link: Codable {
        enum Kind: String, Codable { case meeting, agendaItem = "agenda-item", paper, person }
        var kind: Kind
        var url: String
        var id: String
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(body: try container.decode(String.self, forKey: .body), organization: try container.decode(String.self, forKey: .organization))
        vocabulary = try container.decodeIfPresent(String.self, forKey: .vocabulary)
        for link in try container.decode([Link].self, forKey: .links) {
            switch link.kind {
            case .meeting: meetings[link.url] = link.id
            case .agendaItem: agendaItems[link.url] = link.id
            case .paper: papers[link.url] = link.id
            case .person: people[link.url] = link.id
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(body, forKey: .body)
        try container.encode(organization, forKey: .organization)
        try container.encodeIfPresent(vocabulary, forKey: .vocabulary)
        func links(_ kind: Link.Kind, _ ids: [String: String]) -> [Link] {
            ids.sorted { $0.key < $1.key }.map { Link(kind: kind, url: $0.key, id: $0.value) }
        }
        try container.encode(links(.person, people) + links(.meeting, meetings) + links(.agendaItem, agendaItems) + links(.paper, papers),
                             forKey: .links)
    }
}
