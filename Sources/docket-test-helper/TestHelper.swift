import DocketCore
import DocketModel
import DocketRuntime
import DocketStore
import Foundation

/// Processes for the write-path tests, which need more than one process:
///   docket-test-helper add-notes STORE PRIVATE-DIR MEMBER MATTER COUNT LABEL
///     adds COUNT shared notes, one locked write each;
///   docket-test-helper write-loop FILE
///     writes generations 1, 2, 3… of a file atomically until killed, printing each after its rename.
@main
struct TestHelper {
    static func main() throws {
        let arguments = CommandLine.arguments
        switch arguments.dropFirst().first {
        case "add-notes" where arguments.count == 8:
            try addNotes(store: arguments[2], privateDirectory: arguments[3], member: arguments[4],
                         matter: arguments[5], count: Int(arguments[6]) ?? 0, label: arguments[7])
        case "write-loop" where arguments.count == 3:
            try writeLoop(path: arguments[2])
        default:
            FileHandle.standardError.write(Data("usage: docket-test-helper add-notes STORE PRIVATE-DIR MEMBER MATTER COUNT LABEL | write-loop FILE\n".utf8))
            exit(64)
        }
    }

    static func addNotes(store: String, privateDirectory: String, member: String, matter: String, count: Int, label: String) throws {
        let reader = StoreReader(root: store, schemas: try SchemaSet.bundled())
        let writer = NoteWriter(store: NoteStore(member: member, privateDirectory: privateDirectory, reader: reader),
                                timeZone: TimeZone(identifier: "Europe/Stockholm")!)
        for index in 1...count {
            let (_, error) = writer.apply([.add(matter: matter, anchor: nil, text: "\(label) \(index)", shared: true)])
            if let error { throw error }
        }
    }

    /// Each generation is large, so that a kill often lands in the middle of a write.
    static func writeLoop(path: String) throws {
        let fileSystem = LocalFileSystem()
        var generation = 0
        while true {
            generation += 1
            let bytes = Array(generation.generationText.utf8)
            try fileSystem.writeFileAtomically(bytes, to: path)
            FileHandle.standardOutput.write(Data("\(generation)\n".utf8))
        }
    }
}

extension Int {
    /// The content of generation N, recognisable whole: the number repeated 20,000 times.
    var generationText: String {
        "{\"generation\": \(self), \"padding\": \"" + String(repeating: "\(self % 10)", count: 200_000) + "\"}\n"
    }
}
