import ArgumentParser
import DocketStore
import Foundation

struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Check, or set, who can write each file and folder of a shared store.",
        discussion: """
            For a store shared on one server: the administration's files (committee, matters, meetings) \
            and each meeting's record belong to the clerk, each live file to the chair, each member's \
            folder and journal to that member; everything is readable by the committee's group and by \
            nobody else. Each path that differs is one line with the command that fixes it; the exit \
            status is 65 when any differs. --apply (run by root or the store's owner) makes it so, \
            making each member's folder and journal first, and says what it changed. See docs/deployment.md.
            """
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else the current folder).")
    var store: String?

    @Flag(help: "Set owners, group and modes as they should be (needs --group).")
    var apply = false

    @Option(help: "The committee's group (default: the group of the store's folder).")
    var group: String?

    func validate() throws {
        if apply && group == nil { throw ValidationError("--apply needs --group: the committee's group, which every member's account is in") }
    }

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let loader = try StoreLoading.loader(path)
        let result = try StoreLoading.load(loader)
        guard let contents = result.contents else { try StoreLoading.fail(with: result.problems, store: path) }
        let reader = loader.reader
        let groupID: UInt32
        if let group {
            guard let id = SystemAccounts.groupID(group) else {
                Console.error("docket: there is no group \"\(group)\" on this system (groupadd \(group) makes one)")
                throw ExitStatus.usage
            }
            groupID = id
        } else {
            groupID = reader.fileSystem.ownership(at: path)?.group ?? 0
        }
        let committee = contents.committee
        let today = Calendar.today(in: committee.timeZone)
        let access = StoreAccess(committee: committee, meetings: contents.meetings.map(\.id), reader: reader)
        if apply {
            do {
                let changes = try access.apply(committee: committee, date: today, group: groupID, reader: reader)
                for change in changes { Console.output("changed  \(change)") }
                if changes.isEmpty { Console.output("nothing to change") }
            } catch {
                Console.error("docket: \(error.description): --apply is run by root or by the owner of every file in the store")
                throw ExitStatus.ioError
            }
        }
        let report = StoreAccess(committee: committee, meetings: contents.meetings.map(\.id), reader: reader)
            .findings(committee: committee, date: today, group: groupID, reader: reader)
        var mismatches = 0
        for finding in report {
            if let problem = finding.problem {
                mismatches += 1
                Console.output("mismatch  \(finding.path): \(problem) (written by \(finding.writer)); fix: \(finding.fix ?? "")")
            } else if !apply {
                Console.output("ok        \(finding.path): written by \(finding.writer)")
            }
        }
        let groupName = SystemAccounts.groupName(groupID) ?? "\(groupID)"
        for member in access.outsiders(committee: committee, group: groupID) {
            mismatches += 1
            Console.output("mismatch  \(member.login ?? member.id) (\(member.name)) is not in the group \(groupName) and cannot read the store; fix: usermod -aG \(groupName) \(member.login ?? "")")
        }
        if StorePlace.isInside(StoreLocation.dataDirectory, store: path) {
            mismatches += 1
            Console.output("mismatch  private data (\(StoreLocation.dataDirectory)) is inside the store, where others could read it; fix: set XDG_DATA_HOME to a folder outside it")
        }
        Console.output("\(report.count) paths checked for the group \(groupName): " + (mismatches == 0 ? "everything matches the roles" : "\(mismatches) mismatch\(mismatches == 1 ? "" : "es")"))
        if mismatches > 0 { throw ExitStatus.dataError }
    }
}
