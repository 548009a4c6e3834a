/// The `$id` of each file kind's schema in docs/schema.
enum StoreSchema {
    static let manifest = "urn:docket:schema:manifest"
    static let committee = "urn:docket:schema:committee"
    static let matter = "urn:docket:schema:matter"
    static let meeting = "urn:docket:schema:meeting"
    static let notes = "urn:docket:schema:notes"
    static let positions = "urn:docket:schema:positions"
    static let readMarks = "urn:docket:schema:readmarks"
    static let live = "urn:docket:schema:live"
    static let record = "urn:docket:schema:record"
    static let journalEntry = "urn:docket:schema:journal-entry"
    static let settings = "urn:docket:schema:settings"
    static let oparlIDs = "urn:docket:schema:oparl-ids"
}
