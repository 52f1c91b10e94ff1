public import Planning
public import Store

/// The wording of the portal's staff console (area: portal): sign-in, the registrations with
/// their filters and findings, the actions on them, and the accounts, in every ``Language``.
public enum StaffMessage: Hashable, Sendable, Localizable {
    /// The sign-in page.
    case signInPage
    /// The name field.
    case name
    /// The password field.
    case password
    /// The sign-in button.
    case signIn
    /// A wrong name or password (never saying which).
    case signInFailed
    /// Too many sign-in attempts from one address.
    case tooManyAttempts
    /// The sign-in form is out of date (its anti-forgery token).
    case staleForm
    /// The sign-out button.
    case signOut
    /// Who is signed in.
    case signedInAs(name: String, role: StaffAccount.Role)
    /// The console's page.
    case consolePage
    /// The status filter.
    case status
    /// Every status.
    case allStatuses
    /// The province filter.
    case province
    /// Every province.
    case allProvinces
    /// The name filter.
    case search
    /// The filter button.
    case filter
    /// How many registrations have a status.
    case count(RegistrationStatus, Int)
    /// The registration column.
    case registration
    /// The booths asked for and given.
    case booths
    /// The findings column.
    case findings
    /// The actions column.
    case actions
    /// A registration made through the portal.
    case throughPortal
    /// The cooperative corrected its registration through its private link, last at that time.
    case correctedThroughLink(LocalDateTime)
    /// Confirm a pending registration.
    case confirm
    /// Withdraw a registration.
    case withdraw
    /// The booth plan's part.
    case boothPlan
    /// Allocate the booths to the confirmed registrations.
    case allocate
    /// What allocation does.
    case allocateHint
    /// Publish the booth plan.
    case publish
    /// What publishing does.
    case publishHint
    /// No registration matches.
    case noRegistrations
    /// A registration was confirmed.
    case confirmed
    /// A registration was withdrawn.
    case withdrawn
    /// The booths were allocated: how many placed, how many waiting.
    case allocated(placed: Int, waiting: Int)
    /// The booth plan was published as this version.
    case published(Int)
    /// The action could not be carried out: why.
    case failed(String)
    /// The accounts page (admins).
    case accountsPage
    /// The role column.
    case role
    /// A role's name.
    case roleName(StaffAccount.Role)
    /// Only an admin may see this.
    case adminOnly

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
