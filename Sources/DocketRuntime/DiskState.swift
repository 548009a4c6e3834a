import DocketModel

/// The live files and records as they are on disk, kept by the session so that
/// a write or another instance's change reloads only the meetings it touched,
/// not every meeting of the store. Filled on first use.
final class DiskState {
    private var records: [String: MeetingRecord]?
    private var live: [String: LiveMeeting]?
    /// The stamp each of my writes left on its file.
    private var ownStamps: [String: String] = [:]

    /// Every record, loading them all the first time.
    func records(_ loadAll: () -> [String: MeetingRecord]) -> [String: MeetingRecord] {
        if let records { return records }
        let loaded = loadAll()
        records = loaded
        return loaded
    }

    func live(_ loadAll: () -> [String: LiveMeeting]) -> [String: LiveMeeting] {
        if let live { return live }
        let loaded = loadAll()
        live = loaded
        return loaded
    }

    /// My write left `path` with `stamp`: the watcher will bring it back.
    func wrote(_ path: String, stamp: String?) {
        ownStamps[path] = stamp
    }

    /// Whether the file is still as my last write left it: nothing to read again.
    /// Another writer's rename puts a new inode there, so its change never matches.
    func isOwnWrite(_ path: String, stamp: String?) -> Bool {
        guard let stamp else { return false }
        return ownStamps[path] == stamp
    }

    /// Known as they are: the state a session starts from.
    func start(records: [String: MeetingRecord], live: [String: LiveMeeting]) {
        self.records = records
        self.live = live
    }

    /// The meetings' records as just read or written; nil where a meeting has none (or an unusable one).
    /// True when anything differs from what was known.
    @discardableResult
    func update(records fresh: [String: MeetingRecord?], loadAll: () -> [String: MeetingRecord]) -> Bool {
        var all = records(loadAll)
        for (meeting, record) in fresh { all[meeting] = record }
        defer { records = all }
        return all != records
    }

    @discardableResult
    func update(live fresh: [String: LiveMeeting?], loadAll: () -> [String: LiveMeeting]) -> Bool {
        var all = live(loadAll)
        for (meeting, file) in fresh { all[meeting] = file }
        defer { live = all }
        return all != live
    }
}
