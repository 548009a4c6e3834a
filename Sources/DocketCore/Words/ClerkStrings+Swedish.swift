import DocketModel
import DocketText

extension ClerkStrings {
    public static let swedish = ClerkStrings(
        onlyClerk: "Bara sekreteraren för protokollet",
        approvedReadOnly: {
            "Protokollet justerades den \($0) och kan bara läsas: C i sammanträdets protokoll (R) påbörjar en rättelse"
        },
        approvedNoReopen: { "Protokollet justerades den \($0): sammanträdet förblir avslutat" },
        notApprovedYet: "Protokollet är inte justerat än: det kan ändras som det är",
        recordMenuTitle: "Protokoll",
        putKindTitle: "Slag av yrkande",
        decisionMenuTitle: "Beslut",
        agendaProposalText: { "\(ListWords.swedishGenitive($0)) förslag till beslut" },
        rejectText: "att avslå förslaget",
        decisionClause: { category in
            switch category {
            case .accordingToProposal, .amended: nil
            case .rejected: "att avslå förslaget"
            case .tabled: "att bordlägga ärendet"
            case .referredBack: "att återremittera ärendet till förvaltningen"
            case .noted: "att lägga informationen till handlingarna"
            case .referred: nil
            }
        },
        itemIsStruck: "Ärendet utgår från dagordningen: inget protokollförs i det (x på dagordningen tar tillbaka det)",
        voteCountsPrompt: "Röster: ja nej avstår [frånvarande] (lägg till 'sluten' för sluten omröstning; vid lika 'ja' eller 'nej' för ordförandens utslagsröst): ",
        countsNeeded: "Skriv antalen: ja nej avstår, och frånvarande om några: 7 6 0",
        checkingWhen: { date, time, place in
            // "den 15 december 2026 kl. 10.00, Stadshuset", as much as the protokoll gives.
            "den \(SwedishCalendar.dayMonthYear(date))" + (time.map { " kl. \($0.replacingOccurrences(of: ":", with: "."))" } ?? "")
                + (place.map { ", \($0)" } ?? "")
        },
        procedureDecision: { procedure, checkers, chairChecks, checking, changed in
            switch procedure {
            case .opening: "Ordföranden förklarar sammanträdet öppnat."
            case .checkers where chairChecks:
                // The chair who checks is named once, as a sekreterare writes it.
                "Ordföranden och \(checkers.isEmpty ? "…" : ListWords.swedish(checkers)) utses att justera protokollet"
                    + (checking.map { " \($0)" } ?? "") + "."
            case .checkers:
                "att utse \(checkers.isEmpty ? "…" : ListWords.swedish(checkers)) att jämte ordföranden justera protokollet"
                    + (checking.map { " \($0)" } ?? "") + "."
            case .agenda: changed ? "att godkänna dagordningen med de ändringar som antecknats." : "att godkänna dagordningen."
            case .information: "att lägga informationen till handlingarna."
            }
        },
        undone: "Den senaste ändringen i protokollet är ångrad (U i protokollmenyn gör om den)",
        redone: "Ändringen är gjord igen",
        nothingToRedo: "Det finns inget att göra om",
        propositionFirst: "Flera yrkanden står mot varandra: ställ proposition först (o), sedan beslutar b enligt det som bifölls",
        noAgendaProposal: "Ett formellt ärende har inget förslag till beslut",
        agendaProposalAlreadyPut: "Förslaget på dagordningen är redan protokollfört",
        agendaProposalAlreadyMoved: "Förslaget på dagordningen är redan yrkat",
        chairMoved: { "Protokollfört: ordföranden yrkar bifall till \($0)" },
        noChair: "Nämnden har ingen ordförande den dagen: ange vem som yrkar med p",
        proposalPut: { "Protokollfört: \($0)" },
        typedProposal: "Ett annat yrkande, skrivet nu…",
        memberProposalTitle: "En ledamots yrkande (delade ställningstaganden först)",
        noProposalsYet: "Inga yrkanden än: a för in förslaget på dagordningen, p en ledamots yrkande",
        withdrawTitle: "Återta ett yrkande (eller ta tillbaka återtagandet)",
        proposalWithdrawn: { "\($0) är återtaget" },
        proposalRestored: { "\($0) är inte längre återtaget" },
        propositionTitle: "Yrkanden som ställs mot varandra (Tab markerar)",
        preferredTitle: "Vilket bifölls?",
        preferredRecorded: { "\($0) bifölls utan votering" },
        proposersTitle: "Yrkande av (skriv ett namn eller ett parti; Tab markerar)",
        proposalTextPrompt: "Yrkande: ",
        memberProposal: { proposers, kind in
            let words: [PutProposal.Kind: String] = [.support: "bifallsyrkande", .reject: "avslagsyrkande", .amendment: "ändringsyrkande",
                                                     .addition: "tilläggsyrkande", .referralBack: "återremissyrkande",
                                                     .tabling: "bordläggningsyrkande"]
            let word = words[kind] ?? ""
            if proposers.count == 1 { return "\(ListWords.swedishGenitive(proposers[0])) \(word)" }
            return "\(word.prefix(1).uppercased() + word.dropFirst()) från \(ListWords.swedish(proposers))"
        },
        voteName: { "Votering \($0)" },
        memberList: { list in
            switch list {
            case .recused:
                MemberListWords(command: "jäv", pickerTitle: "Jäv: de markerade lämnar ärendet",
                                recorded: { $0 == 0 ? "Ingen anmäler jäv" : "\($0) anmäler jäv" }, outcome: { "Jäv: \($0)" })
            case .notTakingPart:
                MemberListWords(command: "deltar inte i beslutet",
                                pickerTitle: "Deltar inte i beslutet: de markerade är kvar men beslutar inte",
                                recorded: { $0 == 0 ? "Alla deltar i beslutet" : "\($0) deltar inte i beslutet" },
                                outcome: { "Deltar inte i beslutet: \($0)" })
            }
        },
        reservationTitle: "Reservation av (skriv ett namn; Tab markerar)",
        favourTitle: "Till förmån för",
        noFavour: "Inget yrkande angivet",
        writtenQuestion: "Lämnas en skriftlig reservation? j/n",
        reservationRecorded: "Reservationen är protokollförd",
        statementPrompt: "Text: ",
        checkedAtOnceOn: "Paragrafen justeras omedelbart",
        checkedAtOnceOff: "Paragrafen justeras med protokollet",
        removeTitle: "Ta bort något protokollfört",
        nothingRecorded: "Inget är protokollfört i ärendet",
        entryRemoved: "Borttaget",
        proposalEntry: { "Yrkande: \($0)" },
        stepEntry: { sides, preferred in "Proposition \(sides): \(preferred)" },
        voteEntry: { vote, yes, no in "\(vote): ja \(yes), nej \(no)" },
        reservationEntry: { "Reservation av \($0)" },
        decisionEntry: { "Beslut: \($0)" },
        decisionPrompt: { "Beslut, \($0) (att-satser skiljs med |): " },
        decisionRecorded: { "Beslutet är protokollfört: \($0)" },
        emptyNotSaved: "Inget skrivet: inget sparat",
        voteNeedsTwo: "En votering kräver två yrkanden som inte är återtagna",
        attendanceFirst: "För in närvaron först: R på dagordningen, sedan mellanslag, eller * för alla närvarande",
        voteYesTitle: "Ja står för",
        voteNoTitle: "Nej står för",
        everyoneVoted: "Alla har svarat: backsteg tar tillbaka det senaste svaret",
        voteLeft: "Voteringen är inte avslutad: v i protokollmenyn fortsätter den",
        tieNeedsChair: "Lika röstetal, och ordföranden har inte röstat ja eller nej: ordförandens utslagsröst avgör",
        voteDone: { yes, no, abstaining, winner, casting in
            "Voteringen är protokollförd: \(yes) ja, \(no) nej, \(abstaining) avstår — \(winner) vinner\(casting ? " med ordförandens utslagsröst" : "")"
        },
        rollCallTitle: "namnupprop",
        yesSide: { "Ja  = \($0)" },
        noSide: { "Nej = \($0)" },
        rollCallTally: { yes, no, abstaining, left in
            "\(yes) ja · \(no) nej · \(abstaining) avstår · \(left) kvar att svara"
        },
        calledNow: "◀ nu",
        chairMark: "(ordförande, sist)",
        servingMark: { "för \($0)" },
        choiceWords: [.yes: "ja", .no: "nej", .abstain: "avstår"],
        warningsHeading: { "Kontroller: \($0) att se över" },
        recordTitle: "Protokoll",
        recordCommand: "sammanträdets protokoll: närvaro, kontroller, justering",
        firstParagraphRow: { number, proposed in
            "Första §: \(number)\(proposed ? " (fortsätter årets nummerserie; inget protokollfört än)" : "")"
        },
        attendanceHeading: "Närvaro",
        roleNames: [.chair: "ordförande", .viceChair: "vice ordförande", .member: "ledamot", .substitute: "ersättare", .clerk: "sekreterare"],
        notRecorded: "inte registrerad",
        present: "närvarande",
        absent: "frånvarande",
        servingFor: { "tjänstgör för \($0)" },
        arrivedAt: { "från \($0)" },
        leftAt: { "gick före \($0)" },
        officialsHeading: "Övriga närvarande",
        noneRecorded: "Inga registrerade",
        checkersRow: { "Justerare: \($0)" },
        checkingRow: { "Justering: \($0)" },
        noCheckers: "ännu inte utsedda",
        noAttendance: "Närvaron är inte registrerad: protokollet skulle inte ange några beslutande",
        noCheckersChosen: "Inga justerare är utsedda",
        noCheckingDay: "Dagen för justering är inte bestämd",
        itemsNotRecorded: { numbers in
            numbers.count == 1 ? "Ärende \(numbers[0]) är inte protokollfört: det kommer inte med i protokollet"
                : "Ärendena \(ListWords.swedish(numbers)) är inte protokollförda: de kommer inte med i protokollet"
        },
        noChecking: "ännu inte bestämd",
        agendaChangesHeading: "Dagordningen",
        approvedAsSent: "Godkänd som den skickades ut",
        struckChange: { "Utgår: \($0)" },
        addedChange: { "Extra ärende: \($0)" },
        movedChange: { item, before in "Flyttat: \(item), före \(before)" },
        last: "slutet",
        minutesHeading: "Protokollet",
        approvalRow: { approved, posted in
            (approved.map { "Justerat \($0)" } ?? "Inte justerat än") + (posted.map { ", anslaget \($0)" } ?? ", inte anslaget")
        },
        correctionRow: { at, by, reason in "Rättat \(at) av \(by): \(reason)" },
        checksHeading: { $0 == 0 ? "Kontroller" : "Kontroller: \($0) att se över" },
        nothingRecordedYet: "Inget protokollfört än",
        noWarnings: "Inget saknas: protokollet har det som behövs",
        wholeMeeting: "Sammanträdet",
        onAttendanceRow: "Bara på en rad i närvaron",
        onPresentRow: "Bara på raden för någon som är närvarande",
        onlySubstitutes: "Bara en ersättare tjänstgör för en ledamot",
        onRemovableRow: "Bara på en tjänsteperson eller en ändring av dagordningen",
        onlyOnAgenda: "Bara på ett ärende på dagordningen",
        markedPresent: { "\($0) markerade som närvarande" },
        servingForTitle: { "\($0) tjänstgör för" },
        notServing: "Ingen: närvarande, tjänstgör inte",
        checkersTitle: "Justerare: markera två",
        twoCheckers: { "\($0) justerare valda: protokollet behöver två" },
        arrivedPrompt: "Kom vid ärende nummer (tomt: från början): ",
        leftPrompt: "Gick före ärende nummer (tomt: stannade): ",
        heldPrompt: "Sammanträdets tid, som BÖRJAN [SLUT]: ",
        heldFormat: "Skriv när sammanträdet började, och slutade om det är känt: 13:00 16:05",
        heldRow: { "Tid: \($0)" },
        heldNotRecorded: "inte angiven (T anger den för ett sammanträde som förs in i efterhand)",
        checkingPrompt: "Justering, som DATUM [TID] [PLATS]: ",
        checkingFormat: "Skriv dagen, och tid och plats om protokollet anger dem: 2026-12-17 10:00 Stadshuset, eller 2026-12-17",
        officialPrompt: "Närvarande tjänsteperson, som NAMN, TITEL (titeln om den finns): ",
        officialFormat: "Skriv namnet, och titeln efter ett komma om den finns: Helena Vikström, förvaltningschef",
        firstParagraphPrompt: "Första paragrafens nummer: ",
        numberNeeded: "Ett heltal större än noll",
        approvedPrompt: "Protokollet justerat den: ",
        postedPrompt: "Protokollet anslaget den: ",
        dateNeeded: { "\($0) är inget datum: skriv det som 2026-12-17" },
        approvedNow: { "Protokollet justerat den \($0): nu kan det bara läsas" },
        postedNow: { "Protokollet anslaget den \($0)" },
        approvalBeforeMeeting: { approved, meeting in
            "Inte justerat: \(approved) är före sammanträdet den \(meeting)"
        },
        notHeld: "Inte justerat: ingen är registrerad som närvarande, och ett sammanträde som inte hölls kan inte justeras (mellanslag för in närvaro)",
        postingNeedsApproval: "Inte anslaget: protokollet anslås efter att det justerats (A)",
        postingBeforeApproval: { posted, approved in
            "Inte anslaget: \(posted) är före justeringen den \(approved)"
        },
        correctionPrompt: "Varför rättas det justerade protokollet? ",
        reasonNeeded: "En rättelse behöver ett skäl",
        correcting: "Rättelse pågår: ändringarna loggas; justera igen (A) när du är klar",
        extraItemPrompt: "Extra ärende: rubrik, eller diarienumret för ett ärende i arkivet: ",
        moveItemPrompt: "Flytta före ärende nummer (tomt: sist): ",
        extraAdded: { "Extra ärende \($0) tillagt" },
        takenOff: { "Ärende \($0) är struket från dagordningen (u sätter tillbaka det)" },
        putOnAgenda: { "Satt på dagordningen som ärende \($0)" },
        lookingUpDiaryNumber: { "Söker \($0) bland arkivets ärenden…" },
        putBack: { "Ärende \($0) är tillbaka på dagordningen" },
        nothingTakenOff: "Inget ärende har strukits som kan sättas tillbaka",
        confirmSendNotice: "Skicka kallelsen nu? Dagordningen låses då: senare ändringar görs vid sammanträdet. j/n",
        noMatterWithNumber: { "Inget ärende i arkivet har diarienumret \($0). Lägga till en punkt med det som rubrik? j/n" },
        agendaSent: { "Dagordningen är skickad med kallelsen (\($0)): ändringar görs nu vid sammanträdet" },
        agendaAlreadySent: { "Dagordningen skickades \($0): x, + och M ändrar den nu som vid sammanträdet" },
        agendaNotPrepared: "Bara ett kommande sammanträdes dagordning, innan protokollet är påbörjat, ordnas så här",
        nothingToTakeUp: "Inga bordlagda eller återremitterade ärenden väntar",
        tookUp: { $0 == 1 ? "1 ärende är upptaget igen" : "\($0) ärenden är upptagna igen" },
        agendaNotSaved: { "Dagordningen ändrades inte: \($0)" },
        noticeSent: { "kallelsen skickad \($0)" },
        agendaBeingPrepared: "dagordningen förbereds (K: skickad)",
        itemTitlePrompt: "Rubrik på dagordningen (tom: ärendets): ",
        presenterPrompt: "Föredragande (tom: ingen): ",
        presenterRecorded: { "Föredragande: \($0)" },
        presenterCleared: "Ingen föredragande anges",
        madeConfidential: { "Ärende \($0) omfattas av sekretess: hålls utanför det offentliga protokollet" },
        notConfidential: { "Ärende \($0) omfattas inte längre av sekretess" },
        sectionTitle: { "Avsnitt för ärende \($0)" },
        sectionChanged: { "Flyttat sist under \($0)" },
        proposalsTitle: { "Förslag som ärende \($0) lägger fram (Tab markerar)" },
        proposalsPut: { $0 == 1 ? "Dagordningen lägger fram 1 förslag" : "Dagordningen lägger fram \($0) förslag" },
        noProposalsToPut: "Ärendet har inget förslag till beslut",
        struckItem: { "Ärende \($0) utgår" },
        unstruck: { "Ärende \($0) är på dagordningen igen" },
        correction: .swedish,
        statement: { kind in
            switch kind {
            case .minuteNote:
                StatementWords(command: "en protokollsanteckning", pickerTitle: "Protokollsanteckning av (skriv ett namn eller ett parti; Tab markerar)",
                               recorded: "Protokollsanteckningen är protokollförd", entry: { "Protokollsanteckning: \($0)" },
                               outcome: { "Protokollsanteckning av \($0):" })
            case .special:
                StatementWords(command: "ett särskilt yttrande", pickerTitle: "Särskilt yttrande av (skriv ett namn eller ett parti; Tab markerar)",
                               recorded: "Det särskilda yttrandet är protokollfört", entry: { "Särskilt yttrande: \($0)" },
                               outcome: { "Särskilt yttrande av \($0):" })
            case .substitute:
                StatementWords(command: "ett ersättaryttrande",
                               pickerTitle: "Ersättaryttrande av (närvarande ersättare som inte tjänstgör)",
                               recorded: "Ersättaryttrandet är protokollfört", entry: { "Ersättaryttrande: \($0)" },
                               outcome: { "Ersättaryttrande av \($0):" })
            }
        },
        textList: { list in
            switch list {
            case .basis:
                TextListWords(command: "beslutsunderlag utöver ärendets handlingar",
                              prompt: "Beslutsunderlag utöver ärendets handlingar (åtskilda av |): ",
                              recorded: { $0 == 0 ? "Bara ärendets handlingar som beslutsunderlag" : "Beslutsunderlag: \($0) protokollförda" },
                              outcome: "Beslutsunderlag (utöver ärendets handlingar)")
            case .sentTo:
                TextListWords(command: "expedieras till", prompt: "Expedieras till (åtskilda av |): ",
                              recorded: { $0 == 0 ? "Expedieras inte" : "Expedieras: \($0) protokollförda" }, outcome: "Expedieras")
            }
        },
        partyGroup: { "\($0) (partigrupp)" },
        counterProposalMarked: { "Den senaste propositionen gällde motförslag (kontraproposition): \($0)" },
        counterProposalUnmarked: "Den senaste propositionen gäller beslutet igen, inte motförslag",
        noStepYet: "Ingen proposition än: ställ proposition först (o, eller en votering)",
        chosenAsCounter: { chosen, vote in "\(chosen) utsågs till motförslag \(vote.map { "efter \($0.lowercased())" } ?? "utan votering")" },
        referralBodyPrompt: "Remitteras till (organet, t.ex. rådet för funktionsrätt): ",
        referralClause: { "att remittera ärendet till \($0) för yttrande" },
        referredToOutcome: { "Remitteras till \($0)" },
        seatNotRecorded: "Tjänstgör, ersatt ledamot ej angiven",
        servingWithoutSeat: "tjänstgör",
        noSubstituteWaiting: "Ingen ersättare är närvarande utan att tjänstgöra i ärendet"
    )
}
