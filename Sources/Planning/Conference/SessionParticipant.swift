/// A person's part in a session.
public struct SessionParticipant: Hashable, Codable, Sendable {
    /// What a person does in a session.
    public enum Role: String, CaseIterable, Codable, Sendable {
        /// Chủ trì: chairs the session.
        case chair
        /// Trình bày: presents or speaks.
        case speaker
        /// Điều hành: moderates.
        case moderator
        /// Dự: attends as a named guest.
        case guest

        /// The Vietnamese name.
        public var vietnameseName: String {
            switch self {
            case .chair: "Chủ trì"
            case .speaker: "Trình bày"
            case .moderator: "Điều hành"
            case .guest: "Khách mời"
            }
        }
    }

    /// The person.
    public var person: Identifier<Person>
    /// The person's part.
    public var role: Role

    /// Creates a participation.
    public init(person: Identifier<Person>, role: Role) {
        self.person = person
        self.role = role
    }
}
