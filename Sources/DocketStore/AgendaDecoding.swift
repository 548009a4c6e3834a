import DocketJSON
import DocketModel

/// A meeting's file read field by field: an archive's meetings hold ten thousand agenda items, and the
/// generic decoder spent more on them than the parser did. Gives what `Decodable` gives (a test compares).
extension Meeting: JSONValueInitializable {
    public init(json: JSONValue) throws(JSONFieldError) {
        let fields = try JSONFields(json, as: "meeting")
        self.init(id: try fields.string("id"), date: try fields.string("date"), time: try fields.string("time"), place: try fields.string("place"),
                  sections: try fields.list("sections", of: AgendaSection.self), agenda: try fields.list("agenda", of: AgendaItem.self),
                  sent: try fields.optionalString("sent"))
    }
}

extension AgendaSection: JSONValueInitializable {
    public init(json: JSONValue) throws(JSONFieldError) {
        let fields = try JSONFields(json, as: "section")
        self.init(id: try fields.string("id"), title: try fields.string("title"))
    }
}

extension AgendaItem: JSONValueInitializable {
    public init(json: JSONValue) throws(JSONFieldError) {
        let fields = try JSONFields(json, as: "agenda item")
        let procedure = try fields.optionalString("procedure")
        let known = try procedure.map { name throws(JSONFieldError) -> Procedure in
            guard let known = Procedure(rawValue: name) else { throw JSONFieldError(field: "procedure", found: name) }
            return known
        }
        self.init(id: try fields.string("id"), number: try fields.int("number"), section: try fields.string("section"),
                  matter: try fields.optionalString("matter"), proposals: try fields.optionalStrings("proposals"),
                  title: try fields.optionalString("title"), confidential: try fields.optionalBool("confidential"),
                  presenter: try fields.optionalString("presenter"), procedure: known, label: try fields.optionalString("label"))
    }
}
