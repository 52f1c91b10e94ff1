/// A contact person's details as registered with an organisation or a connection point.
public struct Contact: Hashable, Codable, Sendable {
    /// The contact's full name, as written.
    public var name: String
    /// The position or role, e.g. "Giám đốc" or "Kỹ thuật viên".
    public var position: String?
    /// A phone number as typed; validation checks it with ``PhoneNumber``.
    public var phone: String?
    /// An e-mail address as typed.
    public var email: String?

    /// Creates a contact.
    public init(name: String, position: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = VietnameseText.normalized(name)
        self.position = position.map(VietnameseText.normalized)
        self.phone = phone
        self.email = email
    }
}
