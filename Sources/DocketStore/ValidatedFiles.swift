import Foundation
import Glibc

/// Files already judged valid, each by the stamp of what was judged: opening the
/// store again parses and decodes such a file but does not walk its schema again.
/// A cache in the person's data folder, derived and never needed for correctness:
/// when it is missing, damaged, written by other rules or stale for a file, that
/// file is judged in full. `docket validate` judges everything and only records.
public final class ValidatedFiles: @unchecked Sendable {
    /// Where the cache lives, or nil to keep it in memory only.
    private let file: String?
    private let fileSystem: any FileSystem
    /// The schemas' fingerprint: a file judged by other rules is not trusted.
    private let rules: String
    /// Whether a file with a known stamp may skip its schema (opening), or is judged anyway (validating).
    public let trusting: Bool
    /// Files judged in this run.
    private var entries: [String: Entry] = [:]
    /// The cache as read: its bytes and where each entry's line begins, in the order of their paths,
    /// looked up by bisection (a start asks for a few hundred of tens of thousands).
    private var saved: [UInt8] = []
    private var savedLines: [Range<Int>] = []
    private var changed = false
    private let lock = NSLock()

    private struct Entry: Equatable {
        let schema: String
        let stamp: String
    }

    private static let header = "docket validated files 1"

    /// Why the cache on disk is neither read nor written (it, or its folder, is not this
    /// person's alone); nil when it is used. Every file is then judged in full.
    public let refusal: String?

    public init(file: String?, rules: String, trusting: Bool, fileSystem: any FileSystem = LocalFileSystem()) {
        self.rules = rules
        self.trusting = trusting
        self.fileSystem = fileSystem
        let refusal = file.flatMap { ValidatedFiles.refusal(of: $0, fileSystem: fileSystem) }
        self.refusal = refusal
        // A cache someone else could have written would let a damaged file pass unjudged: not used at all.
        self.file = refusal == nil ? file : nil
        guard let file = self.file else { return }
        TemporaryFile.removeLeftovers(of: file, fileSystem: fileSystem)
        if let bytes = try? fileSystem.readFile(at: file) { index(bytes) }
    }

    /// The private-data rules applied to the cache: its folder and file this account's own,
    /// nobody else's to read or write, no link, and no folder above that others could replace.
    static func refusal(of file: String, fileSystem: any FileSystem) -> String? {
        let folder = parentDirectory(of: file)
        for path in [folder, file] {
            if fileSystem.isSymbolicLink(at: path) { return "\(path) is a symbolic link" }
            guard let ownership = fileSystem.ownership(at: path) else { continue }
            if ownership.owner != geteuid() { return "\(path) belongs to another account (\(ownership.owner))" }
            if ownership.mode & 0o077 != 0 { return "\(path) can be read or written by others (mode \(String(ownership.mode & 0o7777, radix: 8)))" }
        }
        if let ancestor = PrivateDirectory(path: folder, fileSystem: fileSystem).exposedAncestor() {
            return "\(ancestor.path) can be written by others (mode \(String(ancestor.permissions, radix: 8)))"
        }
        return nil
    }

    /// The cache of the store at `root`, in `<data>/cache/`: one file per store folder.
    public convenience init(dataDirectory: String, storeRoot root: String, rules: String, trusting: Bool) {
        let folder = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        self.init(file: "\(dataDirectory)/cache/\(StableHash.of(folder)).validated", rules: rules, trusting: trusting)
    }

    /// Whether the file, as read, is what was judged valid against this schema before.
    func isTrusted(_ path: String, stamp: String?, schema: String) -> Bool {
        guard trusting, let stamp else { return false }
        return lock.withLock { entries[path] ?? savedEntry(path) } == Entry(schema: schema, stamp: stamp)
    }

    /// The file, as read, passed its schema.
    func judgedValid(_ path: String, stamp: String?, schema: String) {
        // A path that would break the cache's lines is simply never cached.
        guard let stamp, !path.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return }
        let entry = Entry(schema: schema, stamp: stamp)
        lock.withLock {
            guard (entries[path] ?? savedEntry(path)) != entry else { return }
            entries[path] = entry
            changed = true
        }
    }

    /// Writes what was newly judged; a failure only means those files are judged in full next time.
    public func save() {
        let text: String? = lock.withLock {
            guard changed, file != nil else { return nil }
            changed = false
            var all = entries
            for line in savedLines {
                if let (path, entry) = parseLine(line), all[path] == nil { all[path] = entry }
            }
            return ([ValidatedFiles.header + "\t" + rules]
                    + all.sorted { $0.key < $1.key }.map { "\($0.value.stamp)\t\($0.value.schema)\t\($0.key)" })
                .joined(separator: "\n") + "\n"
        }
        guard let text, let file else { return }
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
        try? fileSystem.createDirectory(at: folder, permissions: 0o700)
        try? fileSystem.writeFileAtomically(Array(text.utf8), to: file, permissions: 0o600)
    }

    /// Lines of stamp, schema and path, sorted by path, under a header naming the rules;
    /// another header means an empty cache, and so does a line that is not of this shape.
    private func index(_ bytes: [UInt8]) {
        var lines: [Range<Int>] = []
        var start = 0
        for (position, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if position > start { lines.append(start..<position) }
            start = position + 1
        }
        guard let first = lines.first, bytes[first].elementsEqual((ValidatedFiles.header + "\t" + rules).utf8) else { return }
        saved = bytes
        savedLines = Array(lines.dropFirst())
    }

    private func savedEntry(_ path: String) -> Entry? {
        var low = 0, high = savedLines.count
        while low < high {
            let middle = (low + high) / 2
            guard let (found, entry) = parseLine(savedLines[middle]) else { return nil }
            if found == path { return entry }
            if found < path { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private func parseLine(_ line: Range<Int>) -> (String, Entry)? {
        let fields = saved[line].split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let text = { (field: ArraySlice<UInt8>) in String(decoding: field, as: UTF8.self) }
        return (text(fields[2]), Entry(schema: text(fields[1]), stamp: text(fields[0])))
    }
}
