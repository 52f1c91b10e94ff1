import Planning
import Store

extension StaffMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .signInPage: return "Staff sign-in"
        case .name: return "Name"
        case .password: return "Password"
        case .signIn: return "Sign in"
        case .signInFailed: return "Wrong name or password."
        case .tooManyAttempts:
            return "Too many sign-in attempts from this address. Please try again in a minute."
        case .staleForm:
            return "The page is out of date or was not sent from this portal. Please open it again."
        case .signOut: return "Sign out"
        case .signedInAs(let name, let role):
            return "Signed in: \(name) (\(StaffMessage.roleName(role).text(en)))"
        case .consolePage: return "Registrations"
        case .status: return "Status"
        case .allStatuses: return "All"
        case .province: return "Province"
        case .allProvinces: return "All provinces"
        case .search: return "Name"
        case .filter: return "Filter"
        case .count(let status, let count): return "\(status.name(en)): \(count)"
        case .registration: return "Registration"
        case .booths: return "Booths (asked / given)"
        case .findings: return "To look at"
        case .actions: return "Actions"
        case .throughPortal: return "registered through the portal"
        case .correctedThroughLink(let time):
            return "corrected through its private link at \(RegistrationMessage.english(time))"
        case .confirm: return "Confirm"
        case .withdraw: return "Withdraw"
        case .boothPlan: return "Booth plan"
        case .allocate: return "Allocate booths"
        case .allocateHint:
            return
                "Allocates booths to the confirmed registrations (pinned booths kept); those that do not fit go "
                + "to the waiting list."
        case .publish: return "Publish the plan"
        case .publishHint:
            return "Checks the current booth plan, then publishes it on the portal as a new version."
        case .noRegistrations: return "No registration matches the filter."
        case .confirmed: return "Registration confirmed."
        case .withdrawn: return "Registration withdrawn; its booths are free again."
        case .allocated(let placed, let waiting):
            return "Booths allocated: \(placed) with booths, \(waiting) on the waiting list."
        case .published(let version): return "Booth plan published as version \(version)."
        case .failed(let reason): return "Could not be done: \(reason)"
        case .accountsPage: return "Staff accounts"
        case .role: return "Role"
        case .roleName(.staff): return "staff"
        case .roleName(.admin): return "admin"
        case .adminOnly: return "Only an admin account may see this page."
        }
    }
}
