import DocketJSON

/// The subset of JSON Schema that `SchemaSet` walks, enforced: a schema that
/// uses a keyword the walker does not implement, a pattern that does not
/// compile or a reference that leads nowhere is refused when the schemas are
/// loaded, instead of being silently ignored (which would accept anything).
enum SchemaAudit {
    struct Defect: Error, Equatable, CustomStringConvertible {
        let schema: String
        let place: String
        let reason: String

        var description: String { "schema \(schema) at \(place): \(reason)" }
    }

    /// Keywords the walker implements, and annotations it may ignore.
    static let keywords: Set<String> = [
        "$id", "$schema", "$ref", "$defs", "title", "description",
        "const", "enum", "type", "minLength", "maxLength", "pattern", "minimum", "minItems",
        "items", "properties", "required", "anyOf", "additionalProperties",
    ]
    static let types: Set<String> = ["string", "integer", "number", "boolean", "array", "object", "null"]

    /// Every defect of every schema; empty when the walker judges them all exactly.
    static func defects(in schemas: [String: JSONValue]) -> [Defect] {
        var found: [Defect] = []
        for (id, schema) in schemas.sorted(by: { $0.key < $1.key }) {
            audit(schema, id: id, place: "#", schemas: schemas, into: &found)
        }
        return found
    }

    private static func audit(_ schema: JSONValue, id: String, place: String, schemas: [String: JSONValue], into found: inout [Defect]) {
        guard case .object(let members) = schema else {
            found.append(Defect(schema: id, place: place, reason: "a schema must be an object"))
            return
        }
        func defect(_ reason: String) { found.append(Defect(schema: id, place: place, reason: reason)) }
        for key in members.keys.sorted() where !keywords.contains(key) {
            defect("the keyword \"\(key)\" is not one Docket's validator implements")
        }
        if let pattern = members["pattern"] {
            if pattern.stringValue.map({ (try? Regex($0)) == nil }) ?? true { defect("the pattern does not compile") }
        }
        if let reference = members["$ref"] {
            if reference.stringValue.flatMap({ resolves($0, base: id, schemas: schemas) }) != true { defect("the reference leads nowhere") }
        }
        if let type = members["type"], !(type.stringValue.map(types.contains) ?? false) { defect("unknown type \(type.description)") }
        if let additional = members["additionalProperties"], additional != .bool(false) {
            defect("additionalProperties is implemented only as false")
        }
        if case .array(let alternatives)? = members["anyOf"],
           !alternatives.allSatisfy({ alternative in
               guard case .object(let fields) = alternative, fields.count == 1, case .array(let names)? = fields["required"] else { return false }
               return names.count == 1
           }) {
            defect("anyOf is implemented only as alternatives of one required field each")
        }
        for container in ["properties", "$defs"] {
            guard case .object(let children)? = members[container] else { continue }
            for (name, child) in children.sorted(by: { $0.key < $1.key }) {
                audit(child, id: id, place: "\(place)/\(container)/\(name)", schemas: schemas, into: &found)
            }
        }
        if let items = members["items"] { audit(items, id: id, place: "\(place)/items", schemas: schemas, into: &found) }
    }

    private static func resolves(_ reference: String, base: String, schemas: [String: JSONValue]) -> Bool {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard var target = schemas[parts[0].isEmpty ? base : String(parts[0])] else { return false }
        for token in (parts.count > 1 ? parts[1] : "").split(separator: "/") {
            guard let next = target[String(token)] else { return false }
            target = next
        }
        return true
    }
}
