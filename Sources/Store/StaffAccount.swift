public import Planning

/// A person who signs in to the portal's staff console, as the plan file keeps them: the name,
/// the role and the bcrypt hash of the password.
public struct StaffAccount: Hashable, Sendable {
    /// What an account may do in the staff console.
    public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
        /// Works the registrations, the booth plan and the programme, publishes, downloads.
        case staff
        /// What staff may, and manages the accounts.
        case admin

        /// Orders roles from the least to the most allowed.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    /// The name signed in with (1 to 64 characters, NFC).
    public var name: String
    /// The role.
    public var role: Role
    /// The bcrypt hash of the password (`$2b$…`).
    public var passwordHash: String
    /// When the account was made (+07:00).
    public var createdAt: LocalDateTime

    /// An account.
    public init(name: String, role: Role, passwordHash: String, createdAt: LocalDateTime) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}
