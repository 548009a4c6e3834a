import DocketJSON
import Foundation
import Testing

@Suite("Strict JSON parser")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func error(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func error(_ text: String) -> JSONSyntaxError? { error(Array(text.utf8)) }

    @Test("parses every kind of value")
    func values() throws {
        let value = try parse(#" {"a": [1, -2.5e3, true, false, null, "x\u00e5\ud83d\ude00\n"], "b": {}} "#)
        #expect(value == .object([
            "a": .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .string("xå😀\n")]),
            "b": .object([:]),
        ]))
    }

    @Test("reports line and column in characters, not bytes")
    func position() {
        let failure = error("{\n  \"å\": \"ä\",\n  \"ö\": tru\n}")
        #expect(failure?.line == 3)
        #expect(failure?.column == 8)
        #expect(failure?.message.contains("true") == true)
    }

    @Test("rejects what Foundation's decoders let through", arguments: [
        ("[1,]", "trailing comma"),
        ("{\"a\":1,}", "trailing comma"),
        ("{\"a\":1,\"a\":2}", "appears twice"),
        ("[01]", "start with 0"),
        ("[1.]", "decimal point"),
        ("['x']", "double quotes"),
        ("[\"\\x\"]", "not a valid escape"),
        ("[\"\\ud800\"]", "first half of a surrogate pair"),
        ("[\"\\udc00\"]", "second half of a surrogate pair"),
        ("[\"\\ud800\\u0041\"]", "first half of a surrogate pair"),
        ("[\"a\tb\"]", "control character"),
        ("[1] x", "after the end"),
        ("{} {}", "after the end"),
        ("", "empty"),
        ("  \n", "only white space"),
        ("[1", "ends too early"),
        ("{\"a\"", "ends too early"),
        ("\"abc", "never closed"),
        ("nul", "inside null"),
        ("NaN", "expected a value"),
        ("[+1]", "expected a value"),
    ])
    func rejects(input: String, phrase: String) throws {
        let failure = try #require(error(input), "\(input) was accepted")
        #expect(failure.message.contains(phrase), "\(input): \(failure.message)")
    }

    @Test("rejects a byte order mark, UTF-16 and invalid UTF-8")
    func encodings() {
        #expect(error([0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.message.contains("byte order mark") == true)
        #expect(error([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])?.message.contains("UTF-16") == true)
        let invalid: [[UInt8]] = [
            [0x22, 0xFF, 0x22],              // never valid
            [0x22, 0xC0, 0xAF, 0x22],        // overlong "/"
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // past U+10FFFF
            [0x22, 0xE6, 0x97, 0x22],        // truncated sequence
            [0x22, 0x80, 0x22],              // lone continuation byte
        ]
        for bytes in invalid {
            let failure = error(bytes)
            #expect(failure?.message.contains("not valid UTF-8") == true, "\(bytes): \(String(describing: failure))")
            #expect(failure?.column == 2)
        }
    }

    @Test("bounds nesting instead of exhausting the stack")
    func deepNesting() {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 100_000) + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000)
        #expect(error(deep)?.message.contains("nested more than") == true)
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(error(allowed) == nil)
    }

    @Test("handles a 1 MB string and a huge number")
    func large() throws {
        let long = String(repeating: "åäö ", count: 150_000)
        #expect(try parse("[\"\(long)\"]") == .array([.string(long)]))
        let huge = String(repeating: "9", count: 5_000) + "e99999"
        #expect(try parse(huge) == .number(huge))
    }

    @Test("never crashes on any prefix of a document")
    func everyPrefix() {
        let document = Array(#"{"title": "Hearing om spelberoende – svar på skrivelse", "n": [1, 2.5e-3, {"x": null}], "ok": true}"#.utf8)
        for length in 0..<document.count {
            #expect(error(Array(document[..<length])) != nil, "prefix of \(length) bytes was accepted")
        }
        #expect(error(document) == nil)
    }

    @Test("shows a hostile character in a message as its code, never raw")
    func inertMessages() throws {
        let failure = try #require(error("[\u{202E}1]"))
        #expect(failure.message.contains("U+202E"))
        #expect(!failure.message.unicodeScalars.contains("\u{202E}"))
        let escape = try #require(error("[\u{1B}]"))
        #expect(!escape.message.unicodeScalars.contains("\u{1B}"))
    }

    @Test("an object keeps its members in order, is equal to one with the same members in any order, and refuses a key twice at any size")
    func objects() throws {
        let keys = (1...40).map { "k\($0)" }
        let text = "{" + keys.map { "\"\($0)\": \($0.dropFirst())" }.joined(separator: ",") + "}"
        guard case .object(let object) = try JSONParser.parse(Array(text.utf8)) else { Issue.record("not an object"); return }
        #expect(object.keys == keys)
        #expect(object["k37"] == .number("37"))
        #expect(object["k41"] == nil)
        guard case .object(let reversed) = try JSONParser.parse(Array(("{" + keys.reversed().map { "\"\($0)\": \($0.dropFirst())" }.joined(separator: ",") + "}").utf8)) else { return }
        #expect(reversed == object)
        #expect(JSONObject(["a": .null, "b": .bool(true)]) == ["b": .bool(true), "a": .null])
        #expect(JSONObject(["a": .null]) != ["a": .bool(false)])
        let twice = String(text.dropLast()) + ",\"k17\": 0}"
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(twice.utf8)) }
    }
}
