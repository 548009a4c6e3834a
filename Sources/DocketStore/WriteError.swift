import DocketModel

/// Why a change could not be saved. The change stays in memory; the file on
/// disk is as it was.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(FileSystemError)
    /// The file is there but is not a valid file of its kind: never overwritten.
    case unreadable(StoreProblem)
    /// A private file or folder others could read: refused, as ssh does with keys.
    case exposed(path: String, permissions: UInt16)
    /// A folder above the private folder that others can write: they could replace it.
    case exposedFolder(path: String, permissions: UInt16)
    /// A private file its owner made read-only: respected, not replaced.
    case readOnlyFile(path: String, permissions: UInt16)
    /// This session may not write (an unidentified person in a real store).
    case readOnly
    /// The change would make a file that reading refuses: nothing was written.
    case invalid([StoreProblem])
    /// The change is in its file, but its journal line could not be written.
    indirect case journalOnly(WriteError)

    public var description: String { description(in: .english) }
}

extension WriteError {
    /// The description, and for a write the operating system refused inside the store,
    /// whose file it is ("record.json belongs to eva (the clerk, Eva Lundgren)").
    public func explained(storeRoot: String, committee: Committee, date: String, language: InterfaceLanguage = .english) -> String {
        let prefix = storeRoot.hasSuffix("/") ? storeRoot : storeRoot + "/"
        let text = description(in: language)
        guard case .io(let failure) = self, failure.reason == .permissionDenied, failure.path.hasPrefix(prefix),
              let owner = StoreAccess.ownerWords(ofRelative: String(failure.path.dropFirst(prefix.count)), committee: committee, date: date,
                                                 language: language)
        else { return text }
        return "\(text) — \(owner)"
    }
}
