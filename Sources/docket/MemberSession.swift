import DocketText
import ArgumentParser
import DocketCore
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

/// A loaded store and the member using it: what every command that reads or
/// writes a member's data starts from.
struct MemberSession {
    let root: String
    let contents: StoreContents
    let loader: StoreLoader
    let identity: Identity
    let today: String
    /// What could not be read, when the session opened the rest of the store anyway.
    let problems: [StoreProblem]
    /// Where this store's private data lives.
    let privateLocation: PrivateLocation
    /// The language Docket speaks to this person.
    let language: InterfaceLanguage

    var strings: Strings { Strings.for(language) }

    /// The store as the member sees it. Commands stop at any problem; the
    /// interface (`allowingDamage`) opens the rest of the store and names the
    /// damaged files, and stops only when docket.json or committee.json is unusable.
    /// `upcomingMattersOnly`: the interface opens with the matters of meetings from today on and reads the rest when needed.
    static func open(_ path: String, asMember: String?, language flag: InterfaceLanguage? = nil, allowingDamage: Bool = false,
                     upcomingMattersOnly: Bool = false) throws -> MemberSession {
        let loader = try StoreLoading.loader(path)
        // Today where the day begins last, so that no zone's meeting of today is left out.
        let result = try StoreLoading.load(loader, matters: upcomingMattersOnly ? .onMeetingsFrom(Calendar.today(in: "Etc/GMT+12")) : .all)
        guard result.isValid || allowingDamage, let contents = result.contents else {
            try StoreLoading.fail(with: result.problems, store: path)
        }
        let today = Calendar.today(in: contents.committee.timeZone)
        do {
            let identity = try Identity.resolve(store: contents, asMember: asMember, environment: StoreLocation.environment,
                                                account: SystemAccount.login, today: today)
            let location = PrivateLocation.resolve(dataDirectory: StoreLocation.dataDirectory, storeID: contents.manifest.storeId, storeRoot: path)
            let language = LanguageChoice.language(flag: flag, environment: StoreLocation.environment,
                                                   setting: StoreLocation.settings(schemas: loader.reader.schemas).load().settings.language, committee: contents.committee.locale)
            if identity.member != nil, let original = location.copyOf {
                Console.error("docket: \(Strings.for(language).storeCopy(original))")
            }
            return MemberSession(root: path, contents: contents, loader: loader, identity: identity, today: today, problems: result.problems,
                                 privateLocation: location, language: language)
        } catch {
            Console.error("docket: \(InertText.make(error.description(in: CLIWords.currentLanguage)))")
            throw ExitStatus.usage
        }
    }

    /// What went wrong with a write, naming whose file it is when the operating system refused it.
    func explained(_ error: WriteError) -> String {
        error.explained(storeRoot: root, committee: contents.committee, date: today, language: language)
    }

    var timeZone: TimeZone { TimeZone(identifier: contents.committee.timeZone) ?? .current }

    /// The member's notes, or nil in a read-only session.
    var noteStore: NoteStore? {
        guard let member = identity.member else { return nil }
        return NoteStore(member: member.id, privateDirectory: privateLocation.member(member.id), reader: loader.reader)
    }

    /// The member's positions and read marks, or nil in a read-only session.
    var positionStore: PositionStore? {
        guard let member = identity.member else { return nil }
        return PositionStore(member: member.id, privateDirectory: privateLocation.member(member.id), reader: loader.reader)
    }

    /// Positions on these meetings that this person can see.
    func loadPositions(meetings: [String]) -> (positions: [VisiblePosition], problems: [StoreProblem]) {
        let members = contents.committee.members.map(\.id)
        let accounts = MemberAccounts(contents)
        return positionStore?.load(meetings: meetings, members: members, accounts: accounts)
            ?? PositionStore.loadShared(meetings: meetings, members: members, reader: loader.reader, accounts: accounts)
    }

    func meeting(_ id: String) throws -> Meeting {
        guard let meeting = contents.meetings.first(where: { $0.id == id }) else {
            Console.error("docket: " + CLIWords.current.noMeeting(InertText.make(id), contents.meetings.map(\.id).joined(separator: ", ")))
            throw ExitStatus.usage
        }
        return meeting
    }

    /// A matter by id, or by diary number when exactly one matter has it.
    func matter(_ reference: String) throws -> Matter {
        if let matter = contents.matters[reference] { return matter }
        let matching = contents.matters.values.filter { $0.diaryNumber == reference }.sorted { $0.id < $1.id }
        switch matching.count {
        case 1: return matching[0]
        case 0:
            Console.error("docket: " + CLIWords.current.noMatter(InertText.make(reference)))
            throw ExitStatus.usage
        default:
            Console.error("docket: " + CLIWords.current.severalMatters(InertText.make(reference), matching.map(\.id).joined(separator: ", ")))
            throw ExitStatus.usage
        }
    }
}

extension Calendar {
    /// Today's date in a committee's time zone, as YYYY-MM-DD.
    static func today(in zone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
