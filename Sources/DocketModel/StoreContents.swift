/// Everything an agenda reader needs from a store, as plain values.
public struct StoreContents: Equatable, Sendable {
    public var manifest: StoreManifest
    public var committee: Committee
    public var matters: [String: Matter]
    /// In date order, earliest first.
    public var meetings: [Meeting]
    /// Each matter's `revision`, computed once: read marks are checked against it on every frame.
    public let revisions: [String: String]
    /// The clerk's records, by meeting id, for meetings that have one.
    public var records: [String: MeetingRecord]

    public init(manifest: StoreManifest, committee: Committee, matters: [String: Matter], meetings: [Meeting],
                records: [String: MeetingRecord] = [:]) {
        self.records = records
        self.manifest = manifest
        self.committee = committee
        self.matters = matters
        self.meetings = meetings.sorted { ($0.date, $0.time, $0.id) < ($1.date, $1.time, $1.id) }
        self.revisions = matters.mapValues(\.revision)
    }

    public var agendaItemCount: Int {
        meetings.reduce(0) { $0 + $1.agenda.count }
    }
}
