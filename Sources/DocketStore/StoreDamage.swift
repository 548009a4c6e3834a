import DocketModel

/// Problems found on loading, grouped by file, with what each file's damage takes away.
public enum StoreDamage {
    /// One entry per damaged file, in the order the problems came.
    public static func files(_ problems: [StoreProblem], root: String) -> [DamagedFile] {
        var order: [String] = []
        var byFile: [String: [StoreProblem]] = [:]
        // The same problem may be found twice (on loading, and when notes are read): count it once.
        var seen = Set<String>()
        for problem in problems where seen.insert(problem.description).inserted {
            if byFile[problem.file] == nil { order.append(problem.file) }
            byFile[problem.file, default: []].append(problem)
        }
        return order.map { file in
            let found = byFile[file] ?? []
            // Inside the store, the path from its folder is name enough and leaves room for the rest.
            let prefix = root.hasSuffix("/") ? root : root + "/"
            let name = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
            let description = found[0].description
            let problem = description.hasPrefix(file) ? String(description.dropFirst(file.count).drop { $0 == ":" || $0 == " " }) : description
            return DamagedFile(file: name, problem: problem, consequence: consequence(of: file, root: root), count: found.count)
        }
    }

    /// What a damaged file at this place in the store makes unavailable.
    static func consequence(of file: String, root: String) -> DamagedFile.Consequence {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard file.hasPrefix(prefix) || root == "." else { return .privateData }
        let parts = (root == "." ? file : String(file.dropFirst(prefix.count))).split(separator: "/").map(String.init)
        func stem(_ name: String) -> String { name.hasSuffix(".json") ? String(name.dropLast(5)) : name }
        switch (parts.first, parts.count) {
        case (StoreLayout.mattersDirectory?, 2): return .matter(id: stem(parts[1]))
        case (StoreLayout.meetingsDirectory?, 3):
            switch parts[2] {
            case "meeting.json": return .meeting(id: parts[1])
            case "record.json": return .record(meeting: parts[1])
            case "live.json": return .live(meeting: parts[1])
            default: return .nothing
            }
        case (StoreLayout.membersDirectory?, 3) where parts[2] == "notes.json": return .sharedNotes(member: parts[1])
        case (StoreLayout.membersDirectory?, 4) where parts[2] == "positions": return .sharedPositions(member: parts[1], meeting: stem(parts[3]))
        default: return .nothing
        }
    }
}
