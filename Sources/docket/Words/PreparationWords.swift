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
        noMeeting: { "det finns inget sammanträde \"\($0)\" i arkivet" },
        put: { number, title, item, section in "\(number) \(title): punkt \(item) under \(section)" },
        badTime: { "\"\($0)\" är inget klockslag: skriv TT:MM" },
        memberAbstract: "Nämndens ledamöter, ersättare och sekreterare, med deras uppdrag.",
        memberAddAbstract: "Lägg till en person med ett uppdrag från en dag.",
        memberEditAbstract: "Ändra en persons namn, parti eller inloggning, eller ge ett nytt uppdrag från en dag.",
        memberEndAbstract: "Avsluta en persons pågående uppdrag en dag.",
        memberDiscussion: "Uppdragen: ordförande (chair), vice ordförande (vice-chair), ledamot (member), ersättare (substitute), sekreterare (clerk). Ett nytt uppdrag avslutar det pågående dagen innan.",
        nameHelp: "Namnet som protokollet skriver det.",
        memberIDHelp: "Personens id (annars av namnet).",
        partyHelp: "Partiets förkortning, till exempel S eller MP.",
        loginHelp: "Inloggningsnamnet som känner igen personen.",
        roleHelp: "Uppdraget: chair, vice-chair, member, substitute eller clerk.",
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
