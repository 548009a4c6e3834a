import DocketModel
import Foundation

/// The checks no schema can make: real calendar dates, unique ids and diary
/// numbers, and references between files (members, matters, proposals,
/// sections, attachment files).
struct StoreConsistency {
    let reader: StoreReader
    /// Nil when committee.json could not be read: checks against members are then skipped.
    let committee: Committee?
    let committeeFile: String
    let matters: [LoadedFile<Matter>]
    /// The matters by id, built once: every meeting's references are checked against it.
    let matterByID: [String: Matter]
    let meetings: [LoadedFile<Meeting>]
    /// The records that passed their schema, by meeting id.
    private(set) var records: [String: MeetingRecord] = [:]
    /// Every matter file found, loaded or not, so that a reference to a broken
    /// file is not reported a second time as a reference to a missing one.
    let listedMatterIDs: Set<String>
    /// A shared store, whose people are the system's accounts: who made a file matters.
    let sharedAccounts: Bool
    /// The meetings whose records are read now; nil for all. The others' are read when needed.
    let recordsOf: Set<String>?
    /// Meetings with a record file not read now.
    private(set) var unreadRecords: Set<String> = []

    init(reader: StoreReader, committee: Committee?, committeeFile: String,
         matters: [LoadedFile<Matter>], meetings: [LoadedFile<Meeting>], listedMatterIDs: Set<String>, sharedAccounts: Bool,
         recordsOf: Set<String>? = nil) {
        self.sharedAccounts = sharedAccounts
        self.recordsOf = recordsOf
        self.reader = reader
        self.committee = committee
        self.committeeFile = committeeFile
        self.matters = matters
        self.matterByID = Dictionary(matters.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        self.meetings = meetings
        self.listedMatterIDs = listedMatterIDs
    }

    mutating func problems() -> [StoreProblem] {
        var problems: [StoreProblem] = []
        if let committee { check(committee, into: &problems) }
        checkDiaryNumbers(into: &problems)
        for matter in matters { check(matter, into: &problems) }
        let records = readRecords()
        for (index, meeting) in meetings.enumerated() {
            check(meeting, into: &problems)
            if let read = records.value(at: index) { use(read, of: meeting.value, into: &problems) }
            if let recordsOf, !recordsOf.contains(meeting.stem),
               reader.fileSystem.kind(at: reader.path(StoreLayout.record(meeting.stem))) != nil {
                unreadRecords.insert(meeting.stem)
            }
            checkLive(of: meeting.value, into: &problems)
        }
        return problems
    }

    // MARK: Committee

    private func check(_ committee: Committee, into problems: inout [StoreProblem]) {
        let root = JSONPath.root
        func report(_ path: JSONPath, _ message: String) {
            problems.append(StoreProblem(file: committeeFile, place: .value(path: path.description), kind: .content, message: message))
        }
        if TimeZone(identifier: committee.timeZone) == nil {
            report(root.key("timeZone"), "unknown time zone \"\(committee.timeZone)\"; expected a name such as Europe/Stockholm")
        }
        reportDuplicates(committee.administrations.map(\.id), what: "administration id", at: { root.key("administrations").index($0).key("id") }, report: report)
        reportDuplicates(committee.members.map(\.id), what: "member id", at: { root.key("members").index($0).key("id") }, report: report)
        reportDuplicates(committee.members.map(\.login), what: "login name", at: { root.key("members").index($0).key("login") }, report: report)
        for (memberIndex, member) in committee.members.enumerated() {
            for (termIndex, term) in member.terms.enumerated() {
                let path = root.key("members").index(memberIndex).key("terms").index(termIndex)
                checkDate(term.from, at: path.key("from"), report: report)
                if let end = term.to {
                    checkDate(end, at: path.key("to"), report: report)
                    if end < term.from { report(path.key("to"), "the term ends (\(end)) before it begins (\(term.from))") }
                }
            }
        }
    }

    // MARK: Matters

    private func checkDiaryNumbers(into problems: inout [StoreProblem]) {
        var firstFile: [String: String] = [:]
        for matter in matters {
            let number = matter.value.diaryNumber
            // A matter whose report gave no diary number waits for the clerk to complete it: no duplicate of another.
            guard !number.isEmpty else { continue }
            if let other = firstFile[number] {
                problems.append(StoreProblem(file: matter.file, place: .value(path: "$.diaryNumber"), kind: .reference,
                                             message: "the diary number \"\(number)\" is also used by \(other); each matter needs its own"))
            } else {
                firstFile[number] = matter.file
            }
        }
    }

    private func check(_ loaded: LoadedFile<Matter>, into problems: inout [StoreProblem]) {
        let matter = loaded.value
        let root = JSONPath.root
        func report(_ path: JSONPath, _ message: String) {
            problems.append(StoreProblem(file: loaded.file, place: .value(path: path.description), kind: .reference, message: message))
        }
        if matter.id != loaded.stem {
            report(root.key("id"), "the id \"\(matter.id)\" differs from the file name; expected \"\(loaded.stem)\"")
        }
        if let administration = matter.administration, let committee,
           !committee.administrations.contains(where: { $0.id == administration }) {
            report(root.key("administration"), "no administration with id \"\(administration)\" in \(StoreLayout.committee)")
        }
        reportDuplicates(matter.documents.map(\.id), what: "document id", at: { root.key("documents").index($0).key("id") }, report: report)
        reportDuplicates(matter.proposals.map(\.id), what: "proposal id", at: { root.key("proposals").index($0).key("id") }, report: report)
        reportDuplicates(matter.attachments.map(\.id), what: "attachment id", at: { root.key("attachments").index($0).key("id") }, report: report)
        for (index, document) in matter.documents.enumerated() {
            let path = root.key("documents").index(index)
            if let date = document.date { checkDate(date, at: path.key("date"), report: report) }
            if let author = document.author { checkMember(author, at: path.key("author"), report: report) }
        }
        for (index, proposal) in matter.proposals.enumerated() {
            if let member = proposal.proposer.member {
                checkMember(member, at: root.key("proposals").index(index).key("proposer").key("member"), report: report)
            }
        }
        for (index, event) in matter.history.enumerated() {
            checkDate(event.date, at: root.key("history").index(index).key("date"), report: report)
        }
        for (index, attachment) in matter.attachments.enumerated() {
            if let path = attachment.path {
                checkAttachmentPath(path, at: root.key("attachments").index(index).key("path"), report: report)
            }
        }
    }

    private func checkAttachmentPath(_ path: String, at location: JSONPath, report: (JSONPath, String) -> Void) {
        guard StorePath.isConfined(path) else {
            report(location, "the path \"\(path)\" leaves the store; an attachment path is relative to the store's folder, with no .. and no leading /")
            return
        }
        switch reader.fileSystem.kind(at: reader.path(path)) {
        case .file?: break
        case nil: report(location, "no file at \(reader.path(path))")
        default: report(location, "\(reader.path(path)) is not a file")
        }
    }

    // MARK: Meetings

    private func check(_ loaded: LoadedFile<Meeting>, into problems: inout [StoreProblem]) {
        let meeting = loaded.value
        let root = JSONPath.root
        func report(_ path: JSONPath, _ message: String) {
            problems.append(StoreProblem(file: loaded.file, place: .value(path: path.description), kind: .reference, message: message))
        }
        if meeting.id != loaded.stem {
            report(root.key("id"), "the id \"\(meeting.id)\" differs from the folder name; expected \"\(loaded.stem)\"")
        }
        checkDate(meeting.date, at: root.key("date"), report: report)
        reportDuplicates(meeting.sections.map(\.id), what: "section id", at: { root.key("sections").index($0).key("id") }, report: report)
        reportDuplicates(meeting.agenda.map(\.id), what: "item id", at: { root.key("agenda").index($0).key("id") }, report: report)
        reportDuplicates(meeting.agenda.map(\.number), what: "item number", at: { root.key("agenda").index($0).key("number") }, report: report)
        // A label is what people see: no other item of its section may print the same number (a council's
        // closed part may count from 1 again, as its agenda prints it).
        for (index, item) in meeting.agenda.enumerated() {
            guard let label = item.label, meeting.agenda.indices.contains(where: { other in
                other != index && meeting.agenda[other].section == item.section && meeting.agenda[other].isNumbered(label)
            }) else { continue }
            report(root.key("agenda").index(index).key("label"), "the label \"\(label)\" is printed on another item too")
        }
        let sections = Set(meeting.sections.map(\.id))
        for (index, item) in meeting.agenda.enumerated() {
            let path = root.key("agenda").index(index)
            if !sections.contains(item.section) {
                report(path.key("section"), "no section with id \"\(item.section)\" in this meeting's sections")
            }
            guard let matterID = item.matter else {
                if item.proposals?.isEmpty == false {
                    report(path.key("proposals"), "a procedural item (one without a matter) cannot put proposals forward")
                }
                continue
            }
            guard let matter = matterByID[matterID] else {
                if !listedMatterIDs.contains(matterID) {
                    report(path.key("matter"), "no matter with id \"\(matterID)\": expected a file \(reader.path(StoreLayout.matter(matterID)))")
                }
                continue
            }
            for (proposalIndex, proposalID) in (item.proposals ?? []).enumerated() where matter.proposal(id: proposalID) == nil {
                let known = matter.proposals.map(\.id).joined(separator: ", ")
                report(path.key("proposals").index(proposalIndex),
                       "the matter \"\(matterID)\" has no proposal \"\(proposalID)\"" + (known.isEmpty ? "; it has none" : "; it has: \(known)"))
            }
        }
    }

    /// `record.json`: by the schema, then its references and faults.
    /// A meeting's record as read and judged: the record if it could be read, the problems reading it, and those of what it says.
    private typealias ReadRecord = (record: MeetingRecord?, fileProblems: [StoreProblem], recordProblems: [StoreProblem])

    /// Every meeting's record, read and checked on every core at once; a meeting without one has none.
    private func readRecords() -> ConcurrentSlots<ReadRecord> {
        let results = ConcurrentSlots<ReadRecord>(count: meetings.count)
        let (reader, committee, meetings, recordsOf) = (reader, committee, meetings, recordsOf)
        DispatchQueue.concurrentPerform(iterations: meetings.count) { index in
            let meeting = meetings[index].value
            if let recordsOf, !recordsOf.contains(meeting.id) { return }
            let relative = StoreLayout.record(meeting.id)
            guard reader.fileSystem.kind(at: reader.path(relative)) != nil else { return }
            let (value, fileProblems) = reader.read(MeetingRecord.self, at: relative, schema: StoreSchema.record)
            let recordProblems = value.map { FileChecks.record($0, meeting: meeting, committee: committee, file: reader.path(relative)) } ?? []
            results.set(index, (value, fileProblems, recordProblems))
        }
        return results
    }

    private mutating func use(_ read: ReadRecord, of meeting: Meeting, into problems: inout [StoreProblem]) {
        problems += read.fileProblems
        guard let record = read.record else { return }
        // Who made the file is asked of the system one file at a time.
        let recordProblems = read.recordProblems + ownerProblems(reader.path(StoreLayout.record(meeting.id)), may: FileChecks.mayRecord(on: meeting.date))
        problems += recordProblems
        // A record that cannot be true is not used: the meeting opens without it, as with a damaged file.
        if recordProblems.isEmpty { records[meeting.id] = record }
    }

    /// `live.json`: by the schema, about this meeting, pointing at one of its items.
    private func checkLive(of meeting: Meeting, into problems: inout [StoreProblem]) {
        // An earlier year's live file is read with its record, when its meeting is opened (and all by `docket validate`).
        guard !unreadRecords.contains(meeting.id) else { return }
        let relative = StoreLayout.live(meeting.id)
        guard reader.fileSystem.kind(at: reader.path(relative)) != nil else { return }
        let (value, fileProblems) = reader.read(LiveMeeting.self, at: relative, schema: StoreSchema.live)
        problems += fileProblems
        guard let live = value else { return }
        // A live file points into the agenda as changed at the meeting: judged with its record, when that is read now.
        let judged = FileChecks.live(live, meeting: meeting, record: records[meeting.id], file: reader.path(relative))
        problems += judged
            + ownerProblems(reader.path(relative), may: FileChecks.mayPreside(on: meeting.date))
    }

    // MARK: Shared checks

    /// Who made the file, in a store whose people are the system's accounts.
    private func ownerProblems(_ file: String, may allowed: (Member) -> Bool) -> [StoreProblem] {
        guard sharedAccounts else { return [] }
        return [FileChecks.writer(of: file, may: allowed, committee: committee, reader: reader)].compactMap { $0 }
    }

    private func checkDate(_ date: String, at path: JSONPath, report: (JSONPath, String) -> Void) {
        if !CalendarDate.isValid(date) { report(path, "\(date) is not a day in the calendar") }
    }

    private func checkMember(_ id: String, at path: JSONPath, report: (JSONPath, String) -> Void) {
        if let committee, committee.member(id: id) == nil {
            report(path, "no member with id \"\(id)\" in \(StoreLayout.committee)")
        }
    }

    private func reportDuplicates<Key: Hashable>(_ keys: [Key?], what: String, at location: (Int) -> JSONPath,
                                                 report: (JSONPath, String) -> Void) {
        var first: [Key: Int] = [:]
        for (index, key) in keys.enumerated() {
            guard let key else { continue }
            if let earlier = first[key] {
                report(location(index), "the \(what) \(key) is used twice (first at \(location(earlier))); each must be unique")
            } else {
                first[key] = index
            }
        }
    }
}
