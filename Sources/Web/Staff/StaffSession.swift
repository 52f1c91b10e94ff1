import Store

/// A staff member signed in to one plan's console: who, with which role, the anti-forgery token
/// of the console's forms, and when the session ends unless used.
struct StaffSession: Sendable {
    /// The account's name.
    let name: String
    /// The account's role when signing in (checked again against the plan file on every request).
    let role: StaffAccount.Role
    /// The plan's slug: a session opens only its own plan's console.
    let site: String
    /// The token every console form carries.
    let csrf: String
    /// When the session ends unless used before (seconds on the portal's monotonic clock).
    var expiresAt: Double
}
