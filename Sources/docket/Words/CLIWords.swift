import DocketMinutes
import DocketCore
import DocketModel
import DocketStore
import Foundation

/// Every word of the command line: its help and its messages. One table per language
/// (CLIWords+English.swift, CLIWords+Swedish.swift), complete by construction.
struct CLIWords: Sendable {
    // The program and its commands.
    let abstract: String
    let discussion: String
    let noCommand: @Sendable (String) -> String
    let openAbstract: String
    let validateAbstract: String
    let validateDiscussion: String
    let demoAbstract: String
    let demoOutputHelp: String
    let logAbstract: String
    let logMeetingHelp: String
    let notesAbstract: String
    let notesAddAbstract: String
    let notesAddDiscussion: String
    let notesListAbstract: String
    let notesExportAbstract: String
    let positionsAbstract: String
    let positionsListAbstract: String
    let positionsSetAbstract: String
    let minutesAbstract: String
    let minutesDiscussion: String
    let accessAbstract: String
    let accessDiscussion: String
    let initAbstract: String
    let initDiscussion: String
    let languageAbstract: String

    // Arguments and options.
    let storeHelp: String
    let storeHereHelp: String
    let asHelp: String
    let meetingHelp: String
    let matterHelp: String
    let formatHelp: String
    let jsonNotesHelp: String
    let jsonPositionsHelp: String
    let onlyMeetingHelp: String
    let anchorHelp: String
    let noteTextHelp: String
    let noteSharedHelp: String
    let withSharedHelp: String
    let stanceHelp: String
    let kindHelp: String
    let proposalTextHelp: String
    let motivationHelp: String
    let positionSharedHelp: String
    let outputHelp: String
    let itemsHelp: String
    let publicHelp: String
    let applyHelp: String
    let groupHelp: String
    let folderHelp: String
    let committeeHelp: String
    let municipalityHelp: String
    let shortNameHelp: String
    let localeHelp: String
    let timeZoneHelp: String
    let administrationHelp: String
    let identityHelp: String
    let languageChoiceHelp: String

    // Messages.
    let nameWhatNotes: String
    let nameWhatPositions: String
    let emptyNote: String
    let ownNeedsKindAndText: String
    let kindOnlyForOwn: @Sendable (String) -> String
    let noneHasNothing: String
    let noteNotSaved: @Sendable (String) -> String
    let positionNotSaved: @Sendable (String) -> String
    let notOnAgenda: @Sendable (String, String) -> String
    let noMeeting: @Sendable (String, String) -> String
    let noMatter: @Sendable (String) -> String
    let severalMatters: @Sendable (String, String) -> String
    let nothingChanged: @Sendable (String, String) -> String
    let cacheRefused: @Sendable (String) -> String
    let problems: @Sendable (Int) -> String
    let demoMissing: String
    let demoCreated: @Sendable (String) -> String
    let demoUnwritable: @Sendable (String) -> String
    let demoWritten: @Sendable (String) -> String
    let notUTF8: String
    let minutesInsideStore: @Sendable (String, String) -> String
    /// Why no minutes can be written: no such meeting (and the ones there are), no record yet, no such item, an item not handled,
    /// a record imported from the council's own protokoll.
    let minutesError: @Sendable (MinutesError) -> String
    /// `docket validate`: the store, its committee and what it holds.
    let validStore: @Sendable (_ path: String, _ committee: String, _ meetings: Int, _ items: Int, _ matters: Int, _ members: Int) -> String
    /// What `positions set` and `notes add` did.
    let positionSaved: @Sendable (_ title: String, _ stance: String, _ shared: Bool) -> String
    let positionCleared: @Sendable (String) -> String
    let noteSaved: @Sendable (_ title: String, _ shared: Bool) -> String
    /// A journal line's meeting: "sammanträdet 2026-12-10".
    let logMeeting: @Sendable (String) -> String
    let minutesWrong: @Sendable (Int) -> String
    let minutesWarning: @Sendable (String, String, String?, String) -> String
    let applyNeedsGroup: String
    let noGroup: @Sendable (String) -> String
    let changed: @Sendable (String) -> String
    let nothingToChange: String
    let applyRefused: @Sendable (String) -> String
    let mismatch: @Sendable (String, String, String, String) -> String
    let accessOK: @Sendable (String, String) -> String
    let notInGroup: @Sendable (String, String, String) -> String
    let privateInsideStore: @Sendable (String) -> String
    let accessSummary: @Sendable (Int, String, Int) -> String
    let unknownTimeZone: @Sendable (String) -> String
    let nameGivesNoID: @Sendable (String) -> String
    let created: @Sendable (String, String, String, Bool) -> String
    let next: @Sendable (String) -> String
    let sayIdentity: String
    let askShared: String
    let askAlone: String
    let searchAbstract: String
    let searchDiscussion: String
    let searchQueryHelp: String
    let jsonSearchHelp: String

    static func `for`(_ language: InterfaceLanguage) -> CLIWords {
        switch language {
        case .swedish: .swedish
        case .english: .english
        }
    }

    /// The words for this run, chosen before the command line is parsed (its help is in them):
    /// `--lang`, else `DOCKET_LANG`, else the person's setting, else Swedish.
    static let current: CLIWords = CLIWords.for(currentLanguage)
    static let currentLanguage = language(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// `--lang sv|en`, which every command takes: read here, and taken out of the arguments before they are parsed.
    static let languageFlag = flag(in: CommandLine.arguments)

    static func flag(in arguments: [String]) -> InterfaceLanguage? {
        var flag: InterfaceLanguage?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", let value = arguments[safe: index + 1] { flag = LanguageChoice.parse(value) }
            if argument.hasPrefix("--lang=") { flag = LanguageChoice.parse(String(argument.dropFirst(7))) }
        }
        return flag
    }

    /// The arguments without `--lang` and its value.
    static func withoutLanguageFlag(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            kept.append(argument)
        }
        return kept
    }

    static func language(arguments: [String], environment: [String: String]) -> InterfaceLanguage {
        let flag = flag(in: arguments)
        let setting = (try? SchemaSet.bundled()).flatMap { StoreLocation.settings(schemas: $0).load().settings.language }
        return LanguageChoice.language(flag: flag, environment: environment, setting: setting, committee: .swedish)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
