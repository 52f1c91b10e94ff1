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

        /// The name in `language`: "Trình bày", "Speaker".
        public func name(_ language: Language) -> String {
            PlanningMessage.participantRole(self).text(language)
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
