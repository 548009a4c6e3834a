/// A headed part of a document (Sammanfattning, Bakgrund…) as ordered paragraphs;
/// paragraph indexes are what notes anchor to.
public struct DocumentSection: Codable, Equatable, Sendable {
    public var heading: String
    public var paragraphs: [String]

    public init(heading: String, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
