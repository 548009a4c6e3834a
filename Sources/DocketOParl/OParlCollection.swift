import DocketJSON

/// Every OParl object found in a set of documents — single objects, lists, the
/// paged lists a server returns — each once, with the object it was embedded in.
/// An object met twice (on two pages, or embedded and listed) is kept in its
/// fullest form; a deleted one is kept aside, so that it can be reported.
public struct OParlCollection: Sendable {
    public struct Found: Sendable, Equatable {
        public var object: OParlObject
        /// The URL of the object it was embedded in (a meeting for its agenda items, a paper for its consultations).
        public var parent: String?
        /// Its place in the parent's list, for agenda items that give no `order`.
        public var position: Int
    }

    public private(set) var byID: [String: Found] = [:]
    /// Objects in the order first met, by kind.
    public private(set) var idsByKind: [String: [String]] = [:]
    /// Objects without an id or a type: they cannot be matched, so they are counted, not used.
    public private(set) var unidentified = 0
    public private(set) var duplicates = 0
    /// Ids met twice with different content (other than its date of change): the fuller copy is kept, and the ids are told.
    public private(set) var differing: [String] = []
    /// Ids given to objects of two types (a Meeting and a Paper): one id names one object, so such data is not merged.
    public private(set) var conflicts: [(id: String, kinds: [String])] = []

    public init() {}

    public func objects(_ kind: String) -> [Found] {
        (idsByKind[kind] ?? []).compactMap { byID[$0] }
    }

    public subscript(id: String) -> Found? { byID[id] }

    /// Adds a parsed document: an object, a page of a list (`data`), or a plain list.
    public mutating func add(document: JSONValue) {
        switch document {
        case .array(let items):
            for (index, item) in items.enumerated() { add(value: item, parent: nil, position: index) }
        case .object(let members):
            if case .array(let items)? = members["data"], members["type"] == nil {
                for (index, item) in items.enumerated() { add(value: item, parent: nil, position: index) }
            } else {
                add(value: document, parent: nil, position: 0)
            }
        default:
            unidentified += 1
        }
    }

    private mutating func add(value: JSONValue, parent: String?, position: Int) {
        guard case .object(let members) = value else { return }
        let object = OParlObject(members)
        guard let id = object.id, let kind = object.kind, !kind.isEmpty else {
            unidentified += 1
            return
        }
        remember(Found(object: object, parent: parent, position: position), id: id, kind: kind)
        // Embedded objects: agenda items of a meeting, consultations and files of a paper, memberships of a person.
        for (_, nested) in members {
            switch nested {
            case .object:
                if OParlObject(nested.objectMembers).id != nil { add(value: nested, parent: id, position: 0) }
            case .array(let items):
                for (index, item) in items.enumerated() where item.objectMembers.count > 0 {
                    add(value: item, parent: id, position: index)
                }
            default:
                break
            }
        }
    }

    /// An object made for what the data names by URL but does not hold (`addingStandIns`).
    mutating func add(standIn members: JSONObject) {
        add(value: .object(members), parent: nil, position: 0)
    }

    private mutating func remember(_ found: Found, id: String, kind: String) {
        if let earlier = byID[id] {
            if let earlierKind = earlier.object.kind, earlierKind != kind {
                if !conflicts.contains(where: { $0.id == id }) { conflicts.append((id, [earlierKind, kind])) }
                return
            }
            duplicates += 1
            if !earlier.object.sameContent(as: found.object) && differing.last != id && !differing.contains(id) { differing.append(id) }
            // The fuller copy wins; of two as full, the later modified; an embedded copy keeps its parent.
            let fuller = found.object.members.count > earlier.object.members.count
                || (found.object.members.count == earlier.object.members.count
                    && (found.object.raw("modified") ?? "") > (earlier.object.raw("modified") ?? ""))
            var kept = fuller ? found : earlier
            kept.parent = earlier.parent ?? found.parent
            if earlier.parent != nil { kept.position = earlier.position }
            byID[id] = kept
            return
        }
        byID[id] = found
        idsByKind[kind, default: []].append(id)
    }
}

extension JSONValue {
    fileprivate var objectMembers: JSONObject {
        if case .object(let members) = self { return members }
        return JSONObject()
    }
}
