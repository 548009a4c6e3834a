import ArgumentParser
import DocketStore
import Foundation

struct AccessCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "access",
        abstract: CLIWords.current.accessAbstract,
        discussion: CLIWords.current.accessDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.storeHereHelp))
    var store: String?

    @Flag(help: ArgumentHelp(stringLiteral: CLIWords.current.applyHelp))
    var apply = false

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.groupHelp))
    var group: String?

    func validate() throws {
        if apply && group == nil { throw ValidationError(CLIWords.current.applyNeedsGroup) }
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
                Console.error("docket: " + CLIWords.current.noGroup(group))
                throw ExitStatus.usage
            }
            groupID = id
        } else {
            groupID = reader.fileSystem.ownership(at: path)?.group ?? 0
        }
        let committee = contents.committee
        let today = Calendar.today(in: committee.timeZone)
        let access = StoreAccess(committee: committee, meetings: contents.meetings, reader: reader)
        if apply {
            do {
                let changes = try access.apply(committee: committee, date: today, group: groupID, reader: reader, language: CLIWords.currentLanguage)
                for change in changes { Console.output(CLIWords.current.changed(change)) }
                if changes.isEmpty { Console.output(CLIWords.current.nothingToChange) }
            } catch {
                Console.error("docket: " + CLIWords.current.applyRefused(error.description(in: CLIWords.currentLanguage)))
                throw ExitStatus.ioError
            }
        }
        let report = StoreAccess(committee: committee, meetings: contents.meetings, reader: reader)
            .findings(committee: committee, date: today, group: groupID, reader: reader, language: CLIWords.currentLanguage)
        var mismatches = 0
        for finding in report {
            if let problem = finding.problem {
                mismatches += 1
                Console.output(CLIWords.current.mismatch(finding.path, problem, finding.writer, finding.fix ?? ""))
            } else if !apply {
                Console.output(CLIWords.current.accessOK(finding.path, finding.writer))
            }
        }
        // What is no part of the store, or was made by an account that may not write it, and is not used.
        for problem in try StoreLoading.load(loader).unusedFiles {
            mismatches += 1
            Console.output(problem.description)
        }
        let groupName = SystemAccounts.groupName(groupID) ?? "\(groupID)"
        for member in access.outsiders(committee: committee, group: groupID) {
            mismatches += 1
            Console.output(CLIWords.current.notInGroup("\(member.login ?? member.id) (\(member.name))", groupName, member.login ?? ""))
        }
        if StorePlace.isInside(StoreLocation.dataDirectory, store: path) {
            mismatches += 1
            Console.output(CLIWords.current.privateInsideStore(StoreLocation.dataDirectory))
        }
        Console.output(CLIWords.current.accessSummary(report.count, groupName, mismatches))
        if mismatches > 0 { throw ExitStatus.dataError }
    }
}
