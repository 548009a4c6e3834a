import DocketMinutes
extension CLIWords {
    static let english = CLIWords(
        abstract: "Work through a committee's agenda: read, annotate, take positions, record and minute.",
        discussion: """
            A store is a folder of JSON files (see docs/store-format.md). Without a STORE \
            argument Docket uses $DOCKET_STORE, or else its own writable copy of the bundled \
            demo committee. Docket speaks the committee's language; --lang, $DOCKET_LANG or \
            docket language choose another.

            Exit codes: 0 ok, 64 usage, 65 bad data, 66 store not found, 69 terminal cannot \
            be used, 73 cannot create, 74 input/output error.
            """,
        noCommand: { "there is no command \"\($0)\"; docket help lists the commands" },
        openAbstract: "Open a store (the default command).",
        validateAbstract: "Check every file of a store and list every problem. Writes nothing.",
        validateDiscussion: "Problems are listed one per line as FILE:LINE:COLUMN: message for syntax errors and FILE: $.path: message for content and references.",
        demoAbstract: "Write the bundled demo committee as an ordinary store.",
        demoOutputHelp: "A new or empty folder to write the demo store into.",
        logAbstract: "Print every writer's journal, merged by time: who opened, paused, moved and closed the meeting, and what the clerk recorded.",
        logMeetingHelp: "Only this meeting's entries.",
        notesAbstract: "Add and list notes from the command line, as the interface does.",
        notesAddAbstract: "Add a note to a matter: private unless --shared.",
        notesAddDiscussion: "An anchor names a paragraph: document:DOCUMENT-ID:N (the Nth paragraph of the document, counting from 0 across its sections) or proposal:PROPOSAL-ID:N (its Nth clause).",
        notesListAbstract: "List the notes you can see: your own (private and shared) and the shared notes of others.",
        notesExportAbstract: "Print your preparation for a meeting: in agenda order, your position, own proposal, motivation and notes.",
        positionsAbstract: "Record and list where you stand on the items of a meeting, as the interface does.",
        positionsListAbstract: "List the positions you can see on a meeting: your own and others' shared ones, in agenda order.",
        positionsSetAbstract: "Record your position on a matter of a meeting: private unless --shared; --stance none clears it.",
        minutesAbstract: "Print the minutes (protokoll) of a meeting from the clerk's record: in full, as an extract, or for publication.",
        minutesDiscussion: """
            Labels follow the committee's locale (Swedish, or English for "en"). The checks' warnings \
            (something the minutes lack) are printed on standard error. When the record would make the \
            minutes wrong (a vote that does not add up, a ballot or reservation from someone who took no \
            part), nothing is written: the problems are listed and the exit status is 65.
            """,
        accessAbstract: "Check, or set, who can write each file and folder of a shared store.",
        accessDiscussion: """
            For a store shared on one server: the administration's files (committee, matters, meetings) \
            and each meeting's record belong to the clerk, each live file to the chair, each member's \
            folder and journal to that member; everything is readable by the committee's group and by \
            nobody else. Each path that differs is one line with the command that fixes it; the exit \
            status is 65 when any differs. --apply (run by root or the store's owner) makes it so, \
            making each member's folder and journal first, and says what it changed. See docs/deployment.md.
            """,
        initAbstract: "Create an empty store for a committee, with a store id of its own.",
        initDiscussion: """
            Asks whether the store is shared (several people, each with their own account on a \
            server or network folder: who you are is your account) or yours alone on this computer \
            (--as names the member), unless --identity says so. See docs/deployment.md.
            """,
        languageAbstract: "Show or choose the language Docket speaks to you: sv (svenska) or en (English); committee follows each committee's.",
        storeHelp: "The store's folder (default: $DOCKET_STORE, else a copy of the demo committee).",
        storeHereHelp: "The store's folder (default: $DOCKET_STORE, else the current folder).",
        asHelp: "Act as this member (an id from the store's committee.json). Default: $DOCKET_USER, else $USER matched to a member's login.",
        meetingHelp: "The meeting's id.",
        matterHelp: "The matter, by id or by diary number.",
        formatHelp: "The format.",
        jsonNotesHelp: "Print JSON: one object with the notes, each with whether it is shared.",
        jsonPositionsHelp: "Print JSON: one object with the positions, each with whether it is shared.",
        onlyMeetingHelp: "Only notes on the matters of this meeting's agenda, in agenda order.",
        anchorHelp: "The paragraph the note is about (see below); default: the whole item.",
        noteTextHelp: "The note's text.",
        noteSharedHelp: "Share the note with every member (default: private, only you see it).",
        withSharedHelp: "Also include the notes others have shared.",
        stanceHelp: "Where you stand; own is an own proposal (give --kind and --text), none clears your position.",
        kindHelp: "For --stance own: the kind of proposal.",
        proposalTextHelp: "For --stance own: the proposal's text.",
        motivationHelp: "Why, in a sentence or two.",
        positionSharedHelp: "Share the position with every member, so the clerk can pick up an own proposal.",
        outputHelp: "Write to this file (replaced atomically) instead of standard output.",
        itemsHelp: "An extract (protokollsutdrag) of these agenda item numbers.",
        publicHelp: "The version for publication: confidential items keep only their § and title.",
        applyHelp: "Set owners, group and modes as they should be (needs --group).",
        groupHelp: "The committee's group (default: the group of the store's folder).",
        folderHelp: "A new or empty folder for the store.",
        committeeHelp: "The committee's name, as in its minutes (\"Socialnämnden\").",
        municipalityHelp: "The municipality (\"Åsbro kommun\").",
        shortNameHelp: "A short name for narrow screens (default: the committee's name).",
        localeHelp: "The language of the minutes.",
        timeZoneHelp: "The time zone of meeting dates and times.",
        administrationHelp: "An administration (förvaltning) that prepares the committee's matters; give it once for each.",
        identityHelp: "Who people are: accounts (a shared store) or local (one person's own copy). Asked when not given.",
        languageChoiceHelp: "sv, en, or committee (the committee's language, the default). Without it: what is chosen now.",
        nameWhatNotes: "name what to do: add, list or export",
        nameWhatPositions: "name what to do: set or list",
        emptyNote: "the note's text is empty: --text needs something to say",
        ownNeedsKindAndText: "--stance own needs --kind and --text",
        kindOnlyForOwn: { "--kind and --text belong to --stance own only, not to --stance \($0)" },
        noneHasNothing: "--stance none clears your position: --motivation and --shared have nothing to go with",
        noteNotSaved: { "the note was not saved: \($0)" },
        positionNotSaved: { "the position was not saved: \($0)" },
        notOnAgenda: { matter, meeting in "the matter \(matter) is not on the agenda of meeting \(meeting)" },
        noMeeting: { id, known in "no meeting with id \"\(id)\"; the ids are: \(known)" },
        noMatter: { "no matter with id or diary number \"\($0)\"" },
        severalMatters: { number, ids in "the diary number \"\(number)\" belongs to several matters: \(ids); name one by id" },
        nothingChanged: { store, count in "\(store): \(count); nothing was changed" },
        cacheRefused: { "the cache of files already judged is not used (\($0)): every file is judged in full; remove it, and Docket makes a private one" },
        problems: { $0 == 1 ? "1 problem" : "\($0) problems" },
        demoMissing: "the bundled demo committee is missing from this installation",
        demoCreated: { "created a copy of the demo committee in \($0)" },
        demoUnwritable: { "cannot create the demo store: \($0)" },
        demoWritten: { "Wrote the demo committee to \($0). Open it with: docket \($0)" },
        notUTF8: "the locale is not UTF-8 (set LANG, for example LANG=sv_SE.UTF-8): showing ASCII only",
        minutesInsideStore: { output, store in "\(output) is inside the store \(store): the minutes are written outside it, never over a store file" },
        minutesError: { $0.description },
        validStore: { path, committee, meetings, items, matters, members in
            func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
            return "\(path): valid store of \(committee): " + [counted(meetings, "meeting"), counted(items, "agenda item"), counted(matters, "matter"),
                                                             counted(members, "member")].joined(separator: ", ")
        },
        positionSaved: { title, stance, shared in "Your position on \(title) is saved (\(shared ? "shared" : "private")): \(stance)." },
        positionCleared: { "Your position on \($0) is removed." },
        noteSaved: { title, shared in "Your note on \(title) is saved (\(shared ? "shared" : "private"))." },
        logMeeting: { "meeting of \($0)" },
        minutesWrong: { "the record would make these minutes wrong (\($0) problem\($0 == 1 ? "" : "s")); nothing was written" },
        minutesWarning: { file, meeting, item, words in "\(file): meeting \(meeting)\(item.map { ", \($0)" } ?? ""): \(words)" },
        applyNeedsGroup: "--apply needs --group: the committee's group, which every member's account is in",
        noGroup: { "there is no group \"\($0)\" on this system (groupadd \($0) makes one)" },
        changed: { "changed  \($0)" },
        nothingToChange: "nothing to change",
        applyRefused: { "\($0): --apply is run by root or by the owner of every file in the store" },
        mismatch: { path, problem, writer, fix in "mismatch  \(path): \(problem) (written by \(writer)); fix: \(fix)" },
        accessOK: { path, writer in "ok        \(path): written by \(writer)" },
        notInGroup: { who, group, login in "mismatch  \(who) is not in the group \(group) and cannot read the store; fix: usermod -aG \(group) \(login)" },
        privateInsideStore: { "mismatch  private data (\($0)) is inside the store, where others could read it; fix: set XDG_DATA_HOME to a folder outside it" },
        accessSummary: { count, group, mismatches in
            "\(count) paths checked for the group \(group): " + (mismatches == 0 ? "everything matches the roles" : "\(mismatches) mismatch\(mismatches == 1 ? "" : "es")")
        },
        unknownTimeZone: { "unknown time zone \"\($0)\"; for example Europe/Stockholm" },
        nameGivesNoID: { "the name \"\($0)\" gives no id: use letters or digits" },
        created: { committee, municipality, folder, alone in
            "Created an empty store for \(committee), \(municipality), in \(folder) (\(alone ? "yours alone: --as names the member" : "shared: people are known by their accounts"))."
        },
        next: { "Next: docket member add \($0) --name NAME --role member --from DATE (with --login for each person's account), docket meeting add \($0) --date DATE --time HH:MM --place PLACE, docket import report FILE --store \($0) --meeting DATE; for a shared server, docs/deployment.md." },
        sayIdentity: "say who people are with --identity accounts (a shared store) or --identity local (yours alone)",
        askShared: "Will several people use this store, each with their own account on a server or network folder (a),",
        askAlone: "or is it yours alone on this computer (l)? [a/l] ",
        searchAbstract: "Search the whole archive: titles, diary numbers, reports, proposals, decisions and your own notes.",
        searchDiscussion: "All words must occur; \"a phrase\" as written; filters dnr:, year: (år:), kind: (typ:). Upper and lower case are the same, but å, ä and ö are letters of their own: far does not find får.",
        searchQueryHelp: "What to look for.",
        jsonSearchHelp: "Print JSON: one object with the matters found, each with its meetings and a snippet."
    )
}
