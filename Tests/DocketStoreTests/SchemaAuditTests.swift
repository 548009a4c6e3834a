import DocketJSON
import DocketStore
import Testing

@Suite("The schemas use only what the validator implements")
struct SchemaAuditTests {
    @Test("every bundled schema is accepted")
    func bundled() throws {
        _ = try SchemaSet.bundled()
    }

    @Test("a keyword the walker does not implement, a pattern that does not compile, a reference to nothing: each is refused", arguments: [
        (#"{"$id": "urn:t", "type": "object", "properties": {"a": {"type": "string", "format": "email"}}}"#, "the keyword \"format\""),
        (#"{"$id": "urn:t", "type": "string", "pattern": "([a-z"}"#, "the pattern does not compile"),
        (##"{"$id": "urn:t", "items": {"$ref": "#/$defs/missing"}}"##, "the reference leads nowhere"),
        (#"{"$id": "urn:t", "type": "object", "additionalProperties": {"type": "string"}}"#, "additionalProperties is implemented only as false"),
        (#"{"$id": "urn:t", "type": "text"}"#, "unknown type"),
    ])
    func refused(schema: String, reason: String) throws {
        let value = try JSONParser.parse(Array(schema.utf8))
        do {
            _ = try SchemaSet(schemas: [value])
            Issue.record("accepted: \(schema)")
        } catch {
            #expect("\(error)".contains(reason), "\(error)")
        }
    }
}
