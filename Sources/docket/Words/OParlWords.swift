import DocketModel
import DocketOParl

/// The words of `docket import oparl` and `docket export oparl`, in both languages.
struct OParlWords: Sendable {
    let importAbstract: String
    let importDiscussion: String
    let pathHelp: String
    let bodyHelp: String
    let organizationHelp: String
    let timeZoneHelp: String
    let localeHelp: String
    let identityHelp: String
    let dryRunHelp: String
    let reading: @Sendable (Int) -> String
    let read: @Sendable (_ files: Int, _ objects: Int, _ duplicates: Int) -> String
    let unidentified: @Sendable (Int) -> String
    let unreadable: @Sendable (String, String) -> String
    let noBody: String
    let differing: @Sendable (_ count: Int, _ examples: String) -> String
    let standInBodies: @Sendable (String) -> String
    let standInOrganizations: @Sendable (Int, String) -> String
    let chooseBody: String
    let chooseOrganization: @Sendable (String) -> String
    let noOrganization: @Sendable (String) -> String
    let organizationLine: @Sendable (_ name: String, _ id: String, _ type: String, _ meetings: Int) -> String
    let noSuch: @Sendable (_ what: String, _ given: String) -> String
    let otherOrganization: @Sendable (String) -> String
    let notImportedStore: @Sendable (_ store: String, _ committee: String) -> String
    let idOfTwoTypes: @Sendable (_ id: String, _ kinds: String) -> String
    let conflictsRefused: @Sendable (Int) -> String
    let renumbered: @Sendable (_ item: String, _ number: String, _ now: Int) -> String
    let created: @Sendable (String) -> String
    let writing: @Sendable (Int, Int) -> String
    let kinds: [OParlSummary.Kind: String]
    let counted: @Sendable (_ kind: String, _ new: Int, _ updated: Int) -> String
    let keptRecords: @Sendable (Int) -> String
    let skippedHeading: @Sendable (Int) -> String
    let elsewhere: @Sendable (_ meetings: Int, _ papers: Int) -> String
    let deletedUnplaced: @Sendable (_ meetings: Int, _ papers: Int) -> String
    let dropped: @Sendable (OParlSummary.Dropped, _ count: Int) -> String
    let reason: @Sendable (OParlSummary.Reason) -> String
    let dryRunDone: String
    let took: @Sendable (String) -> String
    let exportAbstract: String
    let outputHelp: String
    let baseURLHelp: String
    let exported: @Sendable (_ objects: Int, _ folder: String) -> String
    let outputInsideStore: @Sendable (_ output: String, _ store: String) -> String
    let notAnExport: @Sendable (String) -> String
    let badBaseURL: @Sendable (String) -> String

    static let current = OParlWords.for(CLIWords.currentLanguage)

    static func `for`(_ language: InterfaceLanguage) -> OParlWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }

    static let english = OParlWords(
        importAbstract: "Read a council's OParl data (meetings, agendas, papers, people) into a committee's store.",
        importDiscussion: """
            PATH is an OParl file or a folder of saved server responses (single objects, lists, paged lists such as \
            meeting?page=2.json), read whole before anything is written. One store holds one organization (a committee): \
            without --organization the organizations are listed and nothing is written. Importing again updates the same \
            meetings, items, matters and members (the ids are kept in imports/oparl.json), never duplicates them.
            """,
        pathHelp: "An OParl JSON file, or a folder of them.",
        bodyHelp: "The body (Körperschaft): its URL, the end of its URL, or its name; needed when the data holds several.",
        organizationHelp: "The organization (Gremium) to import: its URL, the end of its URL (1-8), or its name.",
        timeZoneHelp: "The body's time zone: meetings' days and times are read in it.",
        localeHelp: "The language of a new store's interface and minutes (sv or en).",
        identityHelp: "For a new store: accounts (a shared server, people by their logins) or local (one person's computer).",
        dryRunHelp: "Show what would be imported, and write nothing.",
        reading: { "Reading \($0) files…" },
        read: { files, objects, duplicates in "\(files) files, \(objects) objects (\(duplicates) met more than once, kept once)." },
        unidentified: { $0 == 1 ? "1 object without an id or a type cannot be matched and was left out."
                                : "\($0) objects without an id or a type cannot be matched and were left out." },
        unreadable: { file, why in "\(file): \(why); nothing was imported" },
        noBody: "The data holds no Body (Körperschaft); nothing was imported.",
        differing: { count, examples in
            "\(count) ids come twice with different content; of each, the fuller copy (else the later changed) is used: \(examples)\(count > 3 ? ", …" : "")."
        },
        standInBodies: { "The data holds no Body: it is made from the address the other objects name it by (\($0))." },
        standInOrganizations: { count, examples in
            "\(count) organization\(count == 1 ? "" : "s") named by meetings but not in the data: made from the address, named by its last part (\(examples)\(count > 3 ? ", …" : ""))."
        },
        chooseBody: "The data holds several bodies; choose one with --body:",
        chooseOrganization: { "Choose the organization to import with --organization (one store each). \($0) has:" },
        noOrganization: { "\($0) holds no organization (no Gremium, and no meeting that names one): there is nothing to import." },
        organizationLine: { name, id, type, meetings in "  \(id)  \(name) (\(type)): \(meetings == 1 ? "1 meeting" : "\(meetings) meetings")" },
        noSuch: { what, given in "there is no \(what) \"\(given)\" in the data" },
        otherOrganization: { "this store was imported from another organization (\($0)); import it into a store of its own" },
        notImportedStore: { store, committee in "\(store) is \(committee)'s own store, not one an OParl import made: it is never renamed or merged into; import into a new store" },
        idOfTwoTypes: { id, kinds in "\(id) is the id of objects of two types (\(kinds)): an id names one object" },
        conflictsRefused: { "\($0) id\($0 == 1 ? "" : "s") given to objects of two types: such data is not merged, and nothing was imported" },
        renumbered: { item, number, now in "AgendaItem \(item): its number \"\(number)\" is longer than 20 characters, too long to print beside the item; it is numbered \(now)" },
        created: { "Created the store \($0)." },
        writing: { done, total in "Writing \(done) of \(total) files…" },
        kinds: [.member: "members", .meeting: "meetings", .agendaItem: "agenda items", .matter: "matters (papers)", .record: "records of past meetings"],
        counted: { kind, new, updated in "  \(kind): \(new) new, \(updated) updated" },
        keptRecords: { "  \($0) records kept as the clerk keeps them (not replaced)" },
        skippedHeading: { "Skipped \($0):" },
        elsewhere: { meetings, papers in "Of other organizations (their own stores): \(meetings) meetings, \(papers) papers." },
        deletedUnplaced: { meetings, papers in "Deleted on the server, of no organization: \(meetings) meetings, \(papers) papers." },
        dropped: { kind, count in
            switch kind {
            case .absentPaper: "\(count) papers named by agenda items' consultations are not in the data: the items stand without their matter"
            case .fileWithoutPaper: "\(count) files of agenda items that deal with no paper (resolutions) have no matter to be kept with and were left out"
            case .consultationWithoutPaper: "\(count) consultations here name papers that are not in the data and were left out"
            }
        },
        reason: { reason in
            switch reason {
            case .deleted: "deleted on the server"
            case .cancelled: "cancelled"
            case .noStart: "no start date"
            case .noName: "no name"
            case .noReference: "no reference (diary number)"
            case .referenceTaken(let reference): "the reference \(reference) belongs to another paper"
            case .unknownRole(let role): "role not known: \"\(role)\""
            case .noStartDate: "membership without a start date"
            }
        },
        dryRunDone: "Dry run: nothing was written.",
        took: { "Done in \($0)." },
        exportAbstract: "Write the committee as OParl 1.1 objects: public data only.",
        outputHelp: "The folder to write the OParl files into: made when missing, and replaced whole when it holds an earlier export.",
        baseURLHelp: "The address the files will be published under (an absolute http or https URL); the objects' ids are URLs below it.",
        exported: { objects, folder in "\(objects) OParl objects written to \(folder)." },
        outputInsideStore: { output, store in "\(output) is inside the store \(store): the export is written outside it, never over a store file" },
        notAnExport: { "\($0) holds files that are not an earlier export of Docket's: choose a new or empty folder; nothing was written" },
        badBaseURL: { "--base-url \"\($0)\" is not an absolute http or https address (such as https://kommun.se/oparl)" }
    )

    static let swedish = OParlWords(
        importAbstract: "Läs in ett fullmäktiges eller en kommuns OParl-data (sammanträden, dagordningar, handlingar, personer) i en nämnds lager.",
        importDiscussion: """
            SÖKVÄG är en OParl-fil eller en mapp med sparade serversvar (enstaka objekt, listor, sidade listor som \
            meeting?page=2.json), som läses hela innan något skrivs. Ett lager rymmer en organisation (en nämnd): utan \
            --organization listas organisationerna och ingenting skrivs. En ny inläsning uppdaterar samma sammanträden, \
            punkter, ärenden och ledamöter (id:na sparas i imports/oparl.json) och gör aldrig dubbletter.
            """,
        pathHelp: "En OParl-fil i JSON, eller en mapp med sådana.",
        bodyHelp: "Körperschaft (Body): dess URL, slutet av URL:en eller namnet; behövs när datan har flera.",
        organizationHelp: "Organisationen (Gremium) att läsa in: dess URL, slutet av URL:en (1-8) eller namnet.",
        timeZoneHelp: "Tidszonen där sammanträdenas dagar och tider gäller.",
        localeHelp: "Språket i ett nytt lagers gränssnitt och protokoll (sv eller en).",
        identityHelp: "För ett nytt lager: accounts (delad server, personer efter inloggning) eller local (en persons dator).",
        dryRunHelp: "Visa vad som skulle läsas in, och skriv ingenting.",
        reading: { "Läser \($0) filer …" },
        read: { files, objects, duplicates in "\(files) filer, \(objects) objekt (\(duplicates) förekom flera gånger, togs med en gång)." },
        unidentified: { "\($0) objekt utan id eller typ kan inte kännas igen och togs inte med." },
        unreadable: { file, why in "\(file): \(why); ingenting lästes in" },
        noBody: "Datan har ingen Body (Körperschaft); ingenting lästes in.",
        differing: { count, examples in
            "\(count) id:n finns två gånger med olika innehåll; av varje används den fullständigare (annars den senast ändrade): \(examples)\(count > 3 ? ", …" : "")."
        },
        standInBodies: { "Datan har ingen Body: den görs av adressen som de andra objekten anger (\($0))." },
        standInOrganizations: { count, examples in
            "\(count) organisation\(count == 1 ? "" : "er") som sammanträdena anger men som inte finns i datan: gjorda av adressen, med dess sista del som namn (\(examples)\(count > 3 ? ", …" : ""))."
        },
        chooseBody: "Datan har flera Body; välj en med --body:",
        chooseOrganization: { "Välj organisationen att läsa in med --organization (ett lager för varje). \($0) har:" },
        noOrganization: { "\($0) har ingen organisation (inget gremium och inget sammanträde som anger ett): det finns inget att läsa in." },
        organizationLine: { name, id, type, meetings in "  \(id)  \(name) (\(type)): \(meetings == 1 ? "1 sammanträde" : "\(meetings) sammanträden")" },
        noSuch: { what, given in "datan har ingen \(what) \"\(given)\"" },
        otherOrganization: { "arkivet lästes in från en annan organisation (\($0)); läs in den i ett eget arkiv" },
        notImportedStore: { store, committee in "\(store) är \(committee)s eget arkiv, inte ett som en OParl-inläsning gjorde: det byter aldrig namn och blandas aldrig med annat; läs in i ett nytt arkiv" },
        idOfTwoTypes: { id, kinds in "\(id) är id för objekt av två slag (\(kinds)): ett id namnger ett objekt" },
        conflictsRefused: { "\($0) id för objekt av två slag: sådana uppgifter blandas inte, och ingenting lästes in" },
        renumbered: { item, number, now in "AgendaItem \(item): numret \"\(number)\" är längre än 20 tecken, för långt att skriva ut vid punkten; den får nummer \(now)" },
        created: { "Lagret \($0) skapades." },
        writing: { done, total in "Skriver \(done) av \(total) filer …" },
        kinds: [.member: "ledamöter", .meeting: "sammanträden", .agendaItem: "punkter på dagordningar", .matter: "ärenden (handlingar)",
                .record: "protokoll från hållna sammanträden"],
        counted: { kind, new, updated in "  \(kind): \(new) nya, \(updated) uppdaterade" },
        keptRecords: { "  \($0) protokoll behölls som sekreteraren för dem (ersattes inte)" },
        skippedHeading: { "Hoppades över \($0):" },
        elsewhere: { meetings, papers in "Andra organisationers (deras egna lager): \(meetings) sammanträden, \(papers) handlingar." },
        deletedUnplaced: { meetings, papers in "Borttagna på servern, utan organisation: \(meetings) sammanträden, \(papers) handlingar." },
        dropped: { kind, count in
            switch kind {
            case .absentPaper: "\(count) handlingar som dagordningspunkters behandlingar anger finns inte i datan: punkterna står utan sitt ärende"
            case .fileWithoutPaper: "\(count) filer till dagordningspunkter utan handling (beslut) har inget ärende att höra till och togs inte med"
            case .consultationWithoutPaper: "\(count) behandlingar här anger handlingar som inte finns i datan och togs inte med"
            }
        },
        reason: { reason in
            switch reason {
            case .deleted: "borttaget på servern"
            case .cancelled: "inställt"
            case .noStart: "inget startdatum"
            case .noName: "inget namn"
            case .noReference: "ingen referens (diarienummer)"
            case .referenceTaken(let reference): "referensen \(reference) hör till en annan handling"
            case .unknownRole(let role): "okänd roll: \"\(role)\""
            case .noStartDate: "medlemskap utan startdatum"
            }
        },
        dryRunDone: "Provkörning: ingenting skrevs.",
        took: { "Klart på \($0)." },
        exportAbstract: "Skriv nämnden som OParl 1.1-objekt: bara offentliga uppgifter.",
        outputHelp: "Mappen att skriva OParl-filerna i: skapas om den saknas, och ersätts helt när den rymmer en tidigare export.",
        baseURLHelp: "Adressen filerna publiceras under (en fullständig http- eller https-adress); objektens id är URL:er under den.",
        exported: { objects, folder in "\(objects) OParl-objekt skrevs till \(folder)." },
        outputInsideStore: { output, store in "\(output) ligger i arkivet \(store): exporten skrivs utanför det, aldrig över en fil i arkivet" },
        notAnExport: { "\($0) innehåller filer som inte är en tidigare export från Docket: välj en ny eller tom mapp; ingenting skrevs" },
        badBaseURL: { "--base-url \"\($0)\" är ingen fullständig http- eller https-adress (som https://kommun.se/oparl)" }
    )
}
