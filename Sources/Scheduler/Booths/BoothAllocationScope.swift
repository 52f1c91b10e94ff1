public import Planning

/// A booth allocation run prepared from a plan: which parties take part, which booths are not
/// the run's to give, and which assignments to keep when the result is saved.
///
/// The rules, in one place (a pure function of the plan, the ``BoothEligibility`` and an optional
/// set of parties to restrict the run to, such as one emulation cluster's parties, resolved by
/// the caller):
/// - **withdrawn** parties never take part, even when the restriction names them; their booth
///   assignments are dropped, so their booths are free (a withdrawal is final);
/// - **pending** parties take part only under ``BoothEligibility/allRegistered``; otherwise they
///   are left out, and the booths held or pinned for them stay theirs: blocked for the run and
///   kept when saving (their other assignments are dropped);
/// - parties **outside the restriction** are left out; every booth they have stays theirs:
///   blocked for the run and kept when saving;
/// - every other party takes part with its request, its pins and holds, and its current booths
///   (the published plan to stay close to).
///
/// ``plan`` is the plan to allocate (the parties taking part, their requests and assignments;
/// booths not the run's to give are marked blocked on its venue copy), ``keptAssignments`` the
/// assignments to save beside the allocation's (``assignments(toSave:)``), ``excluded`` every
/// party left out and why.
public struct BoothAllocationScope: Hashable, Sendable {
    /// The plan to allocate.
    public let plan: Plan
    /// Assignments of parties left out that stay as they are, to save with the allocation.
    public let keptAssignments: [BoothAssignment]
    /// The parties left out of the run, in plan order, with why.
    public let excluded: [ExcludedParty]
    /// The eligibility the run was prepared with.
    public let eligibility: BoothEligibility

    /// Prepares a run.
    ///
    /// - Parameters:
    ///   - plan: the whole plan.
    ///   - eligibility: whether pending registrations take part.
    ///   - restriction: the parties the run is restricted to (nil: every party); parties named
    ///     here that are withdrawn or not eligible are still left out.
    public init(
        plan: Plan, eligibility: BoothEligibility,
        restrictedTo restriction: Set<Identifier<ExhibitingParty>>? = nil
    ) {
        var excluded: [ExcludedParty] = []
        for party in plan.parties {
            let reason: Exclusion? =
                if party.registrationStatus == .withdrawn {
                    .withdrawn
                } else if let restriction, !restriction.contains(party.id) {
                    .outsideRestriction
                } else if !eligibility.admits(party.registrationStatus) {
                    .pendingConfirmation
                } else {
                    nil
                }
            if let reason {
                excluded.append(ExcludedParty(party: party.id, name: party.name, reason: reason))
            }
        }
        let reasons = Dictionary(excluded.map { ($0.party, $0.reason) }) { first, _ in first }
        let kept = plan.boothAssignments.filter { assignment in
            switch reasons[assignment.party] {
            case .outsideRestriction: true
            case .pendingConfirmation: assignment.state == .held || assignment.pinned
            case .withdrawn, nil: false
            }
        }
        var scoped = plan
        scoped.parties.removeAll { reasons[$0.id] != nil }
        scoped.boothRequests.removeAll { reasons[$0.party] != nil }
        scoped.boothAssignments.removeAll { reasons[$0.party] != nil }
        let blocked = Set(kept.map(\.booth))
        if var venue = scoped.venue, !blocked.isEmpty {
            for index in venue.booths.indices where blocked.contains(venue.booths[index].code) {
                venue.booths[index].blocked = true
            }
            scoped.venue = venue
        }
        self.plan = scoped
        keptAssignments = kept
        self.excluded = excluded
        self.eligibility = eligibility
    }

    /// The parties left out because they have withdrawn.
    public var withdrawnParties: Set<Identifier<ExhibitingParty>> {
        Set(excluded.filter { $0.reason == .withdrawn }.map(\.party))
    }

    /// The parties left out because their registration is still pending (to tell the user).
    public var pendingParties: [ExcludedParty] {
        excluded.filter { $0.reason == .pendingConfirmation }
    }

    /// The booth plan to save after the run: the kept assignments, then the allocation's.
    public func assignments(toSave allocation: BoothAllocation) -> [BoothAssignment] {
        keptAssignments + allocation.boothAssignments
    }
}
