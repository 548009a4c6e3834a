import DocketJSON
import DocketModel
import Foundation

/// Each writer's append-only journal, `journal/<member>.jsonl`, one JSON object a line.
public struct Journal {
    let reader: StoreReader

    public init(reader: StoreReader) {
        self.reader = reader
    }

    public func append(_ entry: JournalEntry) throws(WriteError) {
        let path = reader.path(StoreLayout.journal(entry.person))
        do throws(FileSystemError) {
            try StoreFolders.ensure(StoreLayout.journalDirectory, reader: reader)
            let line: [UInt8]
            do {
                line = try CanonicalJSON.line(of: entry)
            } catch {
                throw FileSystemError(path: path, reason: .system(errno: 22))
            }
            try reader.fileSystem.append(line, to: path, permissions: StoreLayout.fileMode)
        } catch {
            throw .io(error)
        }
    }

    /// The ids of the changes the records took that no writer's journal has a line for: a change
    /// written to the record whose journal line a crash (or a full disk) kept from being written.
    /// Only the journals of `writers` (the members who ever kept a record) are read.
    public func unjournaled(in records: [String: MeetingRecord], writers: [String]) -> [(meeting: String, change: String)] {
        let applied = records.sorted { $0.key < $1.key }.flatMap { meeting, record in (record.appliedChanges ?? []).map { (meeting, $0) } }
        guard !applied.isEmpty else { return [] }
        let journals = writers.compactMap { try? reader.fileSystem.readFile(at: reader.path(StoreLayout.journal($0))) }
            .map { String(decoding: $0, as: UTF8.self) }
        return applied.filter { _, id in !journals.contains { $0.contains("\"\(id)\"") } }
    }

    /// Whether the writer's journal has a line for the change with this id.
    public func contains(change id: String, person: String) -> Bool {
        guard let bytes = try? reader.fileSystem.readFile(at: reader.path(StoreLayout.journal(person))) else { return false }
        // The id is random and long: finding it as a string value is finding its line.
        return String(decoding: bytes, as: UTF8.self).contains("\"\(id)\"")
    }

    /// Every writer's entries, merged by time; a line that cannot be read is a problem naming its file and line.
    /// In a shared store (`accounts`), a journal another account made in a member's name is not read.
    public func readAll(meeting: String? = nil, accounts: MemberAccounts? = nil) -> (entries: [JournalEntry], problems: [StoreProblem]) {
        let directory = reader.path(StoreLayout.journalDirectory)
        guard reader.fileSystem.kind(at: directory) == .directory,
              let names = try? reader.fileSystem.contentsOfDirectory(at: directory) else { return ([], []) }
        var entries: [JournalEntry] = []
        var problems: [StoreProblem] = []
        for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            let path = "\(directory)/\(name)"
            if let forged = accounts?.foreignMaker(of: path, member: String(name.dropLast(".jsonl".count)), fileSystem: reader.fileSystem) {
                problems.append(forged)
                continue
            }
            let bytes: [UInt8]
            do {
                bytes = try reader.fileSystem.readFile(at: path)
            } catch {
                problems.append(StoreProblem(file: path, place: .file, kind: error.problemKind, message: error.explanation))
                continue
            }
            for (number, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                do {
                    let value = try JSONParser.parse(Array(line))
                    let issues = reader.schemas.validate(value, against: StoreSchema.journalEntry)
                    guard issues.isEmpty else {
                        problems.append(StoreProblem(file: path, place: .text(line: number + 1, column: 1), kind: .content,
                                                     message: "\(issues[0].path): \(issues[0].message)"))
                        continue
                    }
                    let entry = try JSONValueDecoder().decode(JournalEntry.self, from: value)
                    if meeting == nil || entry.meeting == meeting { entries.append(entry) }
                } catch let error as JSONSyntaxError {
                    problems.append(StoreProblem(file: path, place: .text(line: number + 1, column: error.column), kind: .syntax, message: error.message))
                } catch {
                    problems.append(StoreProblem(file: path, place: .text(line: number + 1, column: 1), kind: .content, message: "\(error)"))
                }
            }
        }
        return (entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element), problems)
    }
}
