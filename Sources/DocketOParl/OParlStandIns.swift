import DocketJSON

/// What a dump may lack: a `Body` that every object names by URL only, `Organization`s that
/// meetings name by URL only. Stand-ins are made from those URLs, named by what any object
/// says of them (the System's name for a body, the name its meetings share for an organization), else by the URL's last part, and counted, so that such a dump imports whole.
extension OParlCollection {
    public struct StandIns: Equatable, Sendable {
        /// Body URLs made stand-ins for, in order.
        public var bodies: [String] = []
        /// Organization URLs made stand-ins for, in order.
        public var organizations: [String] = []
    }

    /// Adds the stand-ins the data needs; returns what was made.
    public mutating func addingStandIns() -> StandIns {
        var made = StandIns()
        let meetings = objects("Meeting").map(\.object)
        let organizationURLs = meetings.flatMap { $0.references("organization") }
        if objects("Body").isEmpty {
            // Named by the objects that point at it, else found in the URL of an organization or a meeting ("…/body/1/meeting/5").
            var urls = (objects("Organization") + objects("Paper") + objects("Person")).compactMap { $0.object.reference("body") }
            urls += (organizationURLs + meetings.compactMap(\.id)).compactMap(OParlCollection.bodyURL)
            let systemName = objects("System").first?.object.text("name")
            for url in urls where self[url] == nil && !made.bodies.contains(url) {
                made.bodies.append(url)
                let name = systemName ?? OParlCollection.lastPart(of: url)
                add(standIn: ["id": .string(url), "type": .string("https://schema.oparl.org/1.1/Body"), "name": .string(name)])
            }
        }
        for url in organizationURLs where self[url] == nil && !made.organizations.contains(url) {
            made.organizations.append(url)
            var members: JSONObject = ["id": .string(url), "type": .string("https://schema.oparl.org/1.1/Organization"),
                                       "name": .string(meetingsName(of: url, in: meetings) ?? OParlCollection.lastPart(of: url))]
            if let body = OParlCollection.bodyURL(url) ?? objects("Body").first?.object.id { members["body"] = .string(body) }
            add(standIn: members)
        }
        return made
    }

    /// The name most of an organization's meetings share, without their numbers and dates
    /// ("3. Sitzung Bauausschuss am 12.03.2024" → "Sitzung Bauausschuss"): what a council calls its meetings names the committee.
    func meetingsName(of organization: String, in meetings: [OParlObject]) -> String? {
        let names = meetings.filter { $0.references("organization").contains(organization) }.compactMap { meeting in
            meeting.text("name").map { name in
                name.replacing(/^\d+\.\s*/, with: "").replacing(/\s*(am|vom|den)?\s*\d{1,2}\.\d{1,2}\.\d{2,4}$/, with: "")
            }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let counted = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        guard let (name, count) = counted.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 > names.count else { return nil }
        return name
    }

    /// "https://ris.example.de/oparl/body/1" from an URL below it.
    static func bodyURL(_ url: String) -> String? {
        guard let range = url.range(of: "/body/") else { return nil }
        let rest = url[range.upperBound...]
        guard let id = rest.split(separator: "/").first, !id.isEmpty else { return nil }
        return String(url[..<range.upperBound]) + id
    }

    static func lastPart(of url: String) -> String {
        String(url.split(separator: "/").last ?? Substring(url))
    }
}
