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

    public var description: String {
        switch self {
        case .io(let error): return error.description
        case .unreadable(let problem): return "\(problem.description) — not overwriting it; fix or move the file"
        case .exposed(let path, let permissions):
            return "\(path) can be read by others (mode \(String(permissions, radix: 8))): run chmod go-rwx on it; Docket will not write private notes there until then"
        case .exposedFolder(let path, let permissions):
            return "\(path) can be written by others (mode \(String(permissions, radix: 8))), who could replace your private notes: run chmod go-w on it; Docket will not write private notes below it until then"
        case .readOnlyFile(let path, let permissions):
            return "\(path) is read-only (mode \(String(permissions, radix: 8))): Docket will not replace it; run chmod u+w on it for Docket to write there"
        case .readOnly: return "this session is read-only"
        case .journalOnly(let error):
            return "saved, but its line in the journal could not be written (\(error.description)); the line is written with the next change"
        case .invalid(let problems):
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            return "\(problems[0].description)\(more): Docket writes no file it would refuse to read"
        }
    }
}

extension WriteError {
    /// The description, and for a write the operating system refused inside the store,
    /// whose file it is ("record.json belongs to eva (the clerk, Eva Lundgren)").
    public func explained(storeRoot: String, committee: Committee, date: String) -> String {
        let prefix = storeRoot.hasSuffix("/") ? storeRoot : storeRoot + "/"
        guard case .io(let failure) = self, failure.reason == .permissionDenied, failure.path.hasPrefix(prefix),
              let owner = StoreAccess.ownerWords(ofRelative: String(failure.path.dropFirst(prefix.count)), committee: committee, date: date)
        else { return description }
        return "\(description) — \(owner)"
    }
}
