import ArgumentParser
import DocketDemo
import DocketStore

struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "demo",
        abstract: CLIWords.current.demoAbstract
    ) }

    @Option(name: .shortAndLong, help: ArgumentHelp(stringLiteral: CLIWords.current.demoOutputHelp))
    var output: String

    func run() throws {
        guard let bundled = DemoStore.path else {
            Console.error("docket: " + CLIWords.current.demoMissing)
            throw ExitStatus.ioError
        }
        do {
            try StoreCopier().copyStore(from: bundled, to: output)
        } catch {
            Console.error("docket: \(error)")
            switch error {
            case .destinationNotEmpty, .destinationIsFile: throw ExitStatus.cannotCreate
            case .io(let failure): throw failure.reason == .noSpace || failure.reason == .permissionDenied ? ExitStatus.cannotCreate : ExitStatus.ioError
            }
        }
        Console.output(CLIWords.current.demoWritten(output))
    }
}
