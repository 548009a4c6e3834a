import DocketModel
import DocketStore
import Foundation

/// The store's meetings as this session knows them; one added meanwhile (by `docket meeting add`, an import)
/// is found by a look at the meetings folder every few seconds, read, and from then on watched like the rest.
final class KnownMeetings {
    private(set) var ids: [String]
    private var lastLook = Date()
    static let lookEvery: TimeInterval = 2

    init(_ ids: [String]) {
        self.ids = ids
    }

    /// Meetings whose folders appeared since the last look and whose file reads cleanly (one still being
    /// written is taken at a later look); nothing when the last look was too recent.
    func added(reader: StoreReader, now: Date = Date()) -> [Meeting] {
        guard now.timeIntervalSince(lastLook) >= Self.lookEvery else { return [] }
        lastLook = now
        let names = (try? reader.fileSystem.contentsOfDirectory(at: reader.path(StoreLayout.meetingsDirectory))) ?? []
        let fresh = names.filter { !$0.hasPrefix(".") && !ids.contains($0) }.compactMap { AgendaFiles(reader: reader).meeting($0) }
        ids += fresh.map(\.id)
        return fresh
    }
}
