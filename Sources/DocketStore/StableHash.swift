/// FNV-1a: the same bytes always get the same short name, on every machine and run
/// (Swift's own hashing is seeded per process).
enum StableHash {
    static let start: UInt64 = 14_695_981_039_346_656_037

    static func of(_ text: String) -> String {
        String(value(of: text.utf8), radix: 16)
    }

    static func value(of bytes: some Sequence<UInt8>, continuing hash: UInt64 = start) -> UInt64 {
        bytes.reduce(hash) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}
