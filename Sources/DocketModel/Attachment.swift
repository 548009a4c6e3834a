/// An attachment (bilaga): a file inside the store or a web address, with its
/// text when it has been extracted so Docket can show it itself.
public struct Attachment: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    /// IANA media type, such as application/pdf or text/plain.
    public var mediaType: String
    /// Path relative to the store's root; it may never leave the store.
    public var path: String?
    /// An http or https address.
    public var url: String?
    public var text: String?

    public init(id: String, title: String, mediaType: String, path: String? = nil, url: String? = nil, text: String? = nil) {
        self.id = id
        self.title = title
        self.mediaType = mediaType
        self.path = path
        self.url = url
        self.text = text
    }
}
