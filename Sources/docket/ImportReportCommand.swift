import ArgumentParser
import DocketImport
import DocketModel
import DocketRuntime
import DocketStore
import DocketText
import Foundation

/// `docket import report FILE… --store STORE [--meeting ID] [--dry-run]`: tjänsteutlåtanden into matters.
struct ImportReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: ImportWords.current.reportAbstract,
        discussion: ImportWords.current.reportDiscussion
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: ImportWords.current.filesHelp))
    var files: [String]

    @Option(help: ArgumentHelp(stringLiteral: ImportWords.current.storeHelp))
    var store: String?

    @Option(help: ArgumentHelp(stringLiteral: ImportWords.current.meetingHelp))
    var meeting: String?

    @Option(help: ArgumentHelp(stringLiteral: ImportWords.current.sectionHelp))
    var section: String?

    @Flag(help: ArgumentHelp(stringLiteral: ImportWords.current.dryRunHelp))
    var dryRun = false

    @Option(help: ArgumentHelp(stringLiteral: ImportWords.current.confirmHelp))
    var confirm: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(stringLiteral: ImportWords.current.setHelp))
    var settings: [String] = []

    private var words: ImportWords { ImportWords.current }

    func validate() throws {
        if let confirm, confirm != "all", confirmedNumbers == nil { throw ValidationError(words.badConfirm(confirm)) }
        if !settings.isEmpty && files.count > 1 { throw ValidationError(words.setOneFile) }
        for setting in settings {
            guard case .success = ReportSetting.parse(setting) else {
                throw ValidationError(words.badSetting(setting))
            }
        }
    }

    /// `--confirm 1,2` as numbers; nil for "all" or nothing readable.
    private var confirmedNumbers: Set<Int>? {
        guard let confirm, confirm != "all" else { return nil }
        let numbers = confirm.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        return numbers.allSatisfy { $0 != nil } ? Set(numbers.compactMap { $0 }) : nil
    }

    func run() throws {
        let path = StoreLocation.named(store) ?? "."
        let (loader, loaded) = try Preparation.openValid(path)
        var contents = loaded
        let target = try meeting.map { id in
            guard let found = contents.meetings.first(where: { $0.id == id }) else {
                Console.error("docket: " + PreparationWords.current.noMeeting(InertText.make(id)))
                throw ExitStatus.usage
            }
            return found
        }
        if let target, contents.isHeld(target) {
            Console.error("docket: " + PreparationWords.current.heldMeeting(target.date))
            throw ExitStatus.usage
        }
        if let section, let target, !target.sections.contains(where: { $0.id == section }) {
            Console.error("docket: " + words.noSection(InertText.make(section), target.sections.map(\.id).joined(separator: ", ")))
            throw ExitStatus.usage
        }
        let writer = AgendaFiles(reader: loader.reader)
        var counts = (new: 0, updated: 0, refused: 0)
        let today = Calendar.today(in: contents.committee.timeZone)
        for file in files {
            guard let (text, invalidBytes) = readText(file) else {
                counts.refused += 1
                continue
            }
            var report = ReportParser.parse(text)
            if invalidBytes > 0 { report.warnings.append(.invalidBytes(invalidBytes)) }
            let corrections = settings.compactMap { setting -> MatterCorrection? in
                guard case .success(let correction) = ReportSetting.parse(setting) else { return nil }
                return correction
            }
            let fileName = (file as NSString).lastPathComponent
            let existing = ReportSetting.existing(diaryNumber: report.diaryNumber, corrections: corrections, file: fileName, in: contents)
            let accepted = report.referrals.enumerated().filter { index, _ in confirm == "all" || confirmedNumbers?.contains(index + 1) == true }.map(\.element)
            let citing = existing.map { contents.heldMeetings(citing: $0.id) } ?? []
            var matter = ReportImport.matter(from: report, committee: contents.committee, existing: existing,
                                             takenIDs: Set(contents.matters.keys), accepted: accepted,
                                             source: (file: fileName, on: today), cited: !citing.isEmpty)
            matter = ReportSetting.apply(corrections, to: matter, committee: contents.committee)
            ReportPrinter(words: words).print(report, file: file, matter: matter, existing: existing != nil, committee: contents.committee,
                                              accepted: accepted)
            if let existing, !citing.isEmpty {
                Console.output("  " + InertText.make(PreparationWords.current.newVersion(existing.diaryNumber, citing.map(\.date).joined(separator: ", "))))
            }
            if existing == nil { counts.new += 1 } else { counts.updated += 1 }
            guard !dryRun else { continue }
            do {
                try writer.write(matter)
            } catch {
                Console.error("docket: " + words.notImported(InertText.make(file), Preparation.explained(error, store: path, committee: contents.committee)))
                counts.refused += 1
                if existing == nil { counts.new -= 1 } else { counts.updated -= 1 }
                continue
            }
            contents.matters[matter.id] = matter
            // The agenda as it is now, with the items this run has added.
            guard let meetingID = target?.id, let index = contents.meetings.firstIndex(where: { $0.id == meetingID }) else { continue }
            let current = contents.meetings[index]
            let item = AgendaSections.item(for: matter, on: current, section: section)
            do {
                let (placed, written) = try writer.add(item, to: meetingID)
                contents.meetings[index] = written
                let sectionTitle = current.sections.first { $0.id == placed.section }?.title ?? placed.section
                Console.output("  " + pad(words.agenda) + InertText.make(words.placed(placed.printedNumber, sectionTitle, current.date)))
            } catch {
                Console.error("docket: " + words.notPlaced(InertText.make(file), Preparation.explained(error, store: path, committee: contents.committee)))
                counts.refused += 1
            }
        }
        Console.output(words.summary(counts.new, counts.updated, counts.refused) + (dryRun ? " " + words.dryRunDone : ""))
        if counts.refused > 0 { throw ExitStatus.dataError }
    }

    /// The report's text: a text file as it is, a PDF through `pdftotext -layout`.
    /// The report's text, or nil (and why, said) when the file is not a report at all: unreadable,
    /// binary, empty, or not in Swedish. Anything a person could read as a report is read.
    private func readText(_ file: String) -> (text: String, invalidBytes: Int)? {
        guard let (text, invalidBytes) = extractText(file) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            Console.error("docket: " + words.emptyReport(InertText.make(file)))
            return nil
        }
        guard ReportLanguage.isSwedish(text) else {
            Console.error("docket: " + words.notSwedish(InertText.make(file)))
            return nil
        }
        return (text, invalidBytes)
    }

    private func extractText(_ file: String) -> (text: String, invalidBytes: Int)? {
        let bytes: [UInt8]
        do {
            bytes = try LocalFileSystem().readFile(at: file)
        } catch {
            Console.error("docket: " + words.unreadable(InertText.make(file), error.explanation))
            return nil
        }
        guard bytes.starts(with: Array("%PDF".utf8)) else {
            guard let decoded = ReportEncoding.decode(bytes) else {
                Console.error("docket: " + words.notText(InertText.make(file)))
                return nil
            }
            return (decoded.text, decoded.invalidBytes)
        }
        guard ChildProcess.isInstalled("pdftotext") else {
            Console.error("docket: " + words.noPdfToText(InertText.make(file)))
            return nil
        }
        let extracted = ChildProcess.outcome(["pdftotext", "-layout", "-enc", "UTF-8", file, "-"])
        guard extracted.status == 0 else {
            Console.error("docket: " + words.notPDF(InertText.make(file), InertText.make(extracted.error.isEmpty ? "exit \(extracted.status)" : extracted.error)))
            return nil
        }
        return (extracted.output, 0)
    }
}
