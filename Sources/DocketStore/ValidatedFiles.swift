import Foundation

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
    private var entries: [String: Entry] = [:]
    private var changed = false
    private let lock = NSLock()

    private struct Entry: Equatable {
        let schema: String
        let stamp: String
    }

    private static let header = "docket validated files 1"

    public init(file: String?, rules: String, trusting: Bool, fileSystem: any FileSystem = LocalFileSystem()) {
        self.file = file
        self.rules = rules
        self.trusting = trusting
        self.fileSystem = fileSystem
        if let file, let bytes = try? fileSystem.readFile(at: file) { entries = parse(bytes) }
    }

    /// The cache of the store at `root`, in `<data>/cache/`: one file per store folder.
    public convenience init(dataDirectory: String, storeRoot root: String, rules: String, trusting: Bool) {
        let folder = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        self.init(file: "\(dataDirectory)/cache/\(StableHash.of(folder)).validated", rules: rules, trusting: trusting)
    }

    /// Whether the file, as read, is what was judged valid against this schema before.
    func isTrusted(_ path: String, stamp: String?, schema: String) -> Bool {
        guard trusting, let stamp else { return false }
        return lock.withLock { entries[path] } == Entry(schema: schema, stamp: stamp)
    }

    /// The file, as read, passed its schema.
    func judgedValid(_ path: String, stamp: String?, schema: String) {
        // A path that would break the cache's lines is simply never cached.
        guard let stamp, !path.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return }
        let entry = Entry(schema: schema, stamp: stamp)
        lock.withLock {
            guard entries[path] != entry else { return }
            entries[path] = entry
            changed = true
        }
    }

    /// Writes what was newly judged; a failure only means those files are judged in full next time.
    public func save() {
        let text: String? = lock.withLock {
            guard changed, file != nil else { return nil }
            changed = false
            return ([ValidatedFiles.header + "\t" + rules]
                    + entries.sorted { $0.key < $1.key }.map { "\($0.value.stamp)\t\($0.value.schema)\t\($0.key)" })
                .joined(separator: "\n") + "\n"
        }
        guard let text, let file else { return }
        let folder = String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)])
        try? fileSystem.createDirectory(at: folder, permissions: 0o700)
        try? fileSystem.writeFileAtomically(Array(text.utf8), to: file, permissions: 0o600)
    }

    /// Lines of stamp, schema and path under a header naming the rules; anything else means an empty cache.
    private func parse(_ bytes: [UInt8]) -> [String: Entry] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first, first == ValidatedFiles.header + "\t" + rules else { return [:] }
        var parsed: [String: Entry] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return [:] }
            parsed[String(fields[2])] = Entry(schema: String(fields[1]), stamp: String(fields[0]))
        }
        return parsed
    }
}
