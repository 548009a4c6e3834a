/// An attachment (bilaga): a file inside the store or a web address, with its
/// text when it has been extracted so Docket can show it itself; or known by
/// its title alone, as protokoll list bilagor kept in the municipality's document system.
public struct Attachment: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    /// IANA media type, such as application/pdf or text/plain; unknown for a bilaga known by title.
    public var mediaType: String?
    /// Path relative to the store's root; it may never leave the store.
    public var path: String?
    /// An http or https address.
    public var url: String?
    public var text: String?

    public init(id: String, title: String, mediaType: String? = nil, path: String? = nil, url: String? = nil, text: String? = nil) {
        self.id = id
        self.title = title
        self.mediaType = mediaType
        self.path = path
        self.url = url
        self.text = text
    }

    /// Known by its title alone: nothing Docket can open or show.
    public var isTitleOnly: Bool { path == nil && url == nil && (text ?? "").isEmpty }

    public var isText: Bool { mediaType?.hasPrefix("text/") ?? false }
}
