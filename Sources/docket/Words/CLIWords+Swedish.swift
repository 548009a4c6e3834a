import DocketText
import DocketMinutes
extension CLIWords {
    static let swedish = CLIWords(
        abstract: "Gå igenom en nämnds dagordning: läs, anteckna, ta ställning, för protokoll och skriv ut det.",
        discussion: """
            Ett arkiv är en mapp med JSON-filer (se docs/store-format.md). Utan ARKIV använder \
            Docket $DOCKET_STORE, annars en egen skrivbar kopia av demonämnden. Docket talar \
            nämndens språk; --lang, $DOCKET_LANG eller docket language väljer ett annat.

            Slutkoder: 0 klart, 64 fel användning, 65 felaktiga data, 66 arkivet finns inte, \
            69 terminalen kan inte användas, 73 kan inte skapa, 74 in- eller utmatningsfel.
            """,
        noCommand: { "det finns inget kommando \"\($0)\"; docket help visar kommandona" },
        openAbstract: "Öppna ett arkiv (standardkommandot).",
        validateAbstract: "Kontrollera varje fil i ett arkiv och visa varje fel. Skriver ingenting.",
        validateDiscussion: "Felen visas ett per rad: FIL:RAD:KOLUMN: beskrivning för syntaxfel och FIL: $.sökväg: beskrivning för innehåll och hänvisningar.",
        demoAbstract: "Skriv ut demonämnden som ett vanligt arkiv.",
        demoOutputHelp: "En ny eller tom mapp att skriva demoarkivet i.",
        logAbstract: "Visa allas loggar i tidsordning: vem som öppnade, ajournerade, flyttade och avslutade sammanträdet, och vad sekreteraren protokollförde.",
        logMeetingHelp: "Bara det här sammanträdets rader.",
        notesAbstract: "Skriv och lista anteckningar från kommandoraden, som i gränssnittet.",
        notesAddAbstract: "Skriv en anteckning om ett ärende: privat om inte --shared.",
        notesAddDiscussion: "Ett ankare pekar ut ett stycke: document:DOKUMENT-ID:N (dokumentets N:te stycke, räknat från 0 genom alla avsnitt) eller proposal:FÖRSLAGS-ID:N (dess N:te att-sats).",
        notesListAbstract: "Lista de anteckningar du kan se: dina egna (privata och delade) och andras delade.",
        notesExportAbstract: "Skriv ut dina förberedelser inför ett sammanträde: i dagordningens ordning, ditt ställningstagande, egna yrkanden, motiveringar och anteckningar.",
        positionsAbstract: "För in och lista var du står i sammanträdets ärenden, som i gränssnittet.",
        positionsListAbstract: "Lista de ställningstaganden du kan se för ett sammanträde: dina egna och andras delade, i dagordningens ordning.",
        positionsSetAbstract: "För in ditt ställningstagande i ett ärende: privat om inte --shared; --stance none tar bort det.",
        minutesAbstract: "Skriv ut ett sammanträdes protokoll ur sekreterarens anteckningar: helt, som protokollsutdrag eller för publicering.",
        minutesDiscussion: """
            Rubrikerna följer nämndens språk (svenska, eller engelska för "en"). Kontrollernas varningar \
            (något som protokollet saknar) skrivs till felutmatningen (stderr). Om protokollet skulle bli fel \
            (en votering som inte går ihop, en röst eller reservation från någon som inte deltog) \
            skrivs ingenting: felen listas och slutkoden är 65.
            """,
        accessAbstract: "Kontrollera, eller ställ in, vem som får skriva varje fil och mapp i ett delat arkiv.",
        accessDiscussion: """
            För ett arkiv som delas på en server: förvaltningens filer (nämnden, ärenden, sammanträden) \
            och varje sammanträdes protokoll tillhör sekreteraren, varje live-fil ordföranden, varje \
            ledamots mapp och logg den ledamoten; allt kan läsas av nämndens grupp och av ingen annan. \
            Varje sökväg som avviker är en rad med kommandot som rättar den; slutkoden är 65 om någon \
            avviker. --apply (körs av root eller arkivets ägare) ställer in det, skapar först varje \
            ledamots mapp och logg, och säger vad som ändrades. Se docs/deployment.md.
            """,
        initAbstract: "Skapa ett tomt arkiv för en nämnd, med ett eget id.",
        initDiscussion: """
            Frågar om arkivet delas (flera personer, var och en med sitt eget konto på en server eller \
            i en nätverksmapp: vem du är avgörs av ditt konto) eller bara är ditt på den här datorn \
            (--as anger ledamoten), om inte --identity säger det. Se docs/deployment.md.
            """,
        languageAbstract: "Visa eller välj vilket språk Docket talar med dig: sv (svenska) eller en (engelska); committee följer varje nämnds språk.",
        storeHelp: "Arkivets mapp (standard: $DOCKET_STORE, annars en kopia av demonämnden).",
        storeHereHelp: "Arkivets mapp (standard: $DOCKET_STORE, annars den aktuella mappen).",
        asHelp: "Agera som den här ledamoten (ett id ur arkivets committee.json). Standard: $DOCKET_USER, annars $USER jämfört med ledamöternas inloggningar.",
        meetingHelp: "Sammanträdets id.",
        matterHelp: "Ärendet, med id eller diarienummer.",
        formatHelp: "Formatet.",
        jsonNotesHelp: "Skriv JSON: ett objekt med anteckningarna, var och en med om den är delad.",
        jsonPositionsHelp: "Skriv JSON: ett objekt med ställningstagandena, vart och ett med om det är delat.",
        onlyMeetingHelp: "Bara anteckningar om ärendena på det här sammanträdets dagordning, i dagordningens ordning.",
        anchorHelp: "Stycket anteckningen gäller (se nedan); standard: hela ärendet.",
        noteTextHelp: "Anteckningens text.",
        noteSharedHelp: "Dela anteckningen med alla ledamöter (standard: privat, bara du ser den).",
        withSharedHelp: "Ta också med andras delade anteckningar.",
        stanceHelp: "Var du står; eget är ett eget yrkande (ange --kind och --text), ingen tar bort ditt ställningstagande.",
        kindHelp: "För --stance eget: slaget av yrkande.",
        proposalTextHelp: "För --stance eget: yrkandets text.",
        motivationHelp: "Varför, med en mening eller två.",
        positionSharedHelp: "Dela ställningstagandet med alla ledamöter, så att sekreteraren kan föra in ett eget yrkande.",
        outputHelp: "Skriv till den här filen (ersätts i ett steg) i stället för till standard output.",
        itemsHelp: "Ett protokollsutdrag med ärendena med de här numren.",
        publicHelp: "Versionen för publicering: ärenden med sekretess visar bara paragraf och rubrik.",
        applyHelp: "Ställ in ägare, grupp och rättigheter som de ska vara (kräver --group).",
        groupHelp: "Nämndens grupp (standard: gruppen för arkivets mapp).",
        folderHelp: "En ny eller tom mapp för arkivet.",
        committeeHelp: "Nämndens namn, som i protokollen (\"Socialnämnden\").",
        municipalityHelp: "Kommunen (\"Åsbro kommun\").",
        shortNameHelp: "Ett kort namn för smala skärmar (standard: nämndens namn).",
        localeHelp: "Protokollens språk.",
        timeZoneHelp: "Tidszonen för sammanträdenas datum och tider.",
        administrationHelp: "En förvaltning som bereder nämndens ärenden; ange den en gång för varje.",
        identityHelp: "Vem personerna är: accounts (ett delat arkiv) eller local (en persons egen kopia). Frågas om det inte anges.",
        languageChoiceHelp: "sv, en eller committee (nämndens språk, standard). Utan: det som är valt nu.",
        nameWhatNotes: "ange vad som ska göras: add, list eller export",
        nameWhatPositions: "ange vad som ska göras: set eller list",
        emptyNote: "anteckningen är tom: --text behöver något att säga",
        ownNeedsKindAndText: "--stance eget kräver --kind och --text",
        kindOnlyForOwn: { "--kind och --text hör bara till --stance eget, inte till --stance \($0)" },
        noneHasNothing: "--stance none tar bort ditt ställningstagande: --motivation och --shared har inget att höra till",
        noteNotSaved: { "anteckningen sparades inte: \($0)" },
        positionNotSaved: { "ställningstagandet sparades inte: \($0)" },
        notOnAgenda: { matter, meeting in "ärendet \(matter) finns inte på dagordningen för sammanträdet \(meeting)" },
        noMeeting: { id, known in "det finns inget sammanträde med id \"\(id)\"; de som finns: \(known)" },
        noMatter: { "det finns inget ärende med id eller diarienummer \"\($0)\"" },
        severalMatters: { number, ids in "diarienumret \"\(number)\" hör till flera ärenden: \(ids); ange ett med id" },
        nothingChanged: { store, count in "\(store): \(count); ingenting ändrades" },
        cacheRefused: { "cachen över redan granskade filer används inte (\($0)): varje fil granskas helt; ta bort den, så gör Docket en privat" },
        problems: { $0 == 1 ? "1 fel" : "\($0) fel" },
        demoMissing: "demonämnden saknas i den här installationen",
        demoCreated: { "en kopia av demonämnden skapades i \($0)" },
        demoUnwritable: { "kan inte skapa demoarkivet: \($0)" },
        demoWritten: { "Demonämnden är skriven till \($0). Öppna den med: docket \($0)" },
        notUTF8: "teckeninställningen är inte UTF-8 (sätt LANG, till exempel LANG=sv_SE.UTF-8): visar bara ASCII",
        minutesInsideStore: { output, store in "\(output) ligger i arkivet \(store): protokollet skrivs utanför det, aldrig över en fil i arkivet" },
        minutesError: { error in
            switch error {
            case .unknownMeeting(let id, let known): "det finns inget sammanträde \"\(id)\" i arkivet; sammanträdena är: \(known.joined(separator: ", "))"
            case .noRecord(let id): "sammanträdet \(id) har inget protokoll än: sekreteraren för det under sammanträdet"
            case .unknownItems(let numbers): "sammanträdet har inget ärende \(ListWords.swedish(numbers.map(String.init)))"
            case .notHandled(let numbers): "ärende \(ListWords.swedish(numbers.map(String.init))) behandlades inte (det ströks, eller inget protokollfördes)"
            case .imported(let id): "protokollet för \(id) lästes in från rådets eget protokoll, som förblir sammanträdets protokoll: Docket skriver inget"
            }
        },
        validStore: { path, committee, meetings, items, matters, members in
            "\(path): ett giltigt arkiv för \(committee): \(meetings) \(meetings == 1 ? "sammanträde" : "sammanträden"), "
                + "\(items) \(items == 1 ? "ärende" : "ärenden") på dagordningarna, \(matters) \(matters == 1 ? "ärende" : "ärenden") i arkivet, "
                + "\(members) \(members == 1 ? "person" : "personer")"
        },
        positionSaved: { title, stance, shared in "Ditt ställningstagande i \(title) är sparat (\(shared ? "delat" : "privat")): \(stance)." },
        positionCleared: { "Ditt ställningstagande i \($0) är borttaget." },
        noteSaved: { title, shared in "Din anteckning om \(title) är sparad (\(shared ? "delad" : "privat"))." },
        logMeeting: { "sammanträdet \($0)" },
        minutesWrong: { "protokollet skulle bli fel (\($0) fel); ingenting skrevs" },
        minutesWarning: { file, meeting, item, words in "\(file): sammanträdet \(meeting)\(item.map { ", \($0)" } ?? ""): \(words)" },
        applyNeedsGroup: "--apply kräver --group: nämndens grupp, som varje ledamots konto ingår i",
        noGroup: { "det finns ingen grupp \"\($0)\" på den här datorn (groupadd \($0) skapar en)" },
        changed: { "ändrat    \($0)" },
        nothingToChange: "inget att ändra",
        applyRefused: { "\($0): --apply körs av root eller av ägaren till varje fil i arkivet" },
        mismatch: { path, problem, writer, fix in "avviker   \(path): \(problem) (skrivs av \(writer)); rätta: \(fix)" },
        accessOK: { path, writer in "ok        \(path): skrivs av \(writer)" },
        notInGroup: { who, group, login in "avviker   \(who) ingår inte i gruppen \(group) och kan inte läsa arkivet; rätta: usermod -aG \(group) \(login)" },
        privateInsideStore: { "avviker   privata data (\($0)) ligger i arkivet, där andra kan läsa dem; rätta: sätt XDG_DATA_HOME till en mapp utanför det" },
        accessSummary: { count, group, mismatches in
            "\(count) sökvägar kontrollerade för gruppen \(group): " + (mismatches == 0 ? "allt stämmer med rollerna" : "\(mismatches) avviker")
        },
        unknownTimeZone: { "okänd tidszon \"\($0)\"; till exempel Europe/Stockholm" },
        nameGivesNoID: { "namnet \"\($0)\" ger inget id: använd bokstäver eller siffror" },
        created: { committee, municipality, folder, alone in
            "Ett tomt arkiv för \(committee), \(municipality), är skapat i \(folder) (\(alone ? "bara ditt: --as anger ledamoten" : "delat: personerna känns igen på sina konton"))."
        },
        next: { "Nästa steg: docket member add \($0) --name NAMN --role member --from DAG (med --login för varje persons konto), docket meeting add \($0) --date DAG --time TT:MM --place PLATS, docket import report FIL --store \($0) --meeting DAG; för en delad server, se docs/deployment.md." },
        sayIdentity: "ange vem personerna är med --identity accounts (ett delat arkiv) eller --identity local (bara ditt)",
        askShared: "Ska flera personer använda arkivet, var och en med sitt eget konto på en server eller i en nätverksmapp (a),",
        askAlone: "eller är det bara ditt på den här datorn (l)? [a/l] ",
        searchAbstract: "Sök i hela arkivet: rubriker, diarienummer, tjänsteutlåtanden, förslag, beslut och dina egna anteckningar.",
        searchDiscussion: "Alla ord ska finnas; \"en fras\" som den står; filter dnr:, år: (year:), typ: (kind:). Stora och små bokstäver är lika, men å, ä och ö är egna bokstäver: far hittar inte får.",
        searchQueryHelp: "Det du söker.",
        jsonSearchHelp: "Skriv JSON: ett objekt med ärendena som hittades, vart och ett med sina sammanträden och ett utdrag."
    )
}
