import DocketJSON
import DocketStore
import Testing

/// What no schema can see: references between files, unique ids and real dates.
@Suite("References between store files")
struct ReferenceTests {
    /// Loads the demo with one file's JSON changed by `edit`, and returns the problems' lines.
    private func problems(editing file: String, _ edit: (inout JSONValue) -> Void) throws -> [String] {
        let demo = try DemoFixture()
        defer { demo.remove() }
        var value = try JSONParser.parse(try demo.bytes(file))
        edit(&value)
        let result = try demo.load(OverlayFileSystem([demo.path(file): .bytes(CanonicalJSON.bytes(value))]))
        return result.problems.map { $0.description.replacingOccurrences(of: demo.root + "/", with: "") }
    }

    private let upcoming = "meetings/2026-12-10/meeting.json"

    @Test("an agenda item naming a missing matter")
    func missingMatter() throws {
        let lines = try problems(editing: upcoming) { $0.set(["agenda", 3, "matter"], .string("saknas")) }
        #expect(lines == ["meetings/2026-12-10/meeting.json: $.agenda[3].matter: no matter with id \"saknas\": expected a file matters/saknas.json"])
    }

    @Test("an agenda item naming a proposal the matter lacks")
    func missingProposal() throws {
        let lines = try problems(editing: upcoming) { $0.set(["agenda", 3, "proposals", 0], .string("presidiets-forslag")) }
        #expect(lines == ["meetings/2026-12-10/meeting.json: $.agenda[3].proposals[0]: the matter \"verksamhetsplan-2027\" has no proposal \"presidiets-forslag\"; it has: forvaltningens-forslag"])
    }

    @Test("a date that is not in the calendar, an unknown section, a repeated item number")
    func meetingChecks() throws {
        let lines = try problems(editing: upcoming) {
            $0.set(["date"], .string("2026-02-29"))
            $0.set(["agenda", 4, "section"], .string("ovrigt"))
            $0.set(["agenda", 5, "number"], .number("4"))
        }
        #expect(lines == [
            "meetings/2026-12-10/meeting.json: $.date: 2026-02-29 is not a day in the calendar",
            "meetings/2026-12-10/meeting.json: $.agenda[5].number: the item number 4 is used twice (first at $.agenda[3].number); each must be unique",
            "meetings/2026-12-10/meeting.json: $.agenda[4].section: no section with id \"ovrigt\" in this meeting's sections",
        ])
    }

    @Test("an unknown member, a duplicate diary number, an attachment path that leaves the store")
    func matterChecks() throws {
        let lines = try problems(editing: "matters/hearing-om-spelberoende.json") {
            $0.set(["documents", 1, "author"], .string("okand-person"))
            $0.set(["diaryNumber"], .string("SN-2026-0388"))
            $0.set(["attachments", 0, "path"], .string("../../etc/passwd"))
        }
        #expect(lines.contains("matters/hearing-om-spelberoende.json: $.documents[1].author: no member with id \"okand-person\" in committee.json"))
        #expect(lines.contains { $0.hasPrefix("matters/verksamhetsplan-2027.json: $.diaryNumber: the diary number \"SN-2026-0388\" is also used by") })
        #expect(lines.contains("matters/hearing-om-spelberoende.json: $.attachments[0].path: the path \"../../etc/passwd\" leaves the store; an attachment path is relative to the store's folder, with no .. and no leading /"))
        #expect(lines.count == 3)
    }

    @Test("a matter whose id differs from its file name")
    func misnamed() throws {
        let lines = try problems(editing: "matters/motion-skyddat-boende.json") { $0.set(["id"], .string("motion-skyddat")) }
        #expect(lines.first == "matters/motion-skyddat-boende.json: $.id: the id \"motion-skyddat\" differs from the file name; expected \"motion-skyddat-boende\"")
    }

    @Test("committee: duplicate member id, unknown time zone, a term that ends before it begins")
    func committeeChecks() throws {
        let lines = try problems(editing: "committee.json") {
            $0.set(["members", 1, "id"], .string("karin-holmberg"))
            $0.set(["timeZone"], .string("Europe/Åsbro"))
            $0.set(["members", 2, "terms", 0, "to"], .string("2020-01-01"))
        }
        #expect(lines.contains("committee.json: $.timeZone: unknown time zone \"Europe/Åsbro\"; expected a name such as Europe/Stockholm"))
        #expect(lines.contains("committee.json: $.members[1].id: the member id karin-holmberg is used twice (first at $.members[0].id); each must be unique"))
        #expect(lines.contains("committee.json: $.members[2].terms[0].to: the term ends (2020-01-01) before it begins (2023-01-01)"))
    }

    @Test("an agenda label printed on another item too; a party group no member belongs to")
    func labelsAndParties() throws {
        let lines = try problems(editing: upcoming) { $0.set(["agenda", 4, "label"], .string("4")) }
        #expect(lines == ["meetings/2026-12-10/meeting.json: $.agenda[4].label: the label \"4\" is printed on another item too"])
        let record = try problems(editing: "meetings/2026-10-22/record.json") { $0.set(["items", 5, "proposals", 2, "parties", 0], .string("PP")) }
        #expect(record == ["meetings/2026-10-22/record.json: $.items[5]: no member of the committee belongs to the party \"PP\""])
    }

    @Test("an extra item added at the meeting that prints the number of an item already in its section (the agenda changed meanwhile)")
    func extraItemSharesNumber() throws {
        let lines = try problems(editing: "meetings/2026-10-22/record.json") { $0.set(["agendaChanges", 1, "added", "label"], .string("10")) }
        #expect(lines == ["meetings/2026-10-22/record.json: $.agendaChanges[1]: the item \"extra-1\" is numbered 10, as \"delegationsbeslut\" is: each number is printed once"])
        // In another section the same number may stand: a closed part may count from 1 again.
        #expect(try problems(editing: "meetings/2026-10-22/record.json") { $0.set(["agendaChanges", 1, "added", "label"], .string("4")) }.isEmpty)
    }

    @Test("a record naming a missing member, item, proposal or vote")
    func recordReferences() throws {
        let lines = try problems(editing: "meetings/2026-10-22/record.json") {
            $0.set(["checkers", 0], .string("okand"))
            $0.set(["items", 3, "item"], .string("saknas"))
            $0.set(["items", 4, "propositionOrder", 0, "preferred"], .string("ingen"))
            $0.set(["items", 4, "propositionOrder", 0, "vote"], .string("votering-9"))
        }
        #expect(lines == [
            "meetings/2026-10-22/record.json: $.checkers[0]: no member with id \"okand\" in committee.json",
            "meetings/2026-10-22/record.json: $.items[3].item: no agenda item with id \"saknas\" in this meeting",
            "meetings/2026-10-22/record.json: $.items[4].propositionOrder[0]: no proposal \"ingen\" among this item's proposals",
            "meetings/2026-10-22/record.json: $.items[4].propositionOrder[0].vote: no vote \"votering-9\" on this item",
        ])
    }

    @Test("schema problems are all listed, with what was expected and what was found")
    func schemaProblems() throws {
        let lines = try problems(editing: upcoming) {
            $0.set(["agenda", 0, "number"], .string("1"))
            $0.set(["agenda", 1, "sektion"], .string("x"))
            $0.set(["time"], .string("25:00"))
        }
        #expect(lines == [
            "meetings/2026-12-10/meeting.json: $.agenda[0].number: expected an item number (1 or higher), found the text \"1\"",
            "meetings/2026-12-10/meeting.json: $.agenda[1]: unknown field \"sektion\" (the fields allowed here are: confidential, id, label, matter, number, presenter, procedure, proposals, section, title)",
            "meetings/2026-12-10/meeting.json: $.time: expected a time written HH:MM (24-hour clock), found the text \"25:00\"",
        ])
    }
}

extension JSONValue {
    /// Sets the value at a path of keys (String) and indexes (Int), for editing fixtures.
    mutating func set(_ path: [any Sendable], _ newValue: JSONValue) {
        guard let first = path.first else { self = newValue; return }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var members):
            let key = first as! String
            var child = members[key] ?? .null
            child.set(rest, newValue)
            members[key] = child
            self = .object(members)
        case .array(var items):
            let index = first as! Int
            items[index].set(rest, newValue)
            self = .array(items)
        default:
            break
        }
    }
}
