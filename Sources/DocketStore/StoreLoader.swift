import DocketJSON
import DocketModel
import Foundation

/// Loads a whole store and checks it: every file against its schema, then the
/// references between files. It reports every problem it finds and never writes.
public struct StoreLoader {
    public let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    /// `validated`: the files judged valid before (a cache in the person's data folder), kept up to date by loading.
    public init(root: String, fileSystem: any FileSystem = LocalFileSystem(), validated: ValidatedFiles? = nil) throws(StoreOpenError) {
        let schemas: SchemaSet
        do {
            schemas = try SchemaSet.bundled()
        } catch {
            throw .installationIncomplete("its JSON Schema files could not be read (\(error))")
        }
        self.init(reader: StoreReader(root: root, fileSystem: fileSystem, schemas: schemas, validated: validated))
    }

    /// Which matters a load reads: all of them (`docket validate`, the commands), or only those on
    /// meetings from a date on, so that an archive of twenty years opens as fast as a new store;
    /// then records too are read from the start of that year on (the year's § series needs them).
    public enum MatterSelection: Sendable {
        case all
        case onMeetingsFrom(String)
    }

    public func load(matters selection: MatterSelection = .all) throws(StoreOpenError) -> StoreLoadResult {
        let fileSystem = reader.fileSystem
        switch fileSystem.kind(at: reader.root) {
        case .directory?: break
        case nil: throw .notFound(path: reader.root, isFile: false)
        default: throw .notFound(path: reader.root, isFile: true)
        }
        if fileSystem.kind(at: reader.path(StoreLayout.manifest)) == nil {
            throw .notAStore(path: reader.root)
        }
        var problems: [StoreProblem] = []
        if let versionProblem = checkFormatVersion() {
            return StoreLoadResult(contents: nil, problems: [versionProblem])
        }
        let (manifest, manifestProblems) = reader.read(StoreManifest.self, at: StoreLayout.manifest, schema: StoreSchema.manifest)
        problems += manifestProblems
        let (committee, committeeProblems) = reader.read(Committee.self, at: StoreLayout.committee, schema: StoreSchema.committee)
        problems += committeeProblems

        let matterFiles = listFiles(in: StoreLayout.mattersDirectory, problems: &problems)
        let meetings = readAll(Meeting.self, listMeetings(problems: &problems), schema: StoreSchema.meeting, problems: &problems)
        var wanted = matterFiles
        var recordsOf: Set<String>?
        if case .onMeetingsFrom(let date) = selection {
            let needed = Set(meetings.filter { $0.value.date >= date }.flatMap { $0.value.agenda.compactMap(\.matter) })
            // A matter on no agenda yet (a report just imported) is one the clerk is about to place.
            let placed = Set(meetings.flatMap { $0.value.agenda.compactMap(\.matter) })
            wanted = matterFiles.filter { needed.contains($0.1) || !placed.contains($0.1) }
            recordsOf = Set(meetings.filter { $0.value.date >= String(date.prefix(4)) + "-01-01" }.map(\.stem))
        }
        let matters = readAll(Matter.self, wanted, schema: StoreSchema.matter, problems: &problems)

        var consistency = StoreConsistency(reader: reader, committee: committee,
                                           committeeFile: reader.path(StoreLayout.committee),
                                           matters: matters, meetings: meetings,
                                           listedMatterIDs: Set(matterFiles.map(\.1)),
                                           sharedAccounts: manifest?.identitySource == .accounts, recordsOf: recordsOf)
        problems += consistency.problems()
        problems += checkMemberFolders(committee: committee, meetingIDs: Set(meetings.map(\.stem)),
                                       accounts: MemberAccounts(committee: committee, manifest: manifest))
        problems = problems.enumerated()
            .sorted { ($0.element.file, $0.offset) < ($1.element.file, $1.offset) }
            .map(\.element)
        reader.validated?.save()
        guard let manifest, let committee else {
            return StoreLoadResult(contents: nil, problems: problems)
        }
        let contents = StoreContents(
            manifest: manifest,
            committee: committee,
            matters: Dictionary(matters.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first }),
            meetings: meetings.map(\.value),
            records: consistency.records,
            unloadedMatters: Set(matterFiles.map(\.1)).subtracting(wanted.map(\.1)),
            unloadedRecords: consistency.unreadRecords)
        return StoreLoadResult(contents: contents, problems: problems)
    }

    /// Matters read after the store was opened, judged as loading judges them; with the problems of those that could not be used.
    public func readMatters(_ ids: [String]) -> (matters: [Matter], problems: [StoreProblem]) {
        var problems: [StoreProblem] = []
        let matters = readAll(Matter.self, ids.map { (StoreLayout.matter($0), $0) }, schema: StoreSchema.matter, problems: &problems)
        // A file whose id is not its name would be another matter than the one asked for.
        let named = matters.filter { $0.value.id == $0.stem }
        for file in matters where file.value.id != file.stem {
            problems.append(StoreProblem(file: file.file, place: .value(path: "$.id"), kind: .reference,
                                         message: "the id \"\(file.value.id)\" differs from the file name; expected \"\(file.stem)\""))
        }
        reader.validated?.save()
        return (named.map(\.value), problems)
    }

    /// Files of one kind, each read, parsed, judged and decoded on its own: on every core at once,
    /// in the order given, with the problems of each.
    private func readAll<Value: Decodable & Sendable>(_ type: Value.Type, _ files: [(String, String)], schema: String,
                                                      problems: inout [StoreProblem]) -> [LoadedFile<Value>] {
        let results = ConcurrentSlots<(Value?, [StoreProblem])>(count: files.count)
        let reader = self.reader
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, reader.read(type, at: files[index].0, schema: schema))
        }
        var loaded: [LoadedFile<Value>] = []
        for (index, (relative, stem)) in files.enumerated() {
            guard let (value, fileProblems) = results.value(at: index) else { continue }
            problems += fileProblems
            if let value { loaded.append(LoadedFile(file: reader.path(relative), stem: stem, value: value)) }
        }
        return loaded
    }

    /// A store from a newer Docket may have any shape: refuse it before judging it.
    private func checkFormatVersion() -> StoreProblem? {
        let file = reader.path(StoreLayout.manifest)
        guard let bytes = try? reader.fileSystem.readFile(at: file),
              let value = try? JSONParser.parse(bytes),
              case .number(let text)? = value["formatVersion"],
              let version = Int(text), version > StoreManifest.currentFormatVersion else { return nil }
        return StoreProblem(
            file: file, place: .value(path: "$.formatVersion"), kind: .unsupportedVersion,
            message: "this store uses format version \(version), but this Docket reads only up to version \(StoreManifest.currentFormatVersion); update Docket to open it (nothing was read or changed)")
    }

    /// `members/<id>/`: each member's own files. Shared notes are checked like
    /// any store file, and every note in them must be by that member.
    /// `members/<id>/positions/<meeting>.json`: for a meeting of the store, by that member, on that meeting.
    private func checkSharedPositions(of member: String, meetings: Set<String>, accounts: MemberAccounts?) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        let folder = "\(StoreLayout.membersDirectory)/\(member)/positions"
        for name in entries(of: folder, problems: &problems) {
            let relative = "\(folder)/\(name)"
            let meeting = name.hasSuffix(".json") ? String(name.dropLast(5)) : ""
            guard meetings.contains(meeting) else {
                problems.append(StoreProblem(file: reader.path(relative), place: .file, kind: .notUsed,
                                             message: "positions/ holds one file per meeting, named <meeting id>.json; there is no meeting \"\(meeting)\": not used"))
                continue
            }
            if let forged = accounts?.foreignMaker(of: reader.path(relative), member: member, fileSystem: reader.fileSystem) {
                problems.append(forged)
                continue
            }
            let (file, fileProblems) = reader.read(PositionsFile.self, at: relative, schema: StoreSchema.positions)
            problems += fileProblems
            if let file { problems += FileChecks.positions(file, member: member, meeting: meeting, file: reader.path(relative)) }
        }
        return problems
    }

    private func checkMemberFolders(committee: Committee?, meetingIDs: Set<String>, accounts: MemberAccounts?) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        for name in entries(of: StoreLayout.membersDirectory, problems: &problems) {
            let folder = "\(StoreLayout.membersDirectory)/\(name)"
            if reader.fileSystem.isSymbolicLink(at: reader.path(folder)) {
                problems.append(StoreProblem(file: reader.path(folder), place: .file, kind: .notUsed,
                                             message: "a symbolic link where a member's folder belongs: not used"))
                continue
            }
            guard reader.fileSystem.kind(at: reader.path(folder)) == .directory, StoreIdentifier.isValid(name) else {
                problems.append(StoreProblem(file: reader.path(folder), place: .file, kind: .notUsed,
                                             message: "unexpected entry: \(StoreLayout.membersDirectory)/ holds only folders named by member id; not used"))
                continue
            }
            if let committee, committee.member(id: name) == nil {
                problems.append(StoreProblem(file: reader.path(folder), place: .file, kind: .notUsed,
                                             message: "no member with id \"\(name)\" in \(StoreLayout.committee): not used"))
                continue
            }
            for entry in entries(of: folder, problems: &problems) where entry != "notes.json" && entry != "positions" {
                problems.append(StoreProblem(file: reader.path("\(folder)/\(entry)"), place: .file, kind: .notUsed,
                                             message: "unexpected file: a member's folder holds notes.json and positions/ only; not used"))
            }
            problems += checkSharedPositions(of: name, meetings: meetingIDs, accounts: accounts)
            let notesPath = StoreLayout.sharedNotes(name)
            guard reader.fileSystem.kind(at: reader.path(notesPath)) != nil else { continue }
            if let forged = accounts?.foreignMaker(of: reader.path(notesPath), member: name, fileSystem: reader.fileSystem) {
                problems.append(forged)
                continue
            }
            let (file, fileProblems) = reader.read(NotesFile.self, at: notesPath, schema: StoreSchema.notes)
            problems += fileProblems
            if let file { problems += FileChecks.notes(file, member: name, file: reader.path(notesPath)) }
        }
        return problems
    }

    /// `<id>.json` files of a directory, as (relative path, id); anything else is a problem.
    private func listFiles(in directory: String, problems: inout [StoreProblem]) -> [(String, String)] {
        entries(of: directory, problems: &problems).compactMap { name in
            let relative = "\(directory)/\(name)"
            let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : ""
            guard StoreIdentifier.isValid(stem) else {
                problems.append(StoreProblem(file: reader.path(relative), place: .file, kind: .notUsed,
                                             message: "unexpected file: \(directory)/ holds only files named <id>.json, where the id uses a-z, 0-9 and hyphens; not used"))
                return nil
            }
            return (relative, stem)
        }
    }

    /// `meetings/<id>/meeting.json` for each meeting folder, as (relative path, id).
    private func listMeetings(problems: inout [StoreProblem]) -> [(String, String)] {
        entries(of: StoreLayout.meetingsDirectory, problems: &problems).compactMap { name in
            let folder = "\(StoreLayout.meetingsDirectory)/\(name)"
            guard StoreIdentifier.isValid(name), reader.fileSystem.kind(at: reader.path(folder)) == .directory else {
                problems.append(StoreProblem(file: reader.path(folder), place: .file, kind: .notUsed,
                                             message: "unexpected entry: \(StoreLayout.meetingsDirectory)/ holds only folders named by meeting id (a-z, 0-9 and hyphens); not used"))
                return nil
            }
            for entry in entries(of: folder, problems: &problems)
            where entry != "meeting.json" && !StoreLayout.reservedMeetingFiles.contains(entry) {
                problems.append(StoreProblem(file: reader.path("\(folder)/\(entry)"), place: .file, kind: .notUsed,
                                             message: "unexpected file: a meeting folder holds meeting.json, live.json and record.json only; not used"))
            }
            let relative = StoreLayout.meeting(name)
            if reader.fileSystem.kind(at: reader.path(relative)) == nil {
                problems.append(StoreProblem(file: reader.path(relative), place: .file, kind: .content,
                                             message: "missing: every meeting folder needs its meeting.json"))
                return nil
            }
            return (relative, name)
        }
    }

    /// Visible entries of a store directory; a missing directory is simply empty.
    private func entries(of directory: String, problems: inout [StoreProblem]) -> [String] {
        let path = reader.path(directory)
        guard reader.fileSystem.kind(at: path) != nil else { return [] }
        do {
            return try reader.fileSystem.contentsOfDirectory(at: path).filter { !$0.hasPrefix(".") }
        } catch {
            problems.append(StoreProblem(file: path, place: .file, kind: error.problemKind, message: error.explanation))
            return []
        }
    }
}

/// A decoded file with the name it was found under.
struct LoadedFile<Value: Sendable>: Sendable {
    let file: String
    let stem: String
    let value: Value
}
