import DocketDemo
import DocketStore
import Foundation

/// Which store a command works on, and where the demo's writable copy lives.
enum StoreLocation {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `$XDG_DATA_HOME/docket`, by default `~/.local/share/docket`.
    static var dataDirectory: String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/docket" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/docket"
    }

    static var demoCopy: String { dataDirectory + "/demo" }

    /// The person's own settings, in the data folder.
    static func settings(schemas: SchemaSet) -> SettingsStore {
        SettingsStore(directory: dataDirectory, reader: StoreReader(root: dataDirectory, schemas: schemas))
    }

    /// The named store, else `$DOCKET_STORE`, else nil.
    static func named(_ argument: String?) -> String? {
        if let argument, !argument.isEmpty { return argument }
        if let variable = environment["DOCKET_STORE"], !variable.isEmpty { return variable }
        return nil
    }

    /// The store to open: as `named`, else the demo copy, created on first use.
    static func openable(_ argument: String?) throws -> String {
        if let store = named(argument) { return store }
        let copy = demoCopy
        if LocalFileSystem().kind(at: copy) == nil {
            guard let bundled = DemoStore.path else {
                Console.error("docket: " + CLIWords.current.demoMissing)
                throw ExitStatus.ioError
            }
            do {
                try StoreCopier().copyStore(from: bundled, to: copy)
            } catch {
                Console.error("docket: " + CLIWords.current.demoUnwritable("\(error)"))
                throw ExitStatus.cannotCreate
            }
            Console.error("docket: " + CLIWords.current.demoCreated(copy))
        }
        return copy
    }
}
