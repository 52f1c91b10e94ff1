public import Planning

/// Which registrations a booth allocation may give booths to.
///
/// A withdrawn party is never eligible, whatever the policy: a withdrawal is final and frees its
/// booths. The policy only decides about registrations still **pending** confirmation.
public enum BoothEligibility: String, CaseIterable, Hashable, Codable, Sendable {
    /// Only registrations the organisers have confirmed (confirmed, placed, waitlisted): the rule
    /// for plan files. Pending parties are left out of the run; booths held (or pinned) for them
    /// stay theirs and are not given to others.
    case confirmedOnly = "confirmed-only"
    /// Every registration not withdrawn, pending ones included: the rule for samples and
    /// synthetic instances, whose registrations are never confirmed.
    case allRegistered = "all-registered"

    /// Whether a party whose registration stands at `status` may be given booths.
    public func admits(_ status: RegistrationStatus) -> Bool {
        switch status {
        case .withdrawn: false
        case .pending: self == .allRegistered
        case .confirmed, .placed, .waitlisted: true
        }
    }
}
