import ArgumentParser
import DocketJSON
import DocketOParl
import DocketStore
import DocketText
import Foundation

/// `docket export oparl STORE --output DIR [--base-url URL]`: the committee as OParl 1.1, public data only.
struct ExportOParlCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "oparl",
        abstract: OParlWords.current.exportAbstract
    ) }

    @Argument(help: ArgumentHelp(stringLiteral: PreparationWords.current.storeHelp))
    var store: String

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.outputHelp))
    var output: String

    @Option(help: ArgumentHelp(stringLiteral: OParlWords.current.baseURLHelp))
    var baseURL = "https://example.org/oparl"

    func validate() throws {
        guard OParlExport.isPublishable(baseURL: baseURL) else {
            throw ValidationError(OParlWords.current.badBaseURL(InertText.make(baseURL)))
        }
    }

    func run() throws {
        let words = OParlWords.current
        if StorePlace.isInside(output, store: store) {
            Console.error("docket: " + words.outputInsideStore(InertText.make(output), InertText.make(store)))
            throw ExitStatus.usage
        }
        let (loader, contents) = try Preparation.openValid(store)
        // A store imported from a council's data is written in that data's words (a German council's in German).
        let imported = try? ImportedStoreFiles(reader: loader.reader).oparlIDs()
        let vocabulary = OParlVocabularyWords.words(contents.committee.locale, imported: imported?.vocabulary)
        let exported = OParlExport(store: contents, baseURL: baseURL, words: vocabulary).run()
        var files: [String: [UInt8]] = [:]
        for (path, value) in exported.json { files[path] = CanonicalJSON.bytes(value) }
        for (path, text) in exported.text { files[path] = Array(text.utf8) }
        do throws(ExportFolder.Failure) {
            try ExportFolder(path: output, fileSystem: loader.reader.fileSystem).replace(with: files)
        } catch {
            switch error {
            case .io(let failure): Console.error("docket: " + InertText.make(failure.description(in: CLIWords.currentLanguage)))
            case .notAnExport(let path): Console.error("docket: " + words.notAnExport(InertText.make(path)))
            case .unsafeName(let name): Console.error("docket: " + InertText.make(name))
            }
            throw ExitStatus.cannotCreate
        }
        Console.output(words.exported(exported.objectCount, InertText.make(output)))
    }
}
