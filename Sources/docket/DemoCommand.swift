import ArgumentParser
import DocketDemo
import DocketStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the bundled demo committee as an ordinary store."
    )

    @Option(name: .shortAndLong, help: "A new or empty folder to write the demo store into.")
    var output: String

    func run() throws {
        guard let bundled = DemoStore.path else {
            Console.error("docket: the bundled demo committee is missing from this installation")
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
        Console.output("Wrote the demo committee to \(output). Open it with: docket \(output)")
    }
}
