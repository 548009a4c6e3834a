import ArgumentParser
import DocketModel
import DocketStore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store for a committee, with a store id of its own.",
        discussion: """
            Asks whether the store is shared (several people, each with their own account on a \
            server or network folder: who you are is your account) or yours alone on this computer \
            (--as names the member), unless --identity says so. See docs/deployment.md.
            """
    )

    enum Identity: String, CaseIterable, ExpressibleByArgument {
        case accounts, local
    }

    enum Locale: String, CaseIterable, ExpressibleByArgument {
        case sv, en
    }

    @Argument(help: "A new or empty folder for the store.")
    var folder: String

    @Option(help: "The committee's name, as in its minutes (\"Socialnämnden\").")
    var committee: String

    @Option(help: "The municipality (\"Åsbro kommun\").")
    var municipality: String

    @Option(help: "A short name for narrow screens (default: the committee's name).")
    var shortName: String?

    @Option(help: "The language of the minutes.")
    var locale: Locale = .sv

    @Option(help: "The time zone of meeting dates and times.")
    var timeZone: String = "Europe/Stockholm"

    @Option(help: "Who people are: accounts (a shared store) or local (one person's own copy). Asked when not given.")
    var identity: Identity?

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else { throw ValidationError("unknown time zone \"\(timeZone)\"; for example Europe/Stockholm") }
        guard StoreIdentifier.isValid(Self.identifier(committee)) else {
            throw ValidationError("the committee's name \"\(committee)\" gives no id: use letters or digits")
        }
    }

    func run() throws {
        let chosen = try identity ?? Self.ask()
        var manifest = StoreManifest(storeId: StoreCopier.freshStoreID())
        manifest.identity = chosen == .local ? .local : .accounts
        let committee = Committee(id: Self.identifier(committee), name: committee, shortName: shortName ?? committee, municipality: municipality,
                                  locale: locale == .en ? .english : .swedish, timeZone: timeZone)
        do {
            try StoreCopier().createStore(at: folder, manifest: manifest, committee: committee)
        } catch {
            Console.error("docket: \(error)")
            throw ExitStatus.cannotCreate
        }
        Console.output("Created an empty store for \(committee.name), \(municipality), in \(folder) (\(chosen == .local ? "yours alone: --as names the member" : "shared: people are known by their accounts")).")
        Console.output("Next: add the members to \(folder)/committee.json with their logins; for a shared server, docs/deployment.md.")
    }

    /// Asks on a terminal; elsewhere the option is needed.
    static func ask() throws -> Identity {
        guard isatty(0) == 1 else {
            Console.error("docket: say who people are with --identity accounts (a shared store) or --identity local (yours alone)")
            throw ExitStatus.usage
        }
        while true {
            Console.output("Will several people use this store, each with their own account on a server or network folder (a),", terminator: "\n")
            Console.output("or is it yours alone on this computer (l)? [a/l] ", terminator: "")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { throw ExitStatus.usage }
            if answer.hasPrefix("a") { return .accounts }
            if answer.hasPrefix("l") { return .local }
        }
    }

    /// "Socialnämnden" → "socialnamnden": the id rule's letters, digits and single hyphens.
    static func identifier(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Foundation.Locale(identifier: "sv_SE")).lowercased()
        let words = folded.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return String(words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-").prefix(100))
    }
}
