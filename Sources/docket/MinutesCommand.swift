import ArgumentParser
import DocketCore
import DocketMinutes
import DocketModel
import DocketStore
import DocketText

struct MinutesCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "minutes",
        abstract: CLIWords.current.minutesAbstract,
        discussion: CLIWords.current.minutesDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: CLIWords.current.storeHereHelp))
    var store: String?

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.meetingHelp))
    var meeting: String

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case markdown, html, text
    }

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.formatHelp))
    var format: Format = .markdown

    @Option(help: ArgumentHelp(stringLiteral: CLIWords.current.outputHelp))
    var output: String?

    @Option(name: .customLong("item"), parsing: .upToNextOption, help: ArgumentHelp(stringLiteral: CLIWords.current.itemsHelp))
    var items: [Int] = []

    @Flag(name: .customLong("public"), help: ArgumentHelp(stringLiteral: CLIWords.current.publicHelp))
    var isPublic = false

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        if let output, StorePlace.isInside(output, store: path) {
            Console.error("docket: " + CLIWords.current.minutesInsideStore(output, path))
            throw ExitStatus.usage
        }
        let loader = try StoreLoading.loader(path)
        let result = try StoreLoading.load(loader)
        guard result.isValid, let contents = result.contents else { try StoreLoading.fail(with: result.problems, store: path) }
        let live = try? LiveStore(reader: loader.reader).read(meeting)
        let request = MinutesRequest(meeting: meeting, items: items.isEmpty ? nil : items, isPublic: isPublic)
        let document: MinutesDocument
        let warnings: [RecordWarning]
        do {
            let builder = try MinutesBuilder(store: contents, meeting: meeting, live: live ?? nil)
            warnings = builder.warnings(for: request)
            document = try builder.build(request)
        } catch {
            Console.error("docket: \(InertText.make(CLIWords.current.minutesError(error)))")
            switch error {
            case .unknownMeeting, .unknownItems, .notHandled: throw ExitStatus.usage
            case .noRecord, .imported: throw ExitStatus.dataError
            }
        }
        let wrong = warnings.filter { $0.severity == .wrong }
        let strings = Strings.for(CLIWords.currentLanguage)
        for warning in wrong.isEmpty ? warnings : wrong {
            let item = warning.item.flatMap { contents.records[meeting]?.record(of: $0) }
            let words = strings.words(for: warning.kind, names: RecordNames(strings: strings, committee: contents.committee, item: item))
            Console.error(InertText.make(CLIWords.current.minutesWarning(path, meeting, warning.item, words)))
        }
        guard wrong.isEmpty else {
            Console.error("docket: " + CLIWords.current.minutesWrong(wrong.count))
            throw ExitStatus.dataError
        }
        let text: String
        switch format {
        case .html: text = HTMLMinutes.render(document, language: contents.committee.locale.rawValue)
        case .text: text = TextMinutes.render(document)
        case .markdown: text = MarkdownMinutes.render(document)
        }
        guard let output else {
            Console.output(text, terminator: "")
            return
        }
        do {
            try LocalFileSystem().writeFileAtomically(Array(InertText.lines(text).utf8), to: output)
        } catch {
            Console.error("docket: \(InertText.make(output)): \(InertText.make(error.description))")
            throw ExitStatus.cannotCreate
        }
    }
}
