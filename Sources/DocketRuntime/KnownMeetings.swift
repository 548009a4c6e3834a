import DocketModel
import DocketStore
import Foundation

/// The store's meetings as this session knows them; one added meanwhile (by `docket meeting add`, an import)
/// is found by a look at the meetings folder every few seconds, read, and from then on watched like the rest.
final class KnownMeetings {
    private(set) var ids: [String]
    /// Every meeting folder there was at the start or at a look, read or not: one the start left out
    /// (a damaged file, named in the banner) is not taken for a new meeting.
    private var seen: Set<String>
    private var lastLook = Date()
    static let lookEvery: TimeInterval = 2

    init(_ ids: [String], reader: StoreReader) {
        self.ids = ids
        seen = Set(KnownMeetings.folders(reader)).union(ids)
    }

    private static func folders(_ reader: StoreReader) -> [String] {
        ((try? reader.fileSystem.contentsOfDirectory(at: reader.path(StoreLayout.meetingsDirectory))) ?? []).filter { !$0.hasPrefix(".") }
    }

    /// Meetings whose folders appeared since the last look and whose file reads cleanly (one still being
    /// written is taken at a later look); nothing when the last look was too recent.
    func added(reader: StoreReader, now: Date = Date()) -> [Meeting] {
        guard now.timeIntervalSince(lastLook) >= Self.lookEvery else { return [] }
        lastLook = now
        let fresh = KnownMeetings.folders(reader).filter { !seen.contains($0) }.compactMap { AgendaFiles(reader: reader).meeting($0) }
        // A folder whose file is not there yet (or does not read cleanly) is looked at again next time.
        seen.formUnion(fresh.map(\.id))
        ids += fresh.map(\.id)
        return fresh
    }
}
