import ArgumentParser
import DocketCore
import DocketMinutes
import DocketModel
import DocketStore
import DocketText

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Print the minutes (protokoll) of a meeting from the clerk's record: in full, as an extract, or for publication.",
        discussion: """
            Labels follow the committee's locale (Swedish, or English for "en"). The checks' warnings \
            (something the minutes lack) are printed on standard error. When the record would make the \
            minutes wrong (a vote that does not add up, a ballot or reservation from someone who took no \
            part), nothing is written: the problems are listed and the exit status is 65.
            """
    )

    @Argument(help: "The store's folder (default: $DOCKET_STORE, else the current folder).")
    var store: String?

    @Option(help: "The meeting's id.")
    var meeting: String

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case markdown, html, text
    }

    @Option(help: "The format.")
    var format: Format = .markdown

    @Option(help: "Write to this file (replaced atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("item"), parsing: .upToNextOption, help: "An extract (protokollsutdrag) of these agenda item numbers.")
    var items: [Int] = []

    @Flag(name: .customLong("public"), help: "The version for publication: confidential items keep only their § and title.")
    var isPublic = false

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        if let output, StorePlace.isInside(output, store: path) {
            Console.error("docket: \(output) is inside the store \(path): the minutes are written outside it, never over a store file")
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
            Console.error("docket: \(InertText.make(error.description))")
            switch error {
            case .unknownMeeting, .unknownItems, .notHandled: throw ExitStatus.usage
            case .noRecord: throw ExitStatus.dataError
            }
        }
        let wrong = warnings.filter { $0.severity == .wrong }
        for warning in wrong.isEmpty ? warnings : wrong {
            let item = warning.item.flatMap { contents.records[meeting]?.record(of: $0) }
            let words = Strings.english.words(for: warning.kind, names: RecordNames(strings: .english, committee: contents.committee, item: item))
            Console.error(InertText.make("\(path): meeting \(meeting)\(warning.item.map { ", \($0)" } ?? ""): \(words)"))
        }
        guard wrong.isEmpty else {
            Console.error("docket: the record would make these minutes wrong (\(wrong.count) problem\(wrong.count == 1 ? "" : "s")); nothing was written")
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
