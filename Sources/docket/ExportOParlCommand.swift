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

    func run() throws {
        let (loader, contents) = try Preparation.openValid(store)
        let words = OParlVocabularyWords.words(contents.committee.locale)
        let exported = OParlExport(store: contents, baseURL: baseURL, words: words).run()
        let fileSystem = loader.reader.fileSystem
        do {
            for (path, value) in exported.json.sorted(by: { $0.key < $1.key }) {
                try write(CanonicalJSON.bytes(value), to: path, fileSystem: fileSystem)
            }
            for (path, text) in exported.text.sorted(by: { $0.key < $1.key }) {
                try write(Array(text.utf8), to: path, fileSystem: fileSystem)
            }
        } catch {
            Console.error("docket: " + InertText.make(error.description(in: CLIWords.currentLanguage)))
            throw ExitStatus.cannotCreate
        }
        Console.output(OParlWords.current.exported(exported.objectCount, InertText.make(output)))
    }

    private func write(_ bytes: [UInt8], to path: String, fileSystem: any FileSystem) throws(FileSystemError) {
        let full = output + "/" + path
        try fileSystem.createDirectory(at: String(full[..<full.lastIndex(of: "/")!]), permissions: 0o755)
        try fileSystem.writeFileAtomically(bytes, to: full, permissions: 0o644)
    }
}
