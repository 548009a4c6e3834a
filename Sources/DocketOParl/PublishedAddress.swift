import Foundation

extension OParlExport {
    /// Whether `address` can be the base of published ids: an absolute http or https
    /// URL with a host, and nothing an id cannot carry after it (query, fragment, spaces, credentials).
    public static func isPublishable(baseURL address: String) -> Bool {
        guard !address.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
              let parts = URLComponents(string: address),
              let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = parts.host, !host.isEmpty,
              parts.user == nil, parts.password == nil, parts.query == nil, parts.fragment == nil else { return false }
        return true
    }
}
