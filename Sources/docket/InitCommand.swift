import ArgumentParser
import DocketModel
import DocketStore
import Foundation

struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "init",
        abstract: CLIWords.current.initAbstract,
        discussion: CLIWords.current.initDiscussion
    ) }

    enum Identity: String, CaseIterable, ExpressibleByArgument {
        case accounts, local
    }

    enum Locale: String, CaseIterable, ExpressibleByArgument {
        case sv, en
    }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.folderHelp))
    var folder: String

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.committeeHelp))
    var committee: String

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.municipalityHelp))
    var municipality: String

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.shortNameHelp))
    var shortName: String?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.localeHelp))
    var locale: Locale = .sv

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.timeZoneHelp))
    var timeZone: String = "Europe/Stockholm"

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.identityHelp))
    var identity: Identity?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.administrationHelp))
    var administration: [String] = []

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else { throw ValidationError(CLIWords.current.unknownTimeZone(timeZone)) }
        for name in [committee] + administration where !StoreIdentifier.isValid(FreeIdentifier.from(name)) {
            throw ValidationError(CLIWords.current.nameGivesNoID(name))
        }
    }

    func run() throws {
        let chosen = try identity ?? Self.ask()
        var manifest = StoreManifest(storeId: StoreCopier.freshStoreID())
        manifest.identity = chosen == .local ? .local : .accounts
        let committee = Committee(id: FreeIdentifier.from(committee), name: committee, shortName: shortName ?? committee, municipality: municipality,
                                  locale: locale == .en ? .english : .swedish, timeZone: timeZone,
                                  administrations: administration.map { Administration(id: FreeIdentifier.from($0), name: $0) })
        do {
            try StoreCopier().createStore(at: folder, manifest: manifest, committee: committee)
        } catch {
            Console.error("docket: \(error)")
            throw ExitStatus.cannotCreate
        }
        Console.output(CLIWords.current.created(committee.name, municipality, folder, chosen == .local))
        Console.output(CLIWords.current.next(folder))
    }

    /// Asks on a terminal; elsewhere the option is needed.
    static func ask() throws -> Identity {
        guard isatty(0) == 1 else {
            Console.error("docket: " + CLIWords.current.sayIdentity)
            throw ExitStatus.usage
        }
        while true {
            Console.output(CLIWords.current.askShared, terminator: "\n")
            Console.output(CLIWords.current.askAlone, terminator: "")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { throw ExitStatus.usage }
            if answer.hasPrefix("a") { return .accounts }
            if answer.hasPrefix("l") { return .local }
        }
    }
}
