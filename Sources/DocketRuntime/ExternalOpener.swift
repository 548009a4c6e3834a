import Foundation

/// Hands a file or web address to the desktop. Returns why it failed, or nil.
public protocol ExternalOpener {
    func open(_ argument: String) -> String?
}

/// `xdg-open`, started detached with no terminal I/O, when it is installed.
public struct DesktopOpener: ExternalOpener {
    let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    public func open(_ argument: String) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let opener = directories.map({ "\($0)/xdg-open" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return "no xdg-open on this system; it is at \(argument)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [argument]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return nil
        } catch {
            return "\(error)"
        }
    }
}
