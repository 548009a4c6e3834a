import Foundation

/// Foundation's decoder, used only after the strict parser and the schema have accepted the bytes.
enum JSONDecoderBox {
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}
