import DocketJSON
import Foundation

/// The store's JSON Schemas (docs/schema), walked directly so that Docket and
/// CI's Python validator judge files by the same rules. Supports the subset of
/// draft 2020-12 the schemas use, and reports every problem, not just the first.
public struct SchemaSet: Sendable {
    private let schemas: [String: JSONValue]
    private let patterns: [String: PatternMatcher]
    /// Every `$ref`, resolved once: (base, reference) → (target, its base).
    private let references: [ReferenceKey: (JSONValue, String)]
    /// Names these rules: a file judged valid by other schemas is judged again (`ValidatedFiles`).
    public let fingerprint: String

    private struct ReferenceKey: Hashable {
        let base: String
        let reference: String
    }

    public struct Issue: Equatable, Sendable {
        public let path: JSONPath
        public let message: String
    }

    /// The schemas, refused when one uses anything the walker does not implement exactly.
    public init(schemas: [JSONValue], fingerprint: String = "") throws {
        self.fingerprint = fingerprint
        var byID: [String: JSONValue] = [:]
        var patterns: [String: PatternMatcher] = [:]
        for schema in schemas {
            if let id = schema["$id"]?.stringValue { byID[id] = schema }
            SchemaSet.collectPatterns(in: schema, into: &patterns)
        }
        if let defect = SchemaAudit.defects(in: byID).first { throw defect }
        self.schemas = byID
        self.patterns = patterns
        var references: [ReferenceKey: (JSONValue, String)] = [:]
        for (id, schema) in byID {
            SchemaSet.collectReferences(in: schema, base: id, schemas: byID, into: &references)
        }
        self.references = references
    }

    /// The schemas shipped with Docket, read and audited once per run.
    public static func bundled() throws -> SchemaSet {
        try bundledOnce.get()
    }

    private static let bundledOnce = Result<SchemaSet, any Error> {
        guard let directory = Bundle.module.url(forResource: "schema", withExtension: nil) else {
            throw FileSystemError(path: "schema", reason: .notFound)
        }
        let fileSystem = LocalFileSystem()
        let names = try fileSystem.contentsOfDirectory(at: directory.path).filter { $0.hasSuffix(".schema.json") }
        let files = try names.map { try fileSystem.readFile(at: directory.path + "/" + $0) }
        let fingerprint = files.reduce(StableHash.start) { StableHash.value(of: $1, continuing: $0) }
        return try SchemaSet(schemas: try files.map { try JSONParser.parse($0) }, fingerprint: String(fingerprint, radix: 16))
    }

    public func validate(_ value: JSONValue, against schemaID: String) -> [Issue] {
        guard let schema = schemas[schemaID] else {
            return [Issue(path: .root, message: "Docket has no schema named \(schemaID)")]
        }
        var issues: [Issue] = []
        check(value, against: schema, base: schemaID, path: .root, expected: nil, into: &issues)
        return issues
    }

    // MARK: Walking

    private func check(_ value: JSONValue, against schema: JSONValue, base: String, path: JSONPath,
                       expected inherited: String?, into issues: inout [Issue]) {
        if let reference = schema["$ref"]?.stringValue {
            guard let (target, targetBase) = references[ReferenceKey(base: base, reference: reference)] else {
                issues.append(Issue(path: path, message: "Docket's schema refers to \(reference), which it lacks"))
                return
            }
            check(value, against: target, base: targetBase, path: path,
                  expected: target["description"]?.stringValue ?? inherited, into: &issues)
            return
        }
        // An object schema's description explains the file, not what a value should look like.
        let expected = schema["properties"] == nil ? (schema["description"]?.stringValue ?? inherited) : inherited

        if let constant = schema["const"], constant != value {
            issues.append(Issue(path: path, message: "expected \(expected ?? constant.description), found \(value.description)"))
            return
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(value) {
            let list = allowed.map { $0.stringValue ?? $0.description }.joined(separator: ", ")
            issues.append(Issue(path: path, message: "expected \(expected ?? "one of \(list)"), found \(value.description)"))
            return
        }
        if let type = schema["type"]?.stringValue, !SchemaSet.value(value, hasType: type) {
            issues.append(Issue(path: path, message: "expected \(expected ?? SchemaSet.words(forType: type)), found \(value.description)"))
            return
        }
        switch value {
        case .string(let text): checkString(text, value: value, schema: schema, path: path, expected: expected, into: &issues)
        case .number(let text): checkNumber(text, value: value, schema: schema, path: path, expected: expected, into: &issues)
        case .array(let items): checkArray(items, schema: schema, base: base, path: path, into: &issues)
        case .object(let members): checkObject(members, schema: schema, base: base, path: path, into: &issues)
        case .null, .bool: break
        }
    }

    private func checkString(_ text: String, value: JSONValue, schema: JSONValue, path: JSONPath,
                             expected: String?, into issues: inout [Issue]) {
        // Lengths count Unicode scalars, which takes a walk through the text; a report's paragraph is long,
        // so the walk is taken only when a bound could fail (a scalar is at least one UTF-8 byte).
        if let minimum = SchemaSet.integer(schema["minLength"]), text.utf8.count < minimum || (minimum > 1 && text.unicodeScalars.count < minimum) {
            issues.append(Issue(path: path, message: minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters long"))
            return
        }
        if let maximum = SchemaSet.integer(schema["maxLength"]), text.utf8.count > maximum, case let length = text.unicodeScalars.count, length > maximum {
            issues.append(Issue(path: path, message: "is \(length) characters long; at most \(maximum) are allowed"))
            return
        }
        if let pattern = schema["pattern"]?.stringValue, let matcher = patterns[pattern], !matcher.matches(text) {
            issues.append(Issue(path: path, message: "expected \(expected ?? "text matching \(pattern)"), found \(value.description)"))
        }
    }

    private func checkNumber(_ text: String, value: JSONValue, schema: JSONValue, path: JSONPath,
                             expected: String?, into issues: inout [Issue]) {
        if schema["type"]?.stringValue == "integer", Int(text) == nil, JSONValue.number(text).typeName == "integer" {
            // Syntactically whole but beyond what any count or number here can be.
            if Double(text).map({ abs($0) < 9e18 }) != true {
                issues.append(Issue(path: path, message: "the number \(text) is too large"))
                return
            }
        }
        if let minimum = SchemaSet.integer(schema["minimum"]), let number = Double(text), number < Double(minimum) {
            issues.append(Issue(path: path, message: "expected \(expected ?? "a number of at least \(minimum)"), found \(value.description)"))
        }
    }

    private func checkArray(_ items: [JSONValue], schema: JSONValue, base: String, path: JSONPath, into issues: inout [Issue]) {
        if let minimum = SchemaSet.integer(schema["minItems"]), items.count < minimum {
            issues.append(Issue(path: path, message: "the list must hold at least \(minimum) \(minimum == 1 ? "entry" : "entries")"))
        }
        guard let itemSchema = schema["items"] else { return }
        for (index, item) in items.enumerated() {
            check(item, against: itemSchema, base: base, path: path.index(index), expected: nil, into: &issues)
        }
    }

    private func checkObject(_ members: JSONObject, schema: JSONValue, base: String, path: JSONPath,
                             into issues: inout [Issue]) {
        let properties: JSONObject
        if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [:] }
        if case .array(let required)? = schema["required"] {
            for case .string(let name) in required where members[name] == nil {
                issues.append(Issue(path: path, message: "the required field \"\(name)\" is missing"))
            }
        }
        if case .array(let alternatives)? = schema["anyOf"] {
            let names = alternatives.compactMap { alternative -> String? in
                guard case .array(let required)? = alternative["required"], required.count == 1 else { return nil }
                return required[0].stringValue
            }
            if names.count == alternatives.count, !names.contains(where: { members[$0] != nil }) {
                let quoted = names.map { "\"\($0)\"" }
                issues.append(Issue(path: path, message: "needs the field \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)"))
            }
        }
        for key in members.keys.sorted() {
            let member = members[key]!
            if let propertySchema = properties[key] {
                check(member, against: propertySchema, base: base, path: path.key(key), expected: nil, into: &issues)
            } else if schema["additionalProperties"] == .bool(false) {
                let allowed = properties.keys.sorted().joined(separator: ", ")
                issues.append(Issue(path: path, message: "unknown field \"\(JSONValue.excerpt(key))\" (the fields allowed here are: \(allowed))"))
            }
        }
    }

    // MARK: Helpers

    private static func collectReferences(in schema: JSONValue, base: String, schemas: [String: JSONValue],
                                          into references: inout [ReferenceKey: (JSONValue, String)]) {
        switch schema {
        case .object(let members):
            if let reference = members["$ref"]?.stringValue, let target = resolve(reference, base: base, schemas: schemas) {
                references[ReferenceKey(base: base, reference: reference)] = target
            }
            members.values.forEach { collectReferences(in: $0, base: base, schemas: schemas, into: &references) }
        case .array(let items):
            items.forEach { collectReferences(in: $0, base: base, schemas: schemas, into: &references) }
        default:
            break
        }
    }

    /// Resolves `#/$defs/name` within the current schema or `urn:…#/$defs/name` in another.
    private static func resolve(_ reference: String, base: String, schemas: [String: JSONValue]) -> (JSONValue, String)? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let documentID = parts[0].isEmpty ? base : String(parts[0])
        guard var target = schemas[documentID] else { return nil }
        let pointer = parts.count > 1 ? parts[1] : ""
        for token in pointer.split(separator: "/") {
            guard let next = target[String(token)] else { return nil }
            target = next
        }
        return (target, documentID)
    }

    private static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value.typeName) {
        case ("number", "integer"): return true
        default: return type == value.typeName
        }
    }

    private static func words(forType type: String) -> String {
        switch type {
        case "string": return "text in quotes"
        case "integer": return "a whole number"
        case "number": return "a number"
        case "boolean": return "true or false"
        case "array": return "a list [ … ]"
        case "object": return "an object { … }"
        default: return type
        }
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        if case .number(let text)? = value { return Int(text) }
        return nil
    }

    private static func collectPatterns(in schema: JSONValue, into patterns: inout [String: PatternMatcher]) {
        switch schema {
        case .object(let members):
            if let pattern = members["pattern"]?.stringValue, patterns[pattern] == nil {
                patterns[pattern] = PatternMatcher(pattern)
            }
            members.values.forEach { collectPatterns(in: $0, into: &patterns) }
        case .array(let items):
            items.forEach { collectPatterns(in: $0, into: &patterns) }
        default:
            break
        }
    }
}
