import DocketModel

/// The words of `docket meeting` and `docket member`: preparing meetings and keeping the committee's people.
struct PreparationWords: Sendable {
    let meetingAbstract: String
    let meetingAddAbstract: String
    let meetingAddDiscussion: String
    let storeHelp: String
    let dateHelp: String
    let timeHelp: String
    let placeHelp: String
    let meetingIDHelp: String
    let meetingAdded: @Sendable (String, String, Int) -> String
    let badDate: @Sendable (String) -> String
    let meetingPutAbstract: String
    let meetingPutDiscussion: String
    let meetingHelp: String
    let mattersHelp: String
    let openHelp: String
    let sectionHelp: String
    let nothingToPut: String
    let nothingOpen: String
    let heldMeeting: @Sendable (String) -> String
    let newVersion: @Sendable (_ diaryNumber: String, _ dates: String) -> String
    let confidentialBefore: @Sendable (_ diaryNumber: String, _ title: String) -> String
    let publicHelp: String
    let askPublic: String
    let yes: String
    let notPutWithoutAnswer: String
    let noMeeting: @Sendable (String) -> String
    let put: @Sendable (String, String, String, String) -> String
    let badTime: @Sendable (String) -> String
    let memberAbstract: String
    let memberAddAbstract: String
    let memberEditAbstract: String
    let memberEndAbstract: String
    let memberDiscussion: String
    let nameHelp: String
    let memberIDHelp: String
    let partyHelp: String
    let loginHelp: String
    let roleHelp: String
    let fromHelp: String
    let toHelp: String
    let memberHelp: String
    let onHelp: String
    let memberAdded: @Sendable (String, String, String) -> String
    let memberChanged: @Sendable (String) -> String
    let memberEnded: @Sendable (String, String) -> String
    let noSuchMember: @Sendable (String) -> String
    let takenID: @Sendable (String) -> String
    let noRunningTerm: @Sendable (String) -> String
    let nothingToChange: String
    let notWritten: @Sendable (String) -> String
    let roles: [MemberRole: String]

    static let current = PreparationWords.for(CLIWords.currentLanguage)

    static func `for`(_ language: InterfaceLanguage) -> PreparationWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }
}

extension PreparationWords {
    static let swedish = PreparationWords(
        meetingAbstract: "Förbered sammanträden.",
        meetingAddAbstract: "Lägg till ett sammanträde, med nämndens vanliga avsnitt och de inledande punkterna.",
        meetingAddDiscussion: "Avsnitten tas från committee.json (agendaSections) och är annars Inledande ärenden, Beslutsärenden, Svar på motioner och skrivelser, Remisser, Anmälningsärenden och information. Mötets öppnande, val av justerare och godkännande av dagordningen står först.",
        storeHelp: "Arkivet.",
        dateHelp: "Dagen, ÅÅÅÅ-MM-DD.",
        timeHelp: "Klockslaget då sammanträdet börjar, TT:MM.",
        placeHelp: "Var sammanträdet hålls.",
        meetingIDHelp: "Sammanträdets id (annars dagen).",
        meetingAdded: { id, date, items in "Sammanträdet den \(date)\(id == date ? "" : " (\(id))") är tillagt, med \(items) inledande punkter." },
        badDate: { "\"\($0)\" är ingen dag: skriv ÅÅÅÅ-MM-DD" },
        meetingPutAbstract: "Sätt ärenden som redan finns i arkivet på ett sammanträdes dagordning.",
        meetingPutDiscussion: "Ärendena anges med id eller diarienummer; --open tar med varje ärende som ett tidigare sammanträde bordlade eller återremitterade och som ingen senare dagordning har tagit upp. Ärendets historik följer med.",
        meetingHelp: "Sammanträdets id.",
        mattersHelp: "Ärendena: id eller diarienummer.",
        openHelp: "Ta med de bordlagda och återremitterade ärendena.",
        sectionHelp: "Avsnittet på dagordningen (avsnittets id); annars efter ärendets slag.",
        nothingToPut: "ange ärenden, eller --open för de bordlagda och återremitterade",
        nothingOpen: "Inga bordlagda eller återremitterade ärenden väntar.",
        heldMeeting: { "sammanträdet den \($0) är hållet (dess protokoll är påbörjat): dagordningen ändras bara genom protokollets ändringar av dagordningen (R i sammanträdet); ingenting ändrades" },
        newVersion: { number, dates in "\(number) finns i protokollet från \(dates): utlåtandet läggs till som en ny version, och inget som protokollet hänvisar till ändras" },
        confidentialBefore: { number, title in "\(number) \(title) stod under sekretess på en tidigare dagordning; som offentlig punkt publiceras dess utlåtande" },
        publicHelp: "Sätt ärenden som tidigare stod under sekretess på dagordningen som offentliga punkter utan att fråga.",
        askPublic: "Sätta upp det som offentlig punkt? [j/N] ",
        yes: "j",
        notPutWithoutAnswer: "ingenting sattes upp: svara på en terminal, eller ange --public",
        noMeeting: { "det finns inget sammanträde \"\($0)\" i arkivet" },
        put: { number, title, item, section in "\(number) \(title): punkt \(item) under \(section)" },
        badTime: { "\"\($0)\" är inget klockslag: skriv TT:MM" },
        memberAbstract: "Nämndens ledamöter, ersättare och sekreterare, med deras uppdrag.",
        memberAddAbstract: "Lägg till en person med ett uppdrag från en dag.",
        memberEditAbstract: "Ändra en persons namn, parti eller inloggning, eller ge ett nytt uppdrag från en dag.",
        memberEndAbstract: "Avsluta en persons pågående uppdrag en dag.",
        memberDiscussion: "Uppdragen (--role): ordförande, vice-ordförande, ledamot, ersättare, sekreterare. Ett nytt uppdrag avslutar det pågående dagen innan.",
        nameHelp: "Namnet som protokollet skriver det.",
        memberIDHelp: "Personens id (annars av namnet).",
        partyHelp: "Partiets förkortning, till exempel S eller MP.",
        loginHelp: "Inloggningsnamnet som känner igen personen.",
        roleHelp: "Uppdraget: ordförande, vice-ordförande, ledamot, ersättare eller sekreterare.",
        fromHelp: "Första dagen, ÅÅÅÅ-MM-DD.",
        toHelp: "Sista dagen, om den är känd.",
        memberHelp: "Personens id.",
        onHelp: "Sista dagen, ÅÅÅÅ-MM-DD.",
        memberAdded: { name, id, role in "\(name) (\(id)) är tillagd som \(role)." },
        memberChanged: { "\($0) är ändrad." },
        memberEnded: { name, date in "\(name)s uppdrag slutar \(date)." },
        noSuchMember: { "det finns ingen person med id \"\($0)\" i committee.json" },
        takenID: { "id:t \"\($0)\" är redan taget; ange ett annat med --id" },
        noRunningTerm: { "\($0) har inget pågående uppdrag" },
        nothingToChange: "inget att ändra: ange --name, --party, --login eller --role med --from",
        notWritten: { "ingenting skrevs: \($0)" },
        roles: [.chair: "ordförande", .viceChair: "vice ordförande", .member: "ledamot", .substitute: "ersättare", .clerk: "sekreterare"]
    )

    static let english = PreparationWords(
        meetingAbstract: "Prepare meetings.",
        meetingAddAbstract: "Add a meeting, with the committee's usual sections and the opening items.",
        meetingAddDiscussion: "The sections come from committee.json (agendaSections), otherwise Opening items, Decisions, Answers to motions and letters, Consultations, Reports and information. The opening, the election of members to check the minutes and the approval of the agenda come first.",
        storeHelp: "The store.",
        dateHelp: "The day, YYYY-MM-DD.",
        timeHelp: "When the meeting begins, HH:MM.",
        placeHelp: "Where the meeting is held.",
        meetingIDHelp: "The meeting's id (otherwise the day).",
        meetingAdded: { id, date, items in "The meeting on \(date)\(id == date ? "" : " (\(id))") is added, with \(items) opening items." },
        badDate: { "\"\($0)\" is not a day: write YYYY-MM-DD" },
        meetingPutAbstract: "Put matters already in the store on a meeting's agenda.",
        meetingPutDiscussion: "Name the matters by id or diary number; --open takes up every matter an earlier meeting tabled or referred back that no later agenda has taken up. The matter's history follows it.",
        meetingHelp: "The meeting's id.",
        mattersHelp: "The matters: ids or diary numbers.",
        openHelp: "Take up the tabled and referred-back matters.",
        sectionHelp: "The agenda's section (its id); otherwise by the matter's kind.",
        nothingToPut: "name matters, or --open for the tabled and referred-back ones",
        nothingOpen: "No tabled or referred-back matters are waiting.",
        heldMeeting: { "the meeting of \($0) is held (its record is begun): its agenda changes only through the record's agenda changes (R in the meeting); nothing was changed" },
        newVersion: { number, dates in "\(number) is in the record of \(dates): the report is added as a new version, and nothing the record cites is changed" },
        confidentialBefore: { number, title in "\(number) \(title) was confidential on an earlier agenda; as a public item its report is published" },
        publicHelp: "Put matters that were confidential on an earlier agenda on as public items without asking.",
        askPublic: "Put it on as a public item? [y/N] ",
        yes: "y",
        notPutWithoutAnswer: "nothing was put on: answer on a terminal, or give --public",
        noMeeting: { "there is no meeting \"\($0)\" in the store" },
        put: { number, title, item, section in "\(number) \(title): item \(item) under \(section)" },
        badTime: { "\"\($0)\" is not a time: write HH:MM" },
        memberAbstract: "The committee's members, substitutes and clerk, with their terms.",
        memberAddAbstract: "Add a person with a role from a day.",
        memberEditAbstract: "Change a person's name, party or login, or give a new role from a day.",
        memberEndAbstract: "End a person's running term on a day.",
        memberDiscussion: "Roles: chair, vice-chair, member, substitute, clerk. A new role ends the running term the day before.",
        nameHelp: "The name as the minutes write it.",
        memberIDHelp: "The person's id (otherwise from the name).",
        partyHelp: "The party's abbreviation, such as S or MP.",
        loginHelp: "The login name that recognises the person.",
        roleHelp: "The role: chair, vice-chair, member, substitute or clerk.",
        fromHelp: "The first day, YYYY-MM-DD.",
        toHelp: "The last day, when it is known.",
        memberHelp: "The person's id.",
        onHelp: "The last day, YYYY-MM-DD.",
        memberAdded: { name, id, role in "\(name) (\(id)) is added as \(role)." },
        memberChanged: { "\($0) is changed." },
        memberEnded: { name, date in "\(name)'s term ends on \(date)." },
        noSuchMember: { "there is no person with the id \"\($0)\" in committee.json" },
        takenID: { "the id \"\($0)\" is taken; give another with --id" },
        noRunningTerm: { "\($0) has no running term" },
        nothingToChange: "nothing to change: give --name, --party, --login or --role with --from",
        notWritten: { "nothing was written: \($0)" },
        roles: [.chair: "chair", .viceChair: "vice chair", .member: "member", .substitute: "substitute", .clerk: "clerk"]
    )
}
