/// The official who prepared a report and answers questions on it.
public struct Officer: Codable, Equatable, Sendable {
    public var name: String
    public var title: String?
    public var phone: String?
    public var email: String?

    public init(name: String, title: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }
}
