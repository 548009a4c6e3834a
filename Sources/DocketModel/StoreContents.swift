import Foundation

/// Everything an agenda reader needs from a store, as plain values.
public struct StoreContents: Equatable, Sendable {
    public var manifest: StoreManifest
    public var committee: Committee
    public var matters: [String: Matter]
    /// In date order, earliest first.
    public var meetings: [Meeting]
    /// Each matter's `revision`, computed once: read marks are checked against it on every frame.
    public private(set) var revisions: [String: String]
    /// Matters whose files are in the store but not read yet: an archive opens with what the
    /// upcoming meetings need and reads a past meeting's matters when it is opened.
    public private(set) var unloadedMatters: Set<String>
    /// Meetings whose record file is in the store but not read yet (meetings of earlier years, in an archive).
    public private(set) var unloadedRecords: Set<String>
    /// The clerk's records, by meeting id, for meetings that have one.
    public var records: [String: MeetingRecord]

    public init(manifest: StoreManifest, committee: Committee, matters: [String: Matter], meetings: [Meeting],
                records: [String: MeetingRecord] = [:], unloadedMatters: Set<String> = [], unloadedRecords: Set<String> = []) {
        self.unloadedMatters = unloadedMatters
        self.unloadedRecords = unloadedRecords
        self.records = records
        self.manifest = manifest
        self.committee = committee
        self.matters = matters
        self.meetings = meetings.sorted { ($0.date, $0.time, $0.id) < ($1.date, $1.time, $1.id) }
        self.revisions = StoreContents.revisions(of: matters)
    }

    /// Every matter's revision, on every core: it reads all the text of the archive.
    static func revisions(of matters: [String: Matter]) -> [String: String] {
        let pairs = Array(matters)
        let slots = ConcurrentSlots<String>(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: pairs.count) { index in slots.set(index, pairs[index].value.revision) }
        return Dictionary(uniqueKeysWithValues: pairs.indices.map { (pairs[$0].key, slots.value(at: $0) ?? pairs[$0].value.revision) })
    }

    /// With matters read later (a past meeting opened, the archive searched) added; ids that could not be used are no longer waited for.
    public mutating func adding(_ loaded: [Matter], unusable: [String] = []) {
        for matter in loaded {
            matters[matter.id] = matter
            revisions[matter.id] = matter.revision
        }
        unloadedMatters.subtract(loaded.map(\.id) + unusable)
    }

    /// Records read later: they are records like the others now; ids that could not be used are no longer waited for.
    public mutating func markRecordsRead(_ meetings: [String]) {
        unloadedRecords.subtract(meetings)
    }

    /// The matters of meetings that are still to be read.
    public func unloaded(in meetings: [Meeting]) -> [String] {
        guard !unloadedMatters.isEmpty else { return [] }
        var ids: [String] = []
        for meeting in meetings {
            for id in meeting.agenda.compactMap(\.matter) where unloadedMatters.contains(id) && !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    public var agendaItemCount: Int {
        meetings.reduce(0) { $0 + $1.agenda.count }
    }
}
