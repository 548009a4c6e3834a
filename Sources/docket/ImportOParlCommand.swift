import ArgumentParser
import DocketJSON
import DocketModel
import DocketOParl
import DocketStore
import DocketText
import Foundation

/// `docket import oparl PATH --store STORE [--body ID] [--organization ID]`: a council's OParl data into a committee's store.
struct ImportOParlCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "oparl",
        abstract: OParlWords.current.importAbstract,
        discussion: OParlWords.current.importDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: OParlWords.current.pathHelp))
    var path: String

    @Option(help: ArgumentHelp(stringLiteral: ImportWords.current.storeHelp))
    var store: String

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.bodyHelp))
    var body: String?

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.organizationHelp))
    var organization: String?

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.timeZoneHelp))
    var timeZone: String = "Europe/Berlin"

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.localeHelp))
    var locale: InitCommand.Locale = .en

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.identityHelp))
    var identity: InitCommand.Identity = .accounts

    @Flag(help: ArgumentHelp(stringLiteral: OParlWords.current.dryRunHelp))
    var dryRun = false

    private var words: OParlWords { OParlWords.current }

    func validate() throws {
        guard TimeZone(identifier: timeZone) != nil else { throw ValidationError(CLIWords.current.unknownTimeZone(timeZone)) }
    }

    func run() throws {
        let started = Date()
        let collection = try readCollection()
        guard let body = try chooseBody(in: collection), let organization = try chooseOrganization(of: body, in: collection) else { return }
        let zone = TimeZone(identifier: timeZone)!
        let madeNow = !FileManager.default.fileExists(atPath: store + "/" + StoreLayout.manifest)
        // A dry run into a store not made yet judges the import in a store made for the purpose, and removes it.
        let target = madeNow && dryRun ? FileManager.default.temporaryDirectory.path + "/docket-oparl-dry-run-\(UUID().uuidString)" : store
        if madeNow {
            try create(at: target, organization: collection[organization]!.object, body: collection[body]!.object, zone: zone, quiet: dryRun)
        }
        do {
            try importInto(target, madeNow: madeNow, collection: collection, body: body, organization: organization, zone: zone, started: started)
        } catch {
            // A store this run made and could not fill is removed: nothing is left behind to take another organization later.
            if madeNow { try? FileManager.default.removeItem(atPath: target) }
            throw error
        }
        if madeNow && dryRun { try? FileManager.default.removeItem(atPath: target) }
    }

    private func importInto(_ target: String, madeNow: Bool, collection: OParlCollection, body: String, organization: String, zone: TimeZone,
                            started: Date) throws {
        let (loader, contents) = try Preparation.openValid(target)
        let files = ImportedStoreFiles(reader: loader.reader)
        var earlier: OParlIDs?
        try Preparation.writing(target, committee: contents.committee) { () throws(WriteError) in earlier = try files.oparlIDs() }
        if let earlier, earlier.organization != organization {
            Console.error("docket: " + words.otherOrganization(InertText.make(earlier.organization)))
            throw ExitStatus.usage
        }
        // A committee's own store (or another body's) is never renamed and merged into: only one an import made.
        if earlier == nil && !madeNow {
            Console.error("docket: " + words.notImportedStore(InertText.make(store), InertText.make(contents.committee.name)))
            throw ExitStatus.usage
        }
        let result = importing(collection, body: body, organization: organization, zone: zone, language: contents.committee.locale,
                               into: contents, earlier: earlier)
        var outcome: ImportedStoreFiles.Outcome?
        // A dry run judges the whole import as the real one does, and writes nothing.
        try Preparation.writing(store, committee: result.committee) { () throws(WriteError) in
            outcome = try files.write(committee: result.committee, meetings: result.meetings, records: result.records, matters: result.matters,
                                      oparl: result.ids, judgeOnly: dryRun) { done, total in
                if done % 200 == 0 || done == total { Console.error(words.writing(done, total)) }
            }
        }
        guard !dryRun else { return Console.output(words.dryRunDone) }
        if let kept = outcome?.keptRecords, !kept.isEmpty { Console.output(words.keptRecords(kept.count)) }
        Console.output(words.took(String(format: "%.1f s", Date().timeIntervalSince(started))))
    }

    /// Every JSON file under the path, parsed; one that is not JSON stops the import before anything is written.
    private func readCollection() throws -> OParlCollection {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            Console.error("docket: " + words.unreadable(InertText.make(path), "not found"))
            throw ExitStatus.noInput
        }
        var files = [path]
        if isFolder.boolValue {
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            files = found.filter { $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted().map { path + "/" + $0 }
        }
        Console.error(words.reading(files.count))
        var collection = OParlCollection()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("docket: " + words.unreadable(InertText.make(file), "cannot be read"))
                throw ExitStatus.noInput
            }
            do {
                collection.add(document: try JSONParser.parse(Array(data)))
            } catch {
                Console.error("docket: " + words.unreadable(InertText.make("\(file):\(error.line):\(error.column)"), InertText.make(error.message)))
                throw ExitStatus.dataError
            }
        }
        Console.error(words.read(files.count, collection.byID.count, collection.duplicates))
        if !collection.conflicts.isEmpty {
            for conflict in collection.conflicts.prefix(10) {
                Console.error("docket: " + words.idOfTwoTypes(InertText.make(conflict.id), conflict.kinds.joined(separator: ", ")))
            }
            Console.error("docket: " + words.conflictsRefused(collection.conflicts.count))
            throw ExitStatus.dataError
        }
        if !collection.differing.isEmpty {
            Console.error(words.differing(collection.differing.count, collection.differing.prefix(3).map(InertText.make).joined(separator: ", ")))
        }
        if collection.unidentified > 0 { Console.error(words.unidentified(collection.unidentified)) }
        // A Body or Organization the data names by URL only is made from its URL, and said so.
        let standIns = collection.addingStandIns()
        if !standIns.bodies.isEmpty { Console.error(words.standInBodies(standIns.bodies.map(InertText.make).joined(separator: ", "))) }
        if !standIns.organizations.isEmpty {
            Console.error(words.standInOrganizations(standIns.organizations.count, standIns.organizations.prefix(3).map(InertText.make).joined(separator: ", ")))
        }
        return collection
    }

    private func chooseBody(in collection: OParlCollection) throws -> String? {
        let bodies = collection.objects("Body").filter { !$0.object.isDeleted }
        guard !bodies.isEmpty else {
            Console.error("docket: " + words.noBody)
            throw ExitStatus.dataError
        }
        if let body {
            guard let found = Self.match(body, in: bodies) else {
                Console.error("docket: " + words.noSuch("Body", InertText.make(body)))
                throw ExitStatus.usage
            }
            return found
        }
        if bodies.count == 1 { return bodies[0].object.id }
        Console.output(words.chooseBody)
        for found in bodies { Console.output("  " + InertText.make("\(found.object.id ?? "")  \(found.object.text("name") ?? "")")) }
        return nil
    }

    private func chooseOrganization(of body: String, in collection: OParlCollection) throws -> String? {
        // An organization naming a body the data does not hold (a dump's own inconsistency) belongs to the body
        // there is, when there is one.
        let bodies = Set(collection.objects("Body").filter { !$0.object.isDeleted }.compactMap(\.object.id))
        let organizations = collection.objects("Organization").filter { found in
            guard !found.object.isDeleted else { return false }
            let named = found.object.reference("body") ?? body
            return named == body || (!bodies.contains(named) && bodies.count == 1)
        }
        if let organization {
            guard let found = Self.match(organization, in: organizations) else {
                Console.error("docket: " + words.noSuch("Organization", InertText.make(organization)))
                throw ExitStatus.usage
            }
            return found
        }
        let meetings = collection.objects("Meeting").flatMap { $0.object.references("organization") }
        guard !organizations.isEmpty else {
            Console.error("docket: " + words.noOrganization(InertText.make(collection[body]?.object.text("name") ?? body)))
            throw ExitStatus.dataError
        }
        Console.output(words.chooseOrganization(InertText.make(collection[body]?.object.text("name") ?? body)))
        for found in organizations.sorted(by: { meetings.count(of: $0.object.id) > meetings.count(of: $1.object.id) }) {
            let object = found.object
            let id = object.id.map { String(($0.split(separator: "/").last ?? "").split(separator: ".json").first ?? "") } ?? ""
            Console.output(InertText.make(words.organizationLine(object.text("name") ?? id, id, object.text("organizationType") ?? object.text("classification") ?? "–",
                                                                 meetings.count(of: object.id))))
        }
        return nil
    }

    /// A URL, the end of a URL ("1-8"), or a name, whatever its case.
    private static func match(_ given: String, in found: [OParlCollection.Found]) -> String? {
        let ids = found.compactMap(\.object.id)
        if ids.contains(given) { return given }
        if let id = ids.first(where: { $0.hasSuffix("/" + given) || $0.hasSuffix("/" + given + ".json") }) { return id }
        return found.first { $0.object.text("name")?.caseInsensitiveCompare(given) == .orderedSame }?.object.id
    }

    private func create(at target: String, organization: OParlObject, body: OParlObject, zone: TimeZone, quiet: Bool) throws {
        let name = organization.text("name") ?? "Gremium"
        var manifest = StoreManifest(storeId: StoreCopier.freshStoreID())
        manifest.identity = identity == .local ? .local : .accounts
        let committee = Committee(id: FreeIdentifier.from(name).isEmpty ? "gremium" : FreeIdentifier.from(name), name: name,
                                  shortName: organization.text("shortName") ?? name, municipality: body.text("name") ?? name,
                                  locale: locale == .sv ? .swedish : .english, timeZone: zone.identifier)
        do {
            try StoreCopier().createStore(at: target, manifest: manifest, committee: committee)
        } catch {
            Console.error("docket: \(error)")
            throw ExitStatus.cannotCreate
        }
        if !quiet { Console.output(words.created(InertText.make(store))) }
    }

    /// The import worked out and its summary printed; nothing written yet.
    private func importing(_ collection: OParlCollection, body: String, organization: String, zone: TimeZone, language: InterfaceLanguage,
                           into existing: StoreContents?, earlier: OParlIDs?) -> OParlImport.Result {
        let options = OParlImport.Options(timeZone: zone, today: Calendar.today(in: zone.identifier), known: OParlVocabularyWords.both,
                                          agendaSection: OParlVocabularyWords.agendaSection(language))
        let result = OParlImport(collection: collection, body: body, organization: organization, options: options)!
            .run(existing: existing, ids: earlier)
        report(result.summary)
        return result
    }


    private func report(_ summary: OParlSummary) {
        for kind in OParlSummary.Kind.allCases {
            Console.output(words.counted(words.kinds[kind] ?? kind.rawValue, summary.new[kind] ?? 0, summary.updated[kind] ?? 0))
        }
        if !summary.elsewhere.isEmpty { Console.output(words.elsewhere(summary.elsewhere["Meeting"] ?? 0, summary.elsewhere["Paper"] ?? 0)) }
        if !summary.deletedUnplaced.isEmpty {
            Console.output(words.deletedUnplaced(summary.deletedUnplaced["Meeting"] ?? 0, summary.deletedUnplaced["Paper"] ?? 0))
        }
        for (kind, urls) in summary.dropped.sorted(by: { $0.key < $1.key }) {
            Console.output(InertText.make(words.dropped(kind, urls.count) + " (" + urls.prefix(3).joined(separator: "; ") + (urls.count > 3 ? "; …" : "") + ")."))
        }
        for item in summary.renumbered {
            Console.output(InertText.make("  " + words.renumbered(item.what, item.number, item.now)))
        }
        guard !summary.skipped.isEmpty else { return }
        Console.output(words.skippedHeading(summary.skipped.count))
        let grouped = Dictionary(grouping: summary.skipped) { "\($0.kind): \(words.reason($0.reason))" }
        for (reason, skipped) in grouped.sorted(by: { $0.key < $1.key }) {
            let examples = skipped.prefix(3).map(\.what).joined(separator: "; ")
            Console.output(InertText.make("  \(skipped.count) × \(reason) (\(examples)\(skipped.count > 3 ? "; …" : ""))"))
        }
    }
}

extension Array where Element == String {
    fileprivate func count(of id: String?) -> Int {
        guard let id else { return 0 }
        return self.count { $0 == id }
    }
}
