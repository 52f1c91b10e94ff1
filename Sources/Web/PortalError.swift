public import Planning

/// Why the portal cannot start or refuses a staff change: each case names what to fix, worded by
/// ``PortalMessage``.
public enum PortalError: Error, Hashable, Sendable, Localizable {
    /// No plan file to serve.
    case noPlans
    /// Two plan files would be served under the same address.
    case duplicateSlug(String, paths: [String])
    /// The page templates shipped with FairPlan could not be read (a damaged installation).
    case templates(reason: String)
    /// The host is not an address the portal can listen on.
    case invalidHost(String)
    /// A staff edit changed a field that someone else changed meanwhile (since the form was
    /// opened) to another value: `field`'s label and the value now stored. Nothing was written.
    case editedMeanwhile(field: String, stored: String)
    /// A signed-in staff member's form carries no anti-forgery token, or not the session's (a
    /// page left open across a sign-out): the form has expired, not the account's rights.
    case staleForm
    /// A staff form posted without a live session of the plan (signed out in another tab, the
    /// server restarted meanwhile, or never signed in): the session has ended, sign in again at
    /// `signIn` (the sign-in page, coming back to the form's page). Nothing was written.
    case sessionEnded(signIn: String)

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        PortalMessage.error(self).text(language)
    }
}
