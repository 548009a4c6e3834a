import DocketJSON
import Foundation
import Testing

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    /// Expected bytes produced by Python: json.dumps(v, indent=2, sort_keys=True, ensure_ascii=False) + "\n".
    @Test("matches Python byte for byte: key order by code point, escapes, numbers, empty containers")
    func matchesPython() throws {
        let source = #"{"z":1,"a":[],"å":{},"Z":[1,2.5,{"é":"x\u0001\n\t\"\\\/"}],"😀":null,"é":false,"n":-0.0,"big":1e16,"small":1e-05,"f":100.0}"#
        let expected = "{\n  \"Z\": [\n    1,\n    2.5,\n    {\n      \"é\": \"x\\u0001\\n\\t\\\"\\\\/\"\n    }\n  ],\n  \"a\": [],\n  \"big\": 1e+16,\n  \"f\": 100.0,\n  \"n\": -0.0,\n  \"small\": 1e-05,\n  \"z\": 1,\n  \"å\": {},\n  \"é\": false,\n  \"😀\": null\n}\n"
        let bytes = CanonicalJSON.bytes(try JSONParser.parse(Array(source.utf8)))
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("is a fixed point: canonical bytes parse back to the same bytes")
    func fixedPoint() throws {
        let samples = [#"[]"#, #"{}"#, #"[[[]],{"a":{"b":[1,"\u2028",true]}}]"#, #""\u0000\u001f\u007f""#, "1.5e300", "-12"]
        for sample in samples {
            let once = CanonicalJSON.bytes(try JSONParser.parse(Array(sample.utf8)))
            #expect(CanonicalJSON.bytes(try JSONParser.parse(once)) == once, "\(sample)")
        }
    }

    @Test("encodes Codable values canonically")
    func encodable() throws {
        struct Sample: Encodable { let title: String; let items: [Int]; let note: String? }
        let bytes = try CanonicalJSON.bytes(of: Sample(title: "Åsbro/ö", items: [], note: nil))
        #expect(String(decoding: bytes, as: UTF8.self) == "{\n  \"items\": [],\n  \"title\": \"Åsbro/ö\"\n}\n")
    }

    @Test("the value decoder reads what the value encoder writes, and says where a value does not fit")
    func valueCoders() throws {
        struct Inner: Codable, Equatable { let flag: Bool; let count: Int; let note: String? }
        struct Outer: Codable, Equatable { let name: String; let inner: [Inner]; let table: [String: Int]; let missing: Int? }
        let value = Outer(name: "Åsbro \u{1B}", inner: [Inner(flag: true, count: -3, note: nil), Inner(flag: false, count: 7, note: "x")],
                          table: ["b": 2, "a": 1], missing: nil)
        let encoded = try JSONValueEncoder().encode(value)
        #expect(encoded["missing"] == nil, "nil is left out")
        #expect(try JSONValueDecoder().decode(Outer.self, from: encoded) == value)
        #expect(CanonicalJSON.bytes(encoded) == CanonicalJSON.bytes(try JSONParser.parse(Array(try JSONEncoder().encode(value)))),
                "the same value as Foundation's encoder gives")
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Inner.self, from: .object(["flag": .bool(true), "count": .string("7")])) }
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(Inner.self, from: .object(["flag": .bool(true)])) }
    }
}
