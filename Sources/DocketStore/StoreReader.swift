import DocketJSON

/// Reads one store file the strict way: bytes, then RFC 8259 syntax with line
/// and column, then the schema with JSONPath, then the model. It never writes.
public struct StoreReader: Sendable {
    /// The store's path as the user gave it; problems name files under it.
    public let root: String
    public let fileSystem: any FileSystem
    public let schemas: SchemaSet
    /// Files judged valid before, which reading need not judge by their schema again.
    public let validated: ValidatedFiles?

    public init(root: String, fileSystem: any FileSystem = LocalFileSystem(), schemas: SchemaSet, validated: ValidatedFiles? = nil) {
        self.root = root
        self.fileSystem = fileSystem
        self.schemas = schemas
        self.validated = validated
    }

    public func path(_ relative: String) -> String {
        root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }

    /// The decoded value, or nil with the problems that stopped it.
    public func read<Value: Decodable>(_ type: Value.Type, at relative: String, schema: String) -> (Value?, [StoreProblem]) {
        read(type, atAbsolute: path(relative), schema: schema)
    }

    /// As `read(_:at:schema:)`, for a file named by its full path (private data lives outside the store).
    public func read<Value: Decodable>(_ type: Value.Type, atAbsolute file: String, schema: String?) -> (Value?, [StoreProblem]) {
        let bytes: [UInt8]
        let stamp: String?
        do {
            (bytes, stamp) = try fileSystem.readStampedFile(at: file)
        } catch {
            return (nil, [StoreProblem(file: file, place: .file, kind: error.problemKind, message: error.explanation)])
        }
        guard let schema, let validated else { return decode(type, from: bytes, file: file, schema: schema) }
        // Unchanged since it was judged valid: the schema would say the same again.
        if validated.isTrusted(file, stamp: stamp, schema: schema), let value = try? JSONParser.parse(bytes),
           let decoded = try? JSONValueDecoder().decode(Value.self, from: value) {
            return (decoded, [])
        }
        let (value, problems) = decode(type, from: bytes, file: file, schema: schema)
        if value != nil { validated.judgedValid(file, stamp: stamp, schema: schema) }
        return (value, problems)
    }

    /// The bytes of `file` judged as reading judges them: syntax, the schema,
    /// the model. Writers run it on what they are about to write.
    public func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], file: String, schema: String?) -> (Value?, [StoreProblem]) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return (nil, [StoreProblem(file: file, place: .text(line: error.line, column: error.column), kind: .syntax, message: error.message)])
        }
        return judge(Value.self, value, file: file, schema: schema)
    }

    /// A parsed (or just encoded) value judged by the schema, then decoded into the model.
    public func judge<Value: Decodable>(_ type: Value.Type, _ value: JSONValue, file: String, schema: String?) -> (Value?, [StoreProblem]) {
        let issues = schema.map { schemas.validate(value, against: $0) } ?? []
        guard issues.isEmpty else {
            return (nil, issues.map { StoreProblem(file: file, place: .value(path: $0.path.description), kind: .content, message: $0.message) })
        }
        do {
            return (try JSONValueDecoder().decode(Value.self, from: value), [])
        } catch {
            // The schema mirrors the model, so this means the two have drifted apart.
            return (nil, [StoreProblem(file: file, place: .file, kind: .content, message: "does not fit Docket's model: \(error)")])
        }
    }
}
